// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/ProcessHardening.h"
#include "app/cli/AwaitFuture.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseReader.h"
#include "app/cli/TerminalSendPrompter.h"
#include "core/common/EnvironmentSecrets.h"
#include "core/net/EgressGate.h"
#include "core/net/ProxyEnvironment.h"
#include "core/orchestration/EgressStack.h"
#include "core/orchestration/PolicySettings.h"
#include "core/orchestration/ProviderModels.h"
#include "core/providers/LocalServerDiscovery.h"
#include "core/store/ProviderRepository.h"
#include "core/store/SecretBytes.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"
#include "core/store/VaultService.h"
#include "core/types/ProviderPresets.h"
#include "core/types/SecretMasker.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sotto::app {

namespace {

class ProvidersText final {
    Q_DECLARE_TR_FUNCTIONS(ProvidersCommand)
};

QString presetList()
{
    QStringList ids;
    for (const ProviderPreset &preset : ProviderPresets::all())
        ids << preset.id;
    return ids.join(QStringLiteral(", "));
}

QJsonObject lengthsToJson(const QMap<QString, int> &lengths)
{
    QJsonObject object;
    for (auto it = lengths.cbegin(); it != lengths.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

/// `providers models NAME`: asks the provider for its models and their context
/// lengths (through the gate, audited), stores them with it and prints them.
int listModels(CliContext &context, const QString &name, bool json)
{
    const Profile profile = context.profile();
    if (!Vault::exists(profile))
        return context.fail(ExitUsage, ProvidersText::tr("There is no provider named %1.").arg(name));
    auto passphrase = PassphraseReader::read(
        context.passphraseFile(),
        ProvidersText::tr("Passphrase for the vault in %1: ").arg(profile.directory()));
    if (!passphrase)
        return context.fail(ExitLocked, passphrase.error().message);
    VaultService vault;
    const auto opened = await(vault.unlock(profile, SecretBytes::takeUtf8(*passphrase)));
    if (!opened) {
        const VaultError code = opened.error().code;
        return context.fail(
            code == VaultError::WrongPassphrase || code == VaultError::AlreadyOpen ? ExitLocked : ExitFailure,
            opened.error().message);
    }
    struct Loaded {
        PolicySettings::Settings settings;
        ProviderConfig provider;
    };
    const auto loaded = await(vault.run([name](Vault &v) -> VaultResult<Loaded> {
        auto settings = SettingsRepository(v).all();
        if (!settings)
            return Unexpected(settings.error());
        return ProviderRepository(v).get(name).transform([&](ProviderConfig provider) {
            return Loaded{*settings, std::move(provider)};
        });
    }));
    if (!loaded)
        return context.fail(loaded.error().code == VaultError::NotFound ? ExitUsage : ExitFailure,
                            loaded.error().message);

    // Read once, now, and taken out of the environment (EnvironmentSecrets), as `ask` does.
    EnvironmentSecrets::keep({loaded->provider.apiKeyEnv});
    EgressStack egress(vault);
    egress.gate().setPolicy(PolicySettings::policy(loaded->settings));
    if (const QString notice = ProxyEnvironment::noticeOnce(egress.gate().policy()); !notice.isEmpty())
        context.err() << notice << Qt::endl;
    TerminalSendPrompter prompter;
    egress.gate().setPrompter(&prompter);
    QEventLoop loop;
    std::optional<ProviderModels::Listed> listed;
    ProviderModels::refresh(vault, egress.backend(loaded->provider), &loop,
                            [&](ProviderModels::Listed result) {
                                listed = std::move(result);
                                loop.quit();
                            });
    if (!listed)
        loop.exec();
    if (!*listed) {
        const ChatError code = listed->error().code;
        return context.fail(code == ChatError::Blocked ? ExitBlocked : ExitBackend, listed->error().message);
    }
    const ModelCatalog &catalog = **listed;
    if (json) {
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("provider"), name},
            {QStringLiteral("models"), QJsonArray::fromStringList(catalog.models)},
            {QStringLiteral("reported_context_tokens"), lengthsToJson(catalog.contextTokens)},
            {QStringLiteral("text_only"), QJsonArray::fromStringList(catalog.textOnly)},
        }));
        return ExitOk;
    }
    for (const QString &model : catalog.models) {
        const int tokens = catalog.contextTokens.value(model, 0);
        context.out() << context.forOut(model);
        if (tokens > 0)
            context.out() << "  " << ProvidersText::tr("context %L1 tokens").arg(tokens);
        if (catalog.textOnly.contains(model))
            context.out() << "  " << ProvidersText::tr("text only");
        context.out() << '\n';
    }
    context.out().flush();
    return ExitOk;
}

