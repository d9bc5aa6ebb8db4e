// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/orchestration/PolicySettings.h"
#include "core/store/ProviderRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace sotto::app {

namespace {

class PolicyText final {
    Q_DECLARE_TR_FUNCTIONS(PolicyCommand)
};

} // namespace

int runPolicyCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(PolicyText::tr(
        "Show or change what may leave this computer.\n\n"
        "Keys: offline on|off, ask-before-send never|first|always, keep-request-copies on|off,\n"
        "redact off|internet|always (withhold personal data: for internet destinations by default),\n"
        "proxy URL|off (http://HOST:PORT with CONNECT, or socks5h://HOST:PORT whose proxy resolves\n"
        "names, e.g. Tor at socks5h://127.0.0.1:9050; loopback destinations go direct),\n"
        "retention-days N (0 keeps everything), audit-retention-days N (days of audit records to keep;\n"
        "0 keeps them all), agent-deadline N (seconds each Contemplating agent's\n"
        "answer may take, in each round; 0: no limit); per provider (with --provider NAME):\n"
        "http-to-internet allow|deny, enabled on|off, redact off|internet|always|default (default:\n"
        "follow the global redact policy), proxy URL|direct|default (default: the global proxy)."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption provider(QStringLiteral("provider"),
                                      PolicyText::tr("The provider a per-provider key applies to."),
                                      PolicyText::tr("name"));
    const QCommandLineOption json(QStringLiteral("json"), PolicyText::tr("show: print JSON."));
    parser.addOption(provider);
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("action"), PolicyText::tr("show | set KEY VALUE"),
                                 QStringLiteral("show|set [KEY VALUE]"));
    if (const int early = context.parse(parser); early >= 0)
        return early;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("show"));
    const bool isSet = action == QLatin1String("set");
    if ((action != QLatin1String("show") && !isSet) || (isSet && args.size() != 3)
        || (!isSet && args.size() > 1))
        return context.fail(ExitUsage, PolicyText::tr("Use 'policy show' or 'policy set KEY VALUE'."));
    const QString key = args.value(1);
    const QString value = args.value(2).trimmed().toLower();
    // redact is global, and per provider with --provider (an override of the global policy).
    const bool perProvider = key == QLatin1String("http-to-internet") || key == QLatin1String("enabled")
        || ((key == QLatin1String("redact") || key == QLatin1String("proxy")) && parser.isSet(provider));
    if (isSet && perProvider && !parser.isSet(provider))
        return context.fail(ExitUsage,
                            PolicyText::tr("'%1' is set per provider: add --provider NAME.").arg(key));

    std::optional<QPair<QString, QString>> setting;
    if (isSet && !perProvider) {
        auto checked = PolicySettings::validate(key, value);
        if (!checked)
            return context.fail(ExitUsage, checked.error().message);
        setting = *checked;
    }
    std::optional<RedactionPolicy> providerRedaction;
    QString providerProxy;
    if (isSet && perProvider && key == QLatin1String("redact")) {
        auto checked = PolicySettings::validateProviderRedaction(value);
        if (!checked)
            return context.fail(ExitUsage, checked.error().message);
        providerRedaction = *checked;
    } else if (isSet && perProvider && key == QLatin1String("proxy")) {
        auto checked = PolicySettings::validateProviderProxy(value);
        if (!checked)
            return context.fail(ExitUsage, checked.error().message);
        providerProxy = *checked;
    } else if (isSet && perProvider) {
        const bool ok = key == QLatin1String("http-to-internet")
            ? (value == QLatin1String("allow") || value == QLatin1String("deny"))
            : (value == QLatin1String("on") || value == QLatin1String("off"));
        if (!ok)
            return context.fail(ExitUsage,
                                PolicyText::tr("'%1' is not a value for %2; use %3.")
                                    .arg(value, key,
                                         key == QLatin1String("enabled") ? QStringLiteral("on or off")
                                                                         : QStringLiteral("allow or deny")));
    }

    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    SettingsRepository settings(*vault);

    if (isSet) {
        if (setting) {
            if (auto saved = settings.setValue(setting->first, setting->second); !saved)
                return context.fail(ExitFailure, saved.error().message);
        } else {
            ProviderRepository providers(*vault);
            auto found = providers.get(parser.value(provider));
            if (!found)
                return context.fail(found.error().code == VaultError::NotFound ? ExitUsage : ExitFailure,
                                    found.error().message);
            if (key == QLatin1String("http-to-internet"))
                found->allowHttpToInternet = value == QLatin1String("allow");
            else if (key == QLatin1String("enabled"))
                found->enabled = value == QLatin1String("on");
            else if (key == QLatin1String("proxy"))
                found->proxy = providerProxy;
            auto saved = key == QLatin1String("redact")
                ? providers.setRedaction(found->name, providerRedaction)
                : providers.save(*found);
            if (!saved)
                return context.fail(ExitFailure, saved.error().message);
        }
        // As stored: a proxy URL normalised (socks5h://127.0.0.1:9050), "off" for none.
        const QString shown = setting                      ? setting->second
            : perProvider && key == QLatin1String("proxy") ? PolicySettings::providerProxyName(providerProxy)
                                                           : value;
        context.out() << PolicyText::tr("%1 is now %2.").arg(key, shown) << Qt::endl;
        return ExitOk;
    }

    auto all = settings.all();
    if (!all)
        return context.fail(ExitFailure, all.error().message);
    const auto rows = PolicySettings::describe(*all);
    auto providers = ProviderRepository(*vault).list();
    if (!providers)
        return context.fail(ExitFailure, providers.error().message);
    auto overrides = ProviderRepository(*vault).redactionOverrides();
    if (!overrides)
        return context.fail(ExitFailure, overrides.error().message);

    if (parser.isSet(json)) {
        QJsonObject object;
        for (const auto &[name, v] : rows)
            object.insert(name, v);
        QJsonObject perProviderObject;
        for (const ProviderConfig &p : *providers) {
            perProviderObject.insert(
                p.name,
                QJsonObject{
                    {QStringLiteral("http-to-internet"),
                     p.allowHttpToInternet ? QStringLiteral("allow") : QStringLiteral("deny")},
                    {QStringLiteral("enabled"), p.enabled ? QStringLiteral("on") : QStringLiteral("off")},
                    {QStringLiteral("redact"), PolicySettings::providerRedactionName(*overrides, p.name)},
                    {QStringLiteral("proxy"), PolicySettings::providerProxyName(p.proxy)}});
        }
        object.insert(QStringLiteral("providers"), perProviderObject);
        context.printJson(QJsonDocument(object));
        return ExitOk;
    }
    for (const auto &[name, v] : rows)
        context.out() << name << ' ' << v << '\n';
    for (const ProviderConfig &p : *providers) {
        context.out() << "http-to-internet " << (p.allowHttpToInternet ? "allow" : "deny") << " --provider "
                      << p.name << '\n'
                      << "enabled " << (p.enabled ? "on" : "off") << " --provider " << p.name << '\n'
                      << "redact " << PolicySettings::providerRedactionName(*overrides, p.name)
                      << " --provider " << p.name << '\n'
                      << "proxy " << PolicySettings::providerProxyName(p.proxy) << " --provider " << p.name
                      << '\n';
    }
    context.out().flush();
    return ExitOk;
}

} // namespace sotto::app
