// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/AuditLabels.h"

#include "ui/theme/ThemeRoles.h"

#include <QColor>
#include <QLocale>

namespace sotto::ui {

QString AuditLabels::destination(Destination destination)
{
    switch (destination) {
    case Destination::Loopback:
        return tr("This computer");
    case Destination::Lan:
        return tr("Local network");
    case Destination::Internet:
        return tr("Internet");
    }
    return {};
}

QString AuditLabels::destinationExplained(Destination destination)
{
    switch (destination) {
    case Destination::Loopback:
        return tr("Loopback (127.0.0.0/8, ::1, localhost): nothing left this computer.");
    case Destination::Lan:
        return tr("Local network (a private, link-local or .local address): it left this computer, not the "
                  "local network.");
    case Destination::Internet:
        return tr("Internet (any other address or host name): it left your network.");
    }
    return {};
}

QString AuditLabels::status(AuditStatus status)
{
    switch (status) {
    case AuditStatus::Blocked:
        return tr("Blocked");
    case AuditStatus::Sent:
        return tr("Sent, no answer");
    case AuditStatus::Completed:
        return tr("Completed");
    case AuditStatus::Failed:
        return tr("Failed");
    case AuditStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString AuditLabels::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1); // KiB, MiB: as the rest of the window says them
}

QString AuditLabels::duration(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    if (ms < 60000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(locale.toString(ms / 60000)).arg(locale.toString((ms % 60000) / 1000));
}

QColor AuditLabels::destinationColor(Destination destination, const ThemeRoles &roles)
{
    // The destination badge's hues: green stays, blue is near, orange left the network.
    QColor color;
    switch (destination) {
    case Destination::Loopback:
        color = roles.dark ? QColor(0x3f, 0xc3, 0x7a) : QColor(0x1e, 0x8e, 0x4e);
        break;
    case Destination::Lan:
        color = roles.dark ? QColor(0x5a, 0xa9, 0xe6) : QColor(0x21, 0x6f, 0xb0);
        break;
    case Destination::Internet:
        color = roles.dark ? QColor(0xff, 0x9a, 0x3c) : QColor(0xd9, 0x62, 0x00);
        break;
    }
    return color;
}

} // namespace sotto::ui