/// How many model names a line of `providers detect` shows before "…".
constexpr int MODELS_SHOWN = 3;

/// `providers detect`: looks for model servers on this computer (loopback only,
/// through the gate, each probe audited as `discovery`) and prints what it found.
int detectLocalServers(CliContext &context, bool json)
{
    VaultService vault;
    int exitCode = ExitOk;
    if (!context.unlockVault(vault, exitCode))
        return exitCode;
    const auto settings = await(vault.run([](Vault &v) {
        return SettingsRepository(v).all();
    }));
    if (!settings)
        return context.fail(ExitFailure, settings.error().message);

    EgressStack egress(vault);
    egress.gate().setPolicy(PolicySettings::policy(*settings));
    TerminalSendPrompter prompter;
    egress.gate().setPrompter(&prompter);
    LocalServerDiscovery discovery(egress.gate());
    QEventLoop loop;
    std::optional<LocalServerSearch> search;
    QObject::connect(&discovery, &LocalServerDiscovery::finished, &loop, [&](const LocalServerSearch &found) {
        search = found;
        loop.quit();
    });
    discovery.start();
    loop.exec();

    if (search->servers.isEmpty() && !search->blockedReason.isEmpty())
        return context.fail(ExitBlocked, ProvidersText::tr("Not sent: %1.").arg(search->blockedReason));
    if (json) {
        QJsonArray array;
        for (const LocalServer &server : std::as_const(search->servers)) {
            array.append(QJsonObject{
                {QStringLiteral("kind"), LocalServers::id(server.kind)},
                {QStringLiteral("name"), LocalServers::name(server.kind)},
                {QStringLiteral("base_url"), server.baseUrl.toString()},
                {QStringLiteral("api"), apiName(server.api)},
                {QStringLiteral("models"), QJsonArray::fromStringList(server.models)},
            });
        }
        context.printJson(QJsonDocument(array));
        return ExitOk;
    }
    if (search->servers.isEmpty()) {
        context.out() << LocalServers::noneFoundSentence(discovery.ports()) << Qt::endl;
        return ExitOk;
    }
    for (const LocalServer &server : std::as_const(search->servers)) {
        const int count = int(server.models.size());
        const QString where = context.forOut(server.baseUrl.toString());
        if (count == 0) {
            context.out()
                << ProvidersText::tr("%1 at %2: no models yet").arg(LocalServers::name(server.kind), where)
                << '\n';
            continue;
        }
        QStringList shown = server.models.mid(0, MODELS_SHOWN);
        if (count > MODELS_SHOWN)
            shown << QStringLiteral("…");
        context.out() << ProvidersText::tr("%1 at %2: %n model(s) (%3)", nullptr, count)
                             .arg(LocalServers::name(server.kind), where,
                                  context.forOut(shown.join(QStringLiteral(", "))))
                      << '\n';
    }
    context.out().flush();
    return ExitOk;
}

} // namespace

int runProvidersCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProvidersText::tr(
        "Add, list or remove model providers, or find the model servers running on this computer. API "
        "keys are kept inside the encrypted vault; they never go on the command line."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    ProvidersText::tr("Start from a known provider: %1.").arg(presetList()),
                                    QStringLiteral("id"));
    const QCommandLineOption api(QStringLiteral("api"),
                                 ProvidersText::tr("openai, anthropic, ollama or gemini."),
                                 QStringLiteral("api"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), ProvidersText::tr("The API root."),
                                     QStringLiteral("url"));
    const QCommandLineOption model(QStringLiteral("model"), ProvidersText::tr("The default model."),
                                   ProvidersText::tr("model"));
    const QCommandLineOption apiKeyEnv(
        QStringLiteral("api-key-env"),
        ProvidersText::tr("Store the API key found in this environment variable (else you are asked for it "
                          "on a terminal)."),
        QStringLiteral("VAR"));
    const QCommandLineOption noKey(QStringLiteral("no-api-key"),
                                   ProvidersText::tr("The provider needs no API key."));
    const QCommandLineOption httpToInternet(
        QStringLiteral("allow-http-to-internet"),
        ProvidersText::tr("Allow plain http to a host on the internet (normally refused)."));
    const QCommandLineOption contextTokens(
        QStringLiteral("context-tokens"),
        ProvidersText::tr("The context budget in tokens (default %1).").arg(DEFAULT_CONTEXT_TOKENS),
        QStringLiteral("N"));
    const QCommandLineOption proxy(
        QStringLiteral("proxy"),
        ProvidersText::tr(
            "Send this provider's requests through a proxy: http://HOST:PORT (CONNECT) or "
            "socks5h://HOST:PORT; direct to bypass the global proxy (default: the global one)."),
        QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  ProvidersText::tr("list, models, detect: print JSON."));
    for (const QCommandLineOption &option :
         {preset, api, baseUrl, model, apiKeyEnv, noKey, httpToInternet, contextTokens, proxy, json})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 ProvidersText::tr("add NAME | list | remove NAME | models NAME (asks the "
                                                   "provider for its models and their context lengths) | "
                                                   "detect (looks for model servers running on this "
                                                   "computer: Ollama, llama.cpp, LM Studio, vLLM, Jan; "
                                                   "loopback only)"),
                                 QStringLiteral("add|list|remove|models|detect [NAME]"));
    if (const int early = context.parse(parser); early >= 0)
        return early;

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == QLatin1String("list") || action == QLatin1String("detect")
            ? args.size() > 1
            : (args.size() != 2
               || (action != QLatin1String("add") && action != QLatin1String("remove")
                   && action != QLatin1String("models"))))
        return context.fail(ExitUsage,
                            ProvidersText::tr("Use 'providers add NAME …', 'providers list', "
                                              "'providers remove NAME', 'providers models NAME' or "
                                              "'providers detect'."));
    if (action == QLatin1String("detect"))
        return detectLocalServers(context, parser.isSet(json));
    const QString name = args.value(1).trimmed();
    if (action == QLatin1String("models"))
        return listModels(context, name, parser.isSet(json));

    ProviderConfig config;
    if (action == QLatin1String("add")) {
        if (parser.isSet(preset)) {
            const auto found = ProviderPresets::find(parser.value(preset));
            if (!found)
                return context.fail(ExitUsage,
                                    ProvidersText::tr("Unknown preset '%1'; known: %2.")
                                        .arg(parser.value(preset), presetList()));
            config = ProviderPresets::configFor(*found, name);
        }
        config.name = name;
        if (parser.isSet(api)) {
            const auto chosen = apiFromString(parser.value(api));
            if (!chosen)
                return context.fail(ExitUsage,
                                    ProvidersText::tr("--api must be openai, anthropic, ollama or gemini."));
            config.api = *chosen;
        } else if (!parser.isSet(preset)) {
            return context.fail(ExitUsage, ProvidersText::tr("'providers add' needs --preset or --api."));
        }
        if (parser.isSet(baseUrl))
            config.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty()
            || (config.baseUrl.scheme() != QLatin1String("http")
                && config.baseUrl.scheme() != QLatin1String("https")))
            return context.fail(ExitUsage, ProvidersText::tr("'providers add' needs an http(s) --base-url."));
        // A password in the URL would be stored and listed as written (and the gate refuses to send it).
        if (!config.baseUrl.userInfo().isEmpty())
            return context.fail(ExitUsage,
                                ProvidersText::tr("The base URL must not contain a user name or password; "
                                                  "give the key with --api-key-env or when asked."));
        if (parser.isSet(model))
            config.defaultModel = parser.value(model);
        config.allowHttpToInternet = parser.isSet(httpToInternet);
        if (parser.isSet(proxy)) {
            auto checked = PolicySettings::validateProviderProxy(parser.value(proxy));
            if (!checked)
                return context.fail(ExitUsage, checked.error().message);
            config.proxy = *checked;
        }
        if (parser.isSet(contextTokens)) {
            bool ok = false;
            config.contextTokens = parser.value(contextTokens).toInt(&ok);
            if (!ok || config.contextTokens <= 0)
                return context.fail(ExitUsage,
                                    ProvidersText::tr("--context-tokens needs a positive number of tokens."));
        }

        const bool keyExpected = !parser.isSet(noKey)
            && (parser.isSet(apiKeyEnv) || !ProviderPresets::find(config.preset).has_value()
                || ProviderPresets::find(config.preset)->needsApiKey);
        if (parser.isSet(apiKeyEnv)) {
            config.apiKey = ProcessHardening::takeEnvironmentSecret(parser.value(apiKeyEnv).toLocal8Bit());
            if (config.apiKey.isEmpty())
                return context.fail(
                    ExitUsage,
                    ProvidersText::tr("The environment variable %1 is empty.").arg(parser.value(apiKeyEnv)));
        } else if (keyExpected) {
            auto typed = PassphraseReader::promptOnTerminal(ProvidersText::tr("API key for %1: ").arg(name));
            if (typed)
                config.apiKey = *typed;
            else if (typed.error().code != PassphraseError::Empty)
                return context.fail(ExitUsage,
                                    ProvidersText::tr("No API key given: use --api-key-env VAR, a "
                                                      "terminal, or --no-api-key."));
        }
    }

    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    ProviderRepository providers(*vault);

    if (action == QLatin1String("add")) {
        if (auto saved = providers.save(config); !saved)
            return context.fail(ExitFailure, saved.error().message);
        context.out() << ProvidersText::tr("Saved provider %1 (%2, %3).")
                             .arg(name, apiName(config.api), config.baseUrl.toString())
                      << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("remove")) {
        if (auto removed = providers.remove(name); !removed)
            return context.fail(removed.error().code == VaultError::NotFound ? ExitUsage : ExitFailure,
                                removed.error().message);
        context.out() << ProvidersText::tr("Removed provider %1.").arg(name) << Qt::endl;
        return ExitOk;
    }

    auto list = providers.list();
    if (!list)
        return context.fail(ExitFailure, list.error().message);
    if (parser.isSet(json)) {
        auto overrides = providers.redactionOverrides();
        if (!overrides)
            return context.fail(ExitFailure, overrides.error().message);
        QJsonArray array;
        for (const ProviderConfig &p : *list) {
            array.append(QJsonObject{
                {QStringLiteral("name"), p.name},
                {QStringLiteral("api"), apiName(p.api)},
                {QStringLiteral("base_url"), p.baseUrl.toString()},
                {QStringLiteral("model"), p.defaultModel},
                {QStringLiteral("preset"), p.preset},
                {QStringLiteral("enabled"), p.enabled},
                {QStringLiteral("allow_http_to_internet"), p.allowHttpToInternet},
                {QStringLiteral("redact"), PolicySettings::providerRedactionName(*overrides, p.name)},
                {QStringLiteral("proxy"), PolicySettings::providerProxyName(p.proxy)},
                {QStringLiteral("api_key"),
                 p.apiKey.isEmpty() ? QJsonValue()
                                    : QJsonValue(SecretMasker::maskToken(QString::fromUtf8(p.apiKey)))},
                {QStringLiteral("models"), QJsonArray::fromStringList(p.cachedModels)},
                {QStringLiteral("context_tokens"),
                 p.contextTokens > 0 ? QJsonValue(p.contextTokens) : QJsonValue()},
                {QStringLiteral("reported_context_tokens"), lengthsToJson(p.reportedContextTokens)},
            });
        }
        context.printJson(QJsonDocument(array));
        return ExitOk;
    }
    for (const ProviderConfig &p : *list) {
        context.out() << context.forOut(p.name) << "  " << apiName(p.api) << "  "
                      << context.forOut(p.baseUrl.toString()) << "  "
                      << (p.defaultModel.isEmpty() ? QStringLiteral("-") : context.forOut(p.defaultModel))
                      << "  "
                      << (p.apiKey.isEmpty() ? ProvidersText::tr("no key")
                                             : ProvidersText::tr("key %1").arg(
                                                 SecretMasker::maskToken(QString::fromUtf8(p.apiKey))))
                      << (p.enabled ? QString() : ProvidersText::tr("  (disabled)")) << '\n';
    }
    context.out().flush();
    return ExitOk;
}

} // namespace sotto::app
