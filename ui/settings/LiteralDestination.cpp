// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/LiteralDestination.h"

#include "core/types/DestinationClassifier.h"

#include <QUrl>

namespace sotto::ui {

Destination LiteralDestination::classify(const QUrl &baseUrl)
{
    return DestinationClassifier::classifyUrl(baseUrl);
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
