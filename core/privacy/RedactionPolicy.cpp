// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/RedactionPolicy.h"

#include "core/types/DestinationClassifier.h"

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
    return DestinationClassifier::classifyUrl(url);
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
