// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/RedactionPolicy.h"

#include "core/types/DestinationClassifier.h"

#include <QHostAddress>
#include <QUrl>

namespace sotto {

QString redactionPolicyName(RedactionPolicy policy)
{
    switch (policy) {
    case RedactionPolicy::Off:
        return QStringLiteral("off");
    case RedactionPolicy::Internet:
        return QStringLiteral("internet");
    case RedactionPolicy::Always:
        return QStringLiteral("always");
    }
    return QStringLiteral("internet");
}

std::optional<RedactionPolicy> redactionPolicyFromString(const QString &name)
{
    for (RedactionPolicy policy :
         {RedactionPolicy::Off, RedactionPolicy::Internet, RedactionPolicy::Always}) {
        if (name == redactionPolicyName(policy))
            return policy;
    }
    return std::nullopt;
}

Destination destinationOfUrl(const QUrl &url)
{
    QString host = url.host();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (address.setAddress(host))
        return DestinationClassifier::classify(address);
    if (DestinationClassifier::isLoopbackName(host))
        return Destination::Loopback;
    if (DestinationClassifier::floorForName(host) == Destination::Lan)
        return Destination::Lan;
    return Destination::Internet;
}

bool redactsFor(RedactionPolicy policy, const QUrl &url)
{
    switch (policy) {
    case RedactionPolicy::Off:
        return false;
    case RedactionPolicy::Always:
        return true;
    case RedactionPolicy::Internet:
        return destinationOfUrl(url) == Destination::Internet;
    }
    return true;
}

} // namespace sotto
