// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/cli/AwaitFuture.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/InterruptSignals.h"
#include "app/cli/TerminalSendPrompter.h"
#include "core/common/EnvironmentSecrets.h"
#include "core/net/EgressGate.h"
#include "core/net/ProxyEnvironment.h"
#include "core/orchestration/EgressStack.h"
#include "core/orchestration/PolicySettings.h"
#include "core/orchestration/TranscriptionService.h"
#include "core/providers/TranscriptionRequests.h"
#include "core/store/ProviderRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"
#include "core/store/VaultService.h"
#include "core/types/AudioClip.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>

#include <csignal>

namespace sotto::app {

namespace {

class TranscribeText final {
    Q_DECLARE_TR_FUNCTIONS(TranscribeCommand)
};

} // namespace

int runTranscribeCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TranscribeText::tr("Turn speech into text: send an audio file to an OpenAI-compatible transcription "
                           "endpoint (audited like any request) and print the text. Without --provider or "
                           "--api, the provider chosen for transcription in the settings is used."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption provider(QStringLiteral("provider"),
                                      TranscribeText::tr("A provider added with 'sotto providers add'."),
                                      TranscribeText::tr("name"));
    const QCommandLineOption api(
        QStringLiteral("api"), TranscribeText::tr("Ad-hoc provider: openai (any OpenAI-compatible server)."),
        QStringLiteral("api"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        TranscribeText::tr("Ad-hoc provider: the API root (e.g. http://127.0.0.1:8000/v1)."),
        QStringLiteral("url"));
    const QCommandLineOption apiKeyEnv(
        QStringLiteral("api-key-env"),
        TranscribeText::tr("Ad-hoc provider: the environment variable holding the API key."),
        QStringLiteral("VAR"));
    const QCommandLineOption model(
        QStringLiteral("model"),
        TranscribeText::tr("The transcription model (default: the setting, else %1).")
            .arg(QLatin1String(DEFAULT_TRANSCRIPTION_MODEL)),
        TranscribeText::tr("model"));
    for (const QCommandLineOption &option : {provider, api, baseUrl, apiKeyEnv, model})
        parser.addOption(option);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        TranscribeText::tr("The audio: WAV, MP3, FLAC, Ogg, M4A or WebM, at most 25 MB."));
    if (const int early = context.parse(parser); early >= 0)
        return early;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return context.fail(ExitUsage, TranscribeText::tr("'transcribe' needs one audio file."));
    const bool adHoc = parser.isSet(api) || parser.isSet(baseUrl) || parser.isSet(apiKeyEnv);
    if (parser.isSet(provider) && adHoc)
        return context.fail(ExitUsage,
                            TranscribeText::tr("Give either --provider NAME or --api with --base-url."));

    ProviderConfig config;
    if (adHoc) {
        if (!parser.isSet(api) || !parser.isSet(baseUrl))
            return context.fail(ExitUsage,
                                TranscribeText::tr("--api needs --base-url, and --base-url --api."));
        const auto chosenApi = apiFromString(parser.value(api));
        if (!chosenApi)
            return context.fail(ExitUsage, TranscribeText::tr("--api must be openai."));
        if (!supportsTranscription(*chosenApi))
            return context.fail(
                ExitUsage,
                TranscribeText::tr("The %1 API has no transcription endpoint; use --api openai "
                                   "with an OpenAI-compatible server.")
                    .arg(apiName(*chosenApi)));
        auto given = context.adHocProvider(*chosenApi, parser.value(baseUrl), parser.value(apiKeyEnv));
        if (!given)
            return ExitUsage;
        config = *given;
    }

    // The file is judged before anything else: a bad file is a bad input, not a network error.
    QFile file(files.constFirst());
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(
            ExitBadInput,
            TranscribeText::tr("Cannot read %1: %2.").arg(files.constFirst(), file.errorString()));
    if (file.size() > AudioClip::MAX_BYTES)
        return context.fail(ExitBadInput, TranscriptionService::tooLargeMessage(files.constFirst()));
    const auto clip
        = TranscriptionService::clipOfFile(file.read(AudioClip::MAX_BYTES + 1), files.constFirst());
    file.close();
    if (!clip)
        return context.fail(ExitBadInput, clip.error().message);

    // The vault holds the audit, the policy and the providers.
    VaultService vault;
    if (int exitCode = ExitOk; !context.unlockVault(vault, exitCode))
        return exitCode;
    struct Loaded {
        PolicySettings::Settings settings;
        std::optional<ProviderConfig> provider;
    };
    const QString named = parser.value(provider);
    const bool useStored = !adHoc;
    const auto loaded = await(vault.run([named, useStored](Vault &v) -> VaultResult<Loaded> {
        Loaded out;
        auto settings = SettingsRepository(v).all();
        if (!settings)
            return Unexpected(settings.error());
        out.settings = *settings;
        QString name = named;
        if (name.isEmpty() && useStored)
            name = TranscriptionService::choice(out.settings).provider;
        if (!name.isEmpty()) {
            auto found = ProviderRepository(v).get(name);
            if (!found)
                return Unexpected(found.error());
            out.provider = *found;
        }
        return out;
    }));
    if (!loaded) {
        const bool missing = loaded.error().code == VaultError::NotFound;
        return context.fail(missing ? ExitUsage : ExitFailure, loaded.error().message);
    }
    QString chosenModel = parser.value(model);
    if (!adHoc) {
        if (!loaded->provider)
            return context.fail(ExitUsage,
                                TranscribeText::tr("Give --provider NAME or --api openai with --base-url, or "
                                                   "choose a transcription provider in the settings."));
        config = *loaded->provider;
        const TranscriptionService::Choice stored = TranscriptionService::choice(loaded->settings);
        if (chosenModel.isEmpty() && stored.provider == config.name)
            chosenModel = stored.model;
        if (!supportsTranscription(config.api))
            return context.fail(
                ExitUsage,
                TranscribeText::tr("%1 speaks the %2 API, which has no transcription endpoint.")
                    .arg(config.name, apiName(config.api)));
        // The stored provider's key variable: read once, now, and taken out of the environment.
        if (!config.apiKeyEnv.isEmpty())
            EnvironmentSecrets::keep({config.apiKeyEnv});
    }

    EgressStack egress(vault);
    egress.gate().setPolicy(PolicySettings::policy(loaded->settings));
    if (const QString notice = ProxyEnvironment::noticeOnce(egress.gate().policy()); !notice.isEmpty())
        context.err() << notice << Qt::endl;
    TerminalSendPrompter prompter;
    egress.gate().setPrompter(&prompter);
    QObject::connect(&egress.gate(), &EgressGate::askExemptionAdded, [&vault, &egress] {
        const PolicySettings::Settings entries = PolicySettings::entries(egress.gate().policy());
        (void)vault.run([entries](Vault &v) {
            return SettingsRepository(v).setValues(entries);
        });
    });

    QEventLoop loop;
    std::optional<TranscriptionService::Result> outcome;
    auto request = std::make_unique<QObject>(); // the request's lifetime: deleting it cancels
    TranscriptionService::transcribe(egress.backend(config), *clip, chosenModel, request.get(),
                                     [&](TranscriptionService::Result result) {
                                         outcome = std::move(result);
                                         loop.quit();
                                     });
    InterruptSignals interrupts;
    int signalExit = 0;
    QObject::connect(&interrupts, &InterruptSignals::received, &loop, [&](int number) {
        signalExit = number == SIGTERM ? ExitTerminated : ExitInterrupted;
        request.reset(); // cancels the request, audited as cancelled
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    if (signalExit != 0)
        return context.fail(signalExit,
                            TranscribeText::tr("Interrupted by %1.")
                                .arg(InterruptSignals::nameOf(interrupts.signalNumber())));
    if (!outcome)
        return context.fail(ExitFailure, TranscribeText::tr("The transcription ended without an answer."));
    if (!*outcome) {
        switch (outcome->error().code) {
        case TranscriptionError::Blocked:
            return context.fail(ExitBlocked, outcome->error().message);
        case TranscriptionError::NotChosen:
        case TranscriptionError::NoSuchProvider:
        case TranscriptionError::Unsupported:
            return context.fail(ExitUsage, outcome->error().message);
        case TranscriptionError::Cancelled:
        case TranscriptionError::Failed:
            break;
        }
        return context.fail(ExitBackend, outcome->error().message);
    }
    context.out() << context.forOut(**outcome) << Qt::endl;
    return ExitOk;
}

} // namespace sotto::app
