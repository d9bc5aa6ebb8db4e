// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/PolicySettings.h"

#include "core/net/ProxySpec.h"
#include "core/orchestration/ContemplationPlan.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sotto {

namespace {

// Keys in the vault's settings table. retention-days and audit-retention-days are
// the vault's own keys (SettingsRepository::RETENTION_DAYS, AUDIT_RETENTION_DAYS),
// applied at every unlock.
const QString OFFLINE = QStringLiteral("offline");
const QString ASK = QStringLiteral("ask-before-send");
const QString COPIES = QStringLiteral("keep-request-copies");
const QString RETENTION = QStringLiteral("retention-days");
const QString AUDIT_RETENTION = QStringLiteral("audit-retention-days");
const QString DEADLINE = QStringLiteral("agent-deadline");
const QString REDACT = QStringLiteral("redact");
const QString ASK_EXEMPT = QStringLiteral("ask-exempt");

/// askExempt as stored: a JSON array of EgressPolicy::askExemptKey()s.
QString storedExemptions(const QStringList &keys)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
}

QStringList exemptionsFrom(const QString &stored)
{
    QStringList keys;
    const QJsonArray array = QJsonDocument::fromJson(stored.toUtf8()).array();
    for (const QJsonValue &value : array) {
        if (value.isString() && !value.toString().isEmpty() && !keys.contains(value.toString()))
            keys << value.toString();
    }
    keys.sort();
    return keys;
}
const QString PROXY = QStringLiteral("proxy");
const QString DEFAULT = QStringLiteral("default");

QString stored(const QString &key)
{
    if (key == DEADLINE)
        return QString::fromLatin1(ContemplationPlan::DEADLINE_SETTING);
    return key == RETENTION || key == AUDIT_RETENTION ? key : QStringLiteral("policy.") + key;
}

bool isOn(const PolicySettings::Settings &settings, const QString &key)
{
    return settings.value(stored(key)) == QLatin1String("on");
}

Error<PolicySettingError> invalid(const QString &key, const QString &value, const QString &allowed)
{
    return {PolicySettingError::InvalidValue,
            PolicySettings::tr("'%1' is not a value for %2; use %3.").arg(value, key, allowed),
            {}};
}

} // namespace

QStringList PolicySettings::keys()
{
    return {OFFLINE, ASK, ASK_EXEMPT, COPIES, REDACT, PROXY, RETENTION, AUDIT_RETENTION, DEADLINE};
}

std::chrono::milliseconds PolicySettings::agentDeadline(const Settings &settings)
{
    bool ok = false;
    const qint64 seconds = settings.value(stored(DEADLINE)).toLongLong(&ok);
    if (!ok || seconds < 0)
        return ContemplationPlan::DEFAULT_AGENT_DEADLINE;
    return std::chrono::seconds(seconds);
}

RedactionPolicy PolicySettings::redaction(const Settings &settings)
{
    return redactionPolicyFromString(settings.value(stored(REDACT))).value_or(RedactionPolicy::Internet);
}

EgressPolicy PolicySettings::policy(const Settings &settings)
{
    EgressPolicy policy;
    policy.offline = isOn(settings, OFFLINE);
    policy.keepRequestCopies = isOn(settings, COPIES);
    policy.askBeforeSend
        = askBeforeSendFromString(settings.value(stored(ASK))).value_or(AskBeforeSend::Never);
    policy.askExempt = exemptionsFrom(settings.value(stored(ASK_EXEMPT)));
    // Stored only as validate() wrote it: a proxy URL, or "off".
    if (const QString proxy = settings.value(stored(PROXY));
        !proxy.isEmpty() && !ProxySpec::isDirectWord(proxy)) {
        if (auto spec = ProxySpec::parse(proxy))
            policy.proxy = *spec;
    }
    return policy;
}

PolicySettings::Settings PolicySettings::entries(const EgressPolicy &policy)
{
    return {
        {stored(OFFLINE), policy.offline ? QStringLiteral("on") : QStringLiteral("off")},
        {stored(ASK), askBeforeSendName(policy.askBeforeSend)},
        {stored(COPIES), policy.keepRequestCopies ? QStringLiteral("on") : QStringLiteral("off")},
        {stored(ASK_EXEMPT), storedExemptions(policy.askExempt)},
        {stored(PROXY), policy.proxy ? policy.proxy->toString() : QStringLiteral("off")},
    };
}

QStringList PolicySettings::describeAskExempt(const EgressPolicy &policy)
{
    QStringList shown;
    for (const QString &key : policy.askExempt) {
        const auto [provider, origin] = EgressPolicy::splitAskExemptKey(key);
        shown << QStringLiteral("%1 (%2)").arg(provider, origin);
    }
    return shown;
}

