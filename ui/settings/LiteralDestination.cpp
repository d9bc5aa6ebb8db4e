// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/LiteralDestination.h"

#include "core/types/DestinationClassifier.h"

#include <QHostAddress>
#include <QUrl>

namespace sotto::ui {

Destination LiteralDestination::classify(const QUrl &baseUrl)
{
    const QString host = baseUrl.host();
    if (host.isEmpty())
        return Destination::Internet;
    QHostAddress address;
    if (address.setAddress(host))
        return DestinationClassifier::classify(address);
    if (DestinationClassifier::isLoopbackName(host))
        return Destination::Loopback;
    if (DestinationClassifier::floorForName(host) == Destination::Lan)
        return Destination::Lan;
    return Destination::Internet;
}

QString LiteralDestination::describe(Destination destination)
{
    switch (destination) {
    case Destination::Loopback:
        return tr("on this computer");
    case Destination::Lan:
        return tr("local network");
    case Destination::Internet:
        return tr("internet");
    }
    return tr("internet");
}

} // namespace sotto::ui
