// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/types/AuditRecord.h"

namespace sotto {

QString destinationName(Destination destination)
{
    switch (destination) {
    case Destination::Loopback:
        return QStringLiteral("loopback");
    case Destination::Lan:
        return QStringLiteral("lan");
    case Destination::Internet:
        return QStringLiteral("internet");
    }
    return {};
}

QString auditStatusName(AuditStatus status)
{
    switch (status) {
    case AuditStatus::Blocked:
        return QStringLiteral("blocked");
    case AuditStatus::Sent:
        return QStringLiteral("sent");
    case AuditStatus::Completed:
        return QStringLiteral("completed");
    case AuditStatus::Failed:
        return QStringLiteral("failed");
    case AuditStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace sotto
