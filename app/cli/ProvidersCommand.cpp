// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/ProcessHardening.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseReader.h"
#include "core/store/ProviderRepository.h"
#include "core/store/Vault.h"
#include "core/types/ProviderPresets.h"
#include "core/types/SecretMasker.h"

#include <QCommandLineParser>
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

} // namespace

int runProvidersCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProvidersText::tr(
        "Add, list or remove model providers. API keys are kept inside the encrypted vault; "
        "they never go on the command line."));
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
    const QCommandLineOption json(QStringLiteral("json"), ProvidersText::tr("list: print JSON."));
    for (const QCommandLineOption &option :
         {preset, api, baseUrl, model, apiKeyEnv, noKey, httpToInternet, contextTokens, json})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("action"), ProvidersText::tr("add NAME | list | remove NAME"),
                                 QStringLiteral("add|list|remove [NAME]"));
    if (const int early = context.parse(parser); early >= 0)
        return early;

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == QLatin1String("list")
            ? args.size() > 1
            : (args.size() != 2 || (action != QLatin1String("add") && action != QLatin1String("remove"))))
        return context.fail(ExitUsage,
                            ProvidersText::tr("Use 'providers add NAME …', 'providers list' or "
                                              "'providers remove NAME'."));
    const QString name = args.value(1).trimmed();

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
                {QStringLiteral("api_key"),
                 p.apiKey.isEmpty() ? QJsonValue()
                                    : QJsonValue(SecretMasker::maskToken(QString::fromUtf8(p.apiKey)))},
                {QStringLiteral("models"), QJsonArray::fromStringList(p.cachedModels)},
                {QStringLiteral("context_tokens"),
                 p.contextTokens > 0 ? QJsonValue(p.contextTokens) : QJsonValue()},
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