QList<QPair<QString, QString>> PolicySettings::describe(const Settings &settings)
{
    const EgressPolicy effective = policy(settings);
    const Settings shown = entries(effective);
    QList<QPair<QString, QString>> rows;
    for (const QString &key : {OFFLINE, ASK})
        rows.append({key, shown.value(stored(key))});
    const QStringList exempt = describeAskExempt(effective);
    rows.append({ASK_EXEMPT, exempt.isEmpty() ? QStringLiteral("none") : exempt.join(QStringLiteral(", "))});
    rows.append({COPIES, shown.value(stored(COPIES))});
    rows.append({REDACT, redactionPolicyName(redaction(settings))});
    rows.append({PROXY, shown.value(stored(PROXY))});
    rows.append({RETENTION, settings.value(RETENTION, QStringLiteral("0"))});
    rows.append({AUDIT_RETENTION, settings.value(AUDIT_RETENTION, QStringLiteral("0"))});
    rows.append(
        {DEADLINE,
         QString::number(std::chrono::duration_cast<std::chrono::seconds>(agentDeadline(settings)).count())});
    return rows;
}

Expected<QPair<QString, QString>, Error<PolicySettingError>> PolicySettings::validate(const QString &key,
                                                                                      const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (key == OFFLINE || key == COPIES) {
        if (v != QLatin1String("on") && v != QLatin1String("off"))
            return Unexpected(invalid(key, value, QStringLiteral("on or off")));
        return QPair<QString, QString>(stored(key), v);
    }
    if (key == ASK) {
        if (!askBeforeSendFromString(v))
            return Unexpected(invalid(key, value, QStringLiteral("never, first or always")));
        return QPair<QString, QString>(stored(key), v);
    }
    if (key == ASK_EXEMPT) {
        // Set by answering "Don't ask again" to a question; here it can only be cleared.
        if (v != QLatin1String("none"))
            return Unexpected(invalid(key, value, QStringLiteral("none")));
        return QPair<QString, QString>(stored(key), storedExemptions({}));
    }
    if (key == REDACT) {
        if (!redactionPolicyFromString(v))
            return Unexpected(invalid(key, value, QStringLiteral("off, internet or always")));
        return QPair<QString, QString>(stored(key), v);
    }
    if (key == PROXY) {
        if (ProxySpec::isDirectWord(value))
            return QPair<QString, QString>(stored(key), QStringLiteral("off"));
        auto spec = ProxySpec::parse(value);
        if (!spec)
            return Unexpected(Error<PolicySettingError>{PolicySettingError::InvalidValue, spec.error(), {}});
        return QPair<QString, QString>(stored(key), spec->toString());
    }
    if (key == RETENTION || key == AUDIT_RETENTION) {
        bool ok = false;
        const int days = v.toInt(&ok);
        if (!ok || days < 0)
            return Unexpected(invalid(key, value, tr("a number of days (0 keeps everything)")));
        return QPair<QString, QString>(stored(key), QString::number(days));
    }
    if (key == DEADLINE) {
        bool ok = false;
        const int seconds = v.toInt(&ok);
        if (!ok || seconds < 0 || seconds > 86400)
            return Unexpected(invalid(key, value, tr("a number of seconds (0: no limit)")));
        return QPair<QString, QString>(stored(key), QString::number(seconds));
    }
    return Unexpected(Error<PolicySettingError>{
        PolicySettingError::UnknownKey,
        tr("Unknown policy setting '%1'; known: %2.").arg(key, keys().join(QStringLiteral(", "))),
        {}});
}

QString PolicySettings::providerRedactionName(const QMap<QString, RedactionPolicy> &overrides,
                                              const QString &name)
{
    const auto found = overrides.constFind(name);
    return found == overrides.cend() ? QStringLiteral("default") : redactionPolicyName(*found);
}

Expected<std::optional<RedactionPolicy>, Error<PolicySettingError>>
PolicySettings::validateProviderRedaction(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("default"))
        return std::optional<RedactionPolicy>();
    if (const std::optional<RedactionPolicy> policy = redactionPolicyFromString(v))
        return policy;
    return Unexpected(invalid(REDACT, value, QStringLiteral("off, internet, always or default")));
}

Expected<EgressPolicy, Error<PolicySettingError>> PolicySettings::withProxy(EgressPolicy policy,
                                                                            const QString &text)
{
    if (text.trimmed().isEmpty() || ProxySpec::isDirectWord(text)) {
        policy.proxy.reset();
        return policy;
    }
    auto spec = ProxySpec::parse(text);
    if (!spec)
        return Unexpected(Error<PolicySettingError>{PolicySettingError::InvalidValue, spec.error(), {}});
    policy.proxy = *spec;
    return policy;
}

QString PolicySettings::proxyText(const EgressPolicy &policy)
{
    return policy.proxy ? policy.proxy->toString() : QString();
}

QString PolicySettings::providerProxyName(const QString &proxy)
{
    return proxy.isEmpty() ? DEFAULT : proxy;
}

Expected<QString, Error<PolicySettingError>> PolicySettings::validateProviderProxy(const QString &value)
{
    if (value.trimmed().compare(DEFAULT, Qt::CaseInsensitive) == 0)
        return QString();
    if (ProxySpec::isDirectWord(value))
        return QString::fromLatin1(ProxySpec::DIRECT);
    auto spec = ProxySpec::parse(value);
    if (!spec)
        return Unexpected(Error<PolicySettingError>{PolicySettingError::InvalidValue, spec.error(), {}});
    return spec->toString();
}

} // namespace sotto
