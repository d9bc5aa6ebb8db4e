// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/EgressPolicy.h"

#include "core/net/EgressRequest.h"
#include "core/types/DestinationClassifier.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace sotto {

namespace {

QString disabledReason(const QString &provider)
{
    return QCoreApplication::translate("sotto::EgressPolicy", "provider %1 is disabled").arg(provider);
}

QString offlineReason()
{
    return QCoreApplication::translate("sotto::EgressPolicy", "offline mode is on");
}

QString localOnlyReason()
{
    return QCoreApplication::translate("sotto::EgressPolicy", "conversation is local-only");
}

QString httpToInternetReason(const QString &provider)
{
    return QCoreApplication::translate("sotto::EgressPolicy", "http-to-internet is denied for provider %1")
        .arg(provider);
}

} // namespace

QString askBeforeSendName(AskBeforeSend ask)
{
    switch (ask) {
    case AskBeforeSend::Never:
        return QStringLiteral("never");
    case AskBeforeSend::FirstTimePerProvider:
        return QStringLiteral("first");
    case AskBeforeSend::Always:
        return QStringLiteral("always");
    }
    return {};
}

std::optional<AskBeforeSend> askBeforeSendFromString(const QString &name)
{
    for (AskBeforeSend ask :
         {AskBeforeSend::Never, AskBeforeSend::FirstTimePerProvider, AskBeforeSend::Always}) {
        if (name.compare(askBeforeSendName(ask), Qt::CaseInsensitive) == 0)
            return ask;
    }
    return std::nullopt;
}

QString EgressPolicy::refusalBeforeLookup(const EgressRequest &request) const
{
    if (!request.providerEnabled)
        return disabledReason(request.provider);

    const QString host = request.url.host();
    const QHostAddress literal(host);
    if (!literal.isNull())
        return refusal(request, DestinationClassifier::classify(literal));

    if (!DestinationClassifier::isLoopbackName(host)) {
        if (offline)
            return offlineReason();
        if (request.localOnly)
            return localOnlyReason();
    }
    return {};
}

QString EgressPolicy::refusal(const EgressRequest &request, Destination destination) const
{
    if (!request.providerEnabled)
        return disabledReason(request.provider);
    if (offline && destination != Destination::Loopback)
        return offlineReason();
    if (request.localOnly && destination != Destination::Loopback)
        return localOnlyReason();
    const bool plainHttp = request.url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
    if (plainHttp && destination == Destination::Internet && !request.allowHttpToInternet)
        return httpToInternetReason(request.provider);
    return {};
}

bool EgressPolicy::mustAsk(bool approvedBefore) const
{
    switch (askBeforeSend) {
    case AskBeforeSend::Never:
        return false;
    case AskBeforeSend::FirstTimePerProvider:
    case AskBeforeSend::Always:
        return !approvedBefore;
    }
    return true;
}

QString EgressPolicy::declinedReason()
{
    return QCoreApplication::translate("sotto::EgressPolicy", "you declined sending");
}

QString EgressPolicy::noPrompterReason()
{
    return QCoreApplication::translate("sotto::EgressPolicy",
                                       "ask-before-send is on and nothing could ask you");
}

} // namespace sotto
