// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/EgressPolicy.h"

#include "core/net/EgressRequest.h"
#include "core/types/DestinationClassifier.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace sotto {

namespace {

const char CONTEXT[] = "sotto::EgressPolicy";

/// Every refusal the gate records, by the rule that decided it. The recorded text
/// is translated; ruleOf() recognises it again from these templates.
struct ReasonTemplate {
    PolicyRule rule;
    const char *source;
};
constexpr ReasonTemplate REASONS[] = {
    {PolicyRule::ProviderDisabled, QT_TRANSLATE_NOOP("sotto::EgressPolicy", "provider %1 is disabled")},
    {PolicyRule::Offline, QT_TRANSLATE_NOOP("sotto::EgressPolicy", "offline mode is on")},
    {PolicyRule::LocalOnly, QT_TRANSLATE_NOOP("sotto::EgressPolicy", "conversation is local-only")},
    {PolicyRule::HttpToInternet,
     QT_TRANSLATE_NOOP("sotto::EgressPolicy", "http-to-internet is denied for provider %1")},
    {PolicyRule::AskBeforeSend, QT_TRANSLATE_NOOP("sotto::EgressPolicy", "you declined sending")},
    {PolicyRule::AskBeforeSend,
     QT_TRANSLATE_NOOP("sotto::EgressPolicy", "ask-before-send is on and nothing could ask you")},
    {PolicyRule::AskBeforeSend,
     QT_TRANSLATE_NOOP(
         "sotto::EgressPolicy",
         "ask-before-send: you approved %1 as a %2 destination, but it resolved to an %3 address")},
};

/// REASONS' rows.
enum Reason {
    Disabled,
    OfflineMode,
    LocalOnlyConversation,
    HttpDenied,
    Declined,
    NoPrompter,
    ResolvedFurther
};

QString reason(Reason which)
{
    return QCoreApplication::translate(CONTEXT, REASONS[which].source);
}

QString disabledReason(const QString &provider)
{
    return reason(Disabled).arg(provider);
}

QString offlineReason()
{
    return reason(OfflineMode);
}

QString localOnlyReason()
{
    return reason(LocalOnlyConversation);
}

QString httpToInternetReason(const QString &provider)
{
    return reason(HttpDenied).arg(provider);
}

/// Whether `text` is `pattern` with its %1, %2… filled in.
bool fills(const QString &pattern, const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
    QStringList literal;
    for (const QString &piece : pattern.split(placeholder))
        literal << QRegularExpression::escape(piece);
    return QRegularExpression(QRegularExpression::anchoredPattern(literal.join(QStringLiteral(".*"))),
                              QRegularExpression::DotMatchesEverythingOption)
        .match(text)
        .hasMatch();
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
    // Through a proxy the name is never looked up here: its URL decides it all now.
    if (const auto through = proxyFor(request); through && *through)
        return refusal(request, DestinationClassifier::classifyUrl(request.url));

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
    if (plainHttp && !request.allowHttpToInternet) {
        // Through a proxy on the internet, the plain request would cross it too.
        const auto through = proxyFor(request);
        if (through && *through) {
            QUrl proxyUrl;
            proxyUrl.setScheme(QStringLiteral("http"));
            proxyUrl.setHost((*through)->host);
            if (DestinationClassifier::classifyUrl(proxyUrl) == Destination::Internet)
                return httpToInternetReason(request.provider);
        }
    }
    return {};
}

Expected<std::optional<ProxySpec>, QString> EgressPolicy::proxyFor(const EgressRequest &request) const
{
    if (DestinationClassifier::classifyUrl(request.url) == Destination::Loopback)
        return std::optional<ProxySpec>();
    if (request.proxy.isEmpty())
        return proxy;
    if (ProxySpec::isDirectWord(request.proxy))
        return std::optional<ProxySpec>();
    return ProxySpec::parse(request.proxy).transform([](ProxySpec own) {
        return std::optional<ProxySpec>(own);
    });
}

bool EgressPolicy::mustAsk(bool approvedBefore, const QString &originKey) const
{
    if (askExempt.contains(originKey))
        return false;
    switch (askBeforeSend) {
    case AskBeforeSend::Never:
        return false;
    case AskBeforeSend::FirstTimePerProvider:
    case AskBeforeSend::Always:
        return !approvedBefore;
    }
    return true;
}

QString EgressPolicy::askExemptKey(const QString &provider, const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1\n%2://%3:%4").arg(provider, scheme, url.host().toLower()).arg(port);
}

QPair<QString, QString> EgressPolicy::splitAskExemptKey(const QString &key)
{
    const qsizetype cut = key.lastIndexOf(QLatin1Char('\n'));
    if (cut < 0)
        return {key, QString()};
    return {key.left(cut), key.mid(cut + 1)};
}

bool EgressPolicy::exemptFromAsking(const QString &key)
{
    if (askExempt.contains(key))
        return false;
    askExempt.append(key);
    askExempt.sort();
    return true;
}

QString EgressPolicy::declinedReason()
{
    return reason(Declined);
}

QString EgressPolicy::noPrompterReason()
{
    return reason(NoPrompter);
}

QString EgressPolicy::resolvedFurtherReason(const QString &host, const QString &approved,
                                            const QString &resolved)
{
    return reason(ResolvedFurther).arg(host, approved, resolved);
}

PolicyRule EgressPolicy::ruleOf(const QString &reason)
{
    if (reason.isEmpty())
        return PolicyRule::None;
    for (const ReasonTemplate &known : REASONS) {
        const QString source = QString::fromUtf8(known.source);
        if (fills(source, reason) || fills(QCoreApplication::translate(CONTEXT, known.source), reason))
            return known.rule;
    }
    return PolicyRule::Unknown;
}

} // namespace sotto
