// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/cli/AwaitFuture.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/InterruptSignals.h"
#include "app/cli/PassphraseReader.h"
#include "app/cli/TerminalSendPrompter.h"
#include "core/chat/ConversationPath.h"
#include "core/common/EnvironmentSecrets.h"
#include "core/net/EgressGate.h"
#include "core/net/EgressRequest.h"
#include "core/net/ProxyEnvironment.h"
#include "core/orchestration/ContemplationEstimate.h"
#include "core/orchestration/ContextBudget.h"
#include "core/orchestration/ConversationRedaction.h"
#include "core/orchestration/EgressStack.h"
#include "core/orchestration/EnsemblePlan.h"
#include "core/orchestration/PolicySettings.h"
#include "core/orchestration/TurnJob.h"
#include "core/privacy/ImageSanitizer.h"
#include "core/store/ConversationRepository.h"
#include "core/store/EnsembleRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/ProviderRepository.h"
#include "core/store/SecretBytes.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"
#include "core/store/VaultService.h"
#include "core/types/ProviderPresets.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <utility>

namespace sotto::app {

namespace {

/// The vault's page cache for one `ask` (the window's is 32 MiB): enough for the
/// conversation's history and the pages a commit touches.
constexpr int ASK_PAGE_CACHE_KIB = 1024;

class AskText final {
    Q_DECLARE_TR_FUNCTIONS(AskCommand)
};

QJsonValue usageJson(const std::optional<Usage> &usage)
{
    if (!usage)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("input_tokens"), usage->inputTokens},
                       {QStringLiteral("output_tokens"), usage->outputTokens}};
}

QJsonArray agentsJson(const QList<AgentLane> &lanes)
{
    QJsonArray array;
    for (const AgentLane &lane : lanes) {
        array.append(QJsonObject{
            {QStringLiteral("provider"), lane.provider},
            {QStringLiteral("model"), lane.model},
            {QStringLiteral("perspective"), lane.perspective},
            {QStringLiteral("text"), lane.text},
            {QStringLiteral("thinking"), lane.thinking},
            {QStringLiteral("error"),
             lane.status == MessageStatus::Complete ? QJsonValue() : QJsonValue(lane.errorText)},
            {QStringLiteral("usage"), usageJson(lane.usage)},
        });
    }
    return array;
}

QString kindName(EstimatedRequest::Kind kind)
{
    switch (kind) {
    case EstimatedRequest::Kind::Agent:
        return QStringLiteral("agent");
    case EstimatedRequest::Kind::Refinement:
        return QStringLiteral("refinement");
    case EstimatedRequest::Kind::Synthesis:
        return QStringLiteral("synthesis");
    }
    return {};
}

int printEstimate(CliContext &context, const QList<EstimatedRequest> &requests, bool asJson)
{
    if (!asJson) {
        for (const QString &line : ContemplationEstimate::describe(requests))
            context.out() << context.forOut(line) << '\n';
        context.out().flush();
        return ExitOk;
    }
    QJsonArray array;
    qint64 bytes = 0;
    for (const EstimatedRequest &r : requests) {
        array.append(QJsonObject{
            {QStringLiteral("kind"), kindName(r.kind)},
            {QStringLiteral("agent"), r.agentIndex < 0 ? QJsonValue() : QJsonValue(r.agentIndex + 1)},
            {QStringLiteral("provider"), r.provider},
            {QStringLiteral("model"), r.model},
            {QStringLiteral("host"), r.host},
            {QStringLiteral("destination"), destinationName(r.destination)},
            {QStringLiteral("body_bytes"), r.bodyBytes},
            {QStringLiteral("text_chars"), r.textChars},
            {QStringLiteral("images"), r.images},
            {QStringLiteral("image_bytes"), r.imageBytes},
            {QStringLiteral("adds_answers"), r.addsAnswers},
        });
        bytes += r.bodyBytes;
    }
    context.printJson(QJsonDocument(
        QJsonObject{{QStringLiteral("requests"), array}, {QStringLiteral("body_bytes"), bytes}}));
    return ExitOk;
}

int exitCodeFor(const ChatResult &result)
{
    switch (result.status) {
    case ChatResult::Status::Complete:
        return ExitOk;
    case ChatResult::Status::Blocked:
        return ExitBlocked;
    case ChatResult::Status::Failed:
        // Refused before anything was sent: the question alone is over the budget.
        return result.error == ChatError::ContextTooLong && result.httpStatus == 0 ? ExitUsage : ExitBackend;
    case ChatResult::Status::Cancelled:
    case ChatResult::Status::Partial:
        return ExitBackend;
    }
    return ExitBackend;
}

} // namespace

int runAskCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AskText::tr("Ask one question; the answer streams to standard output and is "
                    "stored in the vault as it arrives."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption provider(QStringLiteral("provider"),
                                      AskText::tr("A provider added with 'sotto providers add'."),
                                      AskText::tr("name"));
    const QCommandLineOption api(QStringLiteral("api"),
                                 AskText::tr("Ad-hoc provider: openai, anthropic, ollama or gemini."),
                                 QStringLiteral("api"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        AskText::tr("Ad-hoc provider: the API root (e.g. http://127.0.0.1:11434)."), QStringLiteral("url"));
    const QCommandLineOption model(QStringLiteral("model"), AskText::tr("The model to ask."),
                                   AskText::tr("model"));
    const QCommandLineOption apiKeyEnv(
        QStringLiteral("api-key-env"),
        AskText::tr("Ad-hoc provider: the environment variable holding the API key."), QStringLiteral("VAR"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  AskText::tr("instant (default), thinking or contemplating."),
                                  QStringLiteral("mode"), QStringLiteral("instant"));
    const QCommandLineOption agents(
        QStringLiteral("agents"),
        AskText::tr("Contemplating: how many agents ask the provider's model (%1 to %2, default %3).")
            .arg(Ensemble::MIN_AGENTS)
            .arg(Ensemble::MAX_AGENTS)
            .arg(Ensemble::DEFAULT_AGENTS),
        QStringLiteral("N"));
    const QCommandLineOption ensemble(QStringLiteral("ensemble"),
                                      AskText::tr("Contemplating: the agents of a saved ensemble."),
                                      AskText::tr("name"));
    const QCommandLineOption rounds(
        QStringLiteral("rounds"),
        AskText::tr(
            "Contemplating: 1, or 2 for a round in which each agent revises after reading the others."),
        QStringLiteral("1|2"));
    const QCommandLineOption estimate(
        QStringLiteral("estimate"),
        AskText::tr("Contemplating: print what each request would carry, and where, and send nothing."));
    const QCommandLineOption image(QStringLiteral("image"), AskText::tr("Attach an image (repeatable)."),
                                   AskText::tr("file"));
    const QCommandLineOption conversation(QStringLiteral("conversation"),
                                          AskText::tr("Continue the conversation with this id."),
                                          QStringLiteral("id"));
    const QCommandLineOption incognito(
        QStringLiteral("incognito"),
        AskText::tr("Keep neither question nor answer (the request is still audited)."));
    const QCommandLineOption showThinking(QStringLiteral("show-thinking"),
                                          AskText::tr("Stream the model's reasoning to standard error."));
    const QCommandLineOption contextTokens(
        QStringLiteral("context-tokens"),
        AskText::tr("The context budget in tokens for this question (default: the provider's setting, "
                    "else the model's context length as the provider reported it, else %1).")
            .arg(DEFAULT_CONTEXT_TOKENS),
        QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  AskText::tr("Print one JSON object at the end instead of streaming text."));
    const EgressTimeouts defaults;
    const auto secondsOf = [](std::chrono::milliseconds limit) {
        return QString::number(double(limit.count()) / 1000.0);
    };
    const QCommandLineOption connectTimeout(
        QStringLiteral("connect-timeout"),
        AskText::tr("Seconds for the name lookup, and again for the connection (0: no limit)."),
        AskText::tr("seconds"), secondsOf(defaults.connect));
    const QCommandLineOption firstByteTimeout(
        QStringLiteral("first-byte-timeout"),
        AskText::tr("Seconds from connecting until the server starts its answer (0: no limit)."),
        AskText::tr("seconds"), secondsOf(defaults.firstByte));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        AskText::tr("Seconds the server may stay silent once connected (0: no limit)."),
        AskText::tr("seconds"), secondsOf(defaults.idle));
    for (const QCommandLineOption &option :
         {provider, api, baseUrl, model, apiKeyEnv, mode, agents, ensemble, rounds, estimate, image,
          conversation, incognito, showThinking, contextTokens, json, connectTimeout, firstByteTimeout,
          idleTimeout})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("prompt"), AskText::tr("The question."));
    if (const int early = context.parse(parser); early >= 0)
        return early;

    const QString prompt = parser.positionalArguments().join(QLatin1Char(' '));
    if (prompt.trimmed().isEmpty() && !parser.isSet(image))
        return context.fail(ExitUsage, AskText::tr("'ask' needs a question."));
    const auto chosenMode = modeFromString(parser.value(mode));
    if (!chosenMode)
        return context.fail(ExitUsage, AskText::tr("--mode must be instant, thinking or contemplating."));
    const bool contemplating = *chosenMode == Mode::Contemplating;
    for (const QCommandLineOption *only : {&agents, &ensemble, &rounds, &estimate}) {
        if (parser.isSet(*only) && !contemplating)
            return context.fail(
                ExitUsage, AskText::tr("--%1 needs --mode contemplating.").arg(only->names().constFirst()));
    }
    if (parser.isSet(agents) && parser.isSet(ensemble))
        return context.fail(ExitUsage, AskText::tr("Give either --agents or --ensemble."));
    int agentCount = Ensemble::DEFAULT_AGENTS;
    if (parser.isSet(agents)) {
        bool ok = false;
        agentCount = parser.value(agents).toInt(&ok);
        if (!ok || agentCount < Ensemble::MIN_AGENTS || agentCount > Ensemble::MAX_AGENTS)
            return context.fail(ExitUsage,
                                AskText::tr("--agents must be %1 to %2.")
                                    .arg(Ensemble::MIN_AGENTS)
                                    .arg(Ensemble::MAX_AGENTS));
    }
    std::optional<int> roundCount;
    if (parser.isSet(rounds)) {
        bool ok = false;
        roundCount = parser.value(rounds).toInt(&ok);
        if (!ok || *roundCount < 1 || *roundCount > 2)
            return context.fail(ExitUsage, AskText::tr("--rounds must be 1 or 2."));
    }
    // With an ensemble the provider may be left out: its synthesiser (or first agent) answers for the turn.
    const bool adHoc = parser.isSet(api) || parser.isSet(baseUrl);
    if ((parser.isSet(provider) && adHoc) || (!parser.isSet(provider) && !adHoc && !parser.isSet(ensemble)))
        return context.fail(ExitUsage, AskText::tr("Give either --provider NAME or --api with --base-url."));
    if (parser.isSet(incognito) && parser.isSet(conversation))
        return context.fail(ExitUsage, AskText::tr("--incognito cannot continue a stored conversation."));
    qint64 budget = 0;
    if (parser.isSet(contextTokens)) {
        bool ok = false;
        budget = parser.value(contextTokens).toLongLong(&ok);
        if (!ok || budget <= 0)
            return context.fail(ExitUsage,
                                AskText::tr("--context-tokens needs a positive number of tokens."));
    }
    EgressTimeouts timeouts;
    for (const auto &[option, limit] :
         {std::pair{&connectTimeout, &timeouts.connect}, std::pair{&firstByteTimeout, &timeouts.firstByte},
          std::pair{&idleTimeout, &timeouts.idle}}) {
        bool ok = false;
        const double seconds = parser.value(*option).toDouble(&ok);
        if (!ok || !(seconds >= 0) || seconds > 86400.0 * 365)
            return context.fail(ExitUsage,
                                AskText::tr("--%1 must be a number of seconds, 0 or more.")
                                    .arg(option->names().constFirst()));
        *limit = std::chrono::milliseconds(
            std::max<qint64>(seconds > 0 ? 1 : 0, qint64(seconds * 1000.0 + 0.5)));
    }
    qint64 conversationId = 0;
    if (parser.isSet(conversation)) {
        conversationId = parser.value(conversation).toLongLong();
        if (conversationId <= 0)
            return context.fail(
                ExitUsage, AskText::tr("'%1' is not a conversation id.").arg(parser.value(conversation)));
    }

    ProviderConfig config;
    if (parser.isSet(api)) {
        const auto chosenApi = apiFromString(parser.value(api));
        if (!chosenApi)
            return context.fail(ExitUsage, AskText::tr("--api must be openai, anthropic, ollama or gemini."));
        if (!parser.isSet(baseUrl))
            return context.fail(ExitUsage, AskText::tr("--api needs --base-url."));
        auto given = context.adHocProvider(*chosenApi, parser.value(baseUrl), parser.value(apiKeyEnv));
        if (!given)
            return ExitUsage;
        config = *given;
    }

    // Images are sanitised before anything else: a bad file is a bad input, not a network error.
    QList<Attachment> images;
    const int edge = ProviderPresets::imageEdgeLimit(config.api);
    for (const QString &file : parser.values(image)) {
        const auto clean = ImageSanitizer::sanitizeFile(file, edge);
        if (!clean)
            return context.fail(ExitBadInput, clean.error().message);
        images << clean->attachment();
    }

    // Unlock the vault on its own thread: the audit, the provider and the conversation live there.
    // One question and its answer, then the process ends: a small page cache, so the answer's
    // pages are not held a second time while it streams (issue 10: RSS ≤ 2× the answer).
    VaultService vault;
    VaultOpenOptions openOptions;
    openOptions.pageCacheKiB = ASK_PAGE_CACHE_KIB;
    if (int exitCode = ExitOk; !context.unlockVault(vault, exitCode, openOptions))
        return exitCode;

    struct Loaded {
        PolicySettings::Settings settings;
        std::optional<ProviderConfig> provider;
        std::optional<Conversation> conversation;
        QList<Message> history;
        std::optional<Ensemble> ensemble;
        QHash<QString, ProviderConfig> ensembleProviders; // by name
    };
    const QString providerName = parser.value(provider);
    const QString ensembleName = parser.value(ensemble);
    const auto loaded
        = await(vault.run([providerName, ensembleName, conversationId](Vault &v) -> VaultResult<Loaded> {
              Loaded out;
              auto settings = SettingsRepository(v).all();
              if (!settings)
                  return Unexpected(settings.error());
              out.settings = *settings;
              QString turnProvider = providerName;
              if (!ensembleName.isEmpty()) {
                  auto found = EnsembleRepository(v).get(ensembleName);
                  if (!found)
                      return Unexpected(found.error());
                  out.ensemble = *found;
                  QList<EnsembleAgent> named = found->agents;
                  if (found->synthesizer)
                      named.prepend(*found->synthesizer);
                  for (const EnsembleAgent &agent : std::as_const(named)) {
                      auto stored = ProviderRepository(v).get(agent.provider);
                      if (!stored)
                          return Unexpected(stored.error());
                      out.ensembleProviders.insert(agent.provider, *stored);
                  }
                  if (turnProvider.isEmpty())
                      turnProvider = named.constFirst().provider;
              }
              if (!turnProvider.isEmpty()) {
                  auto found = ProviderRepository(v).get(turnProvider);
                  if (!found)
                      return Unexpected(found.error());
                  out.provider = *found;
              }
              if (conversationId > 0) {
                  auto found = ConversationRepository(v).get(conversationId);
                  if (!found)
                      return Unexpected(found.error());
                  out.conversation = *found;
                  auto messages = MessageRepository(v).list(conversationId);
                  if (!messages)
                      return Unexpected(messages.error());
                  auto choices = MessageRepository(v).choices(conversationId);
                  if (!choices)
                      return Unexpected(choices.error());
                  out.history = ConversationPath::visible(*messages, *choices); // as the window shows it
              }
              return out;
          }));
    if (!loaded) {
        const bool missing = loaded.error().code == VaultError::NotFound;
        return context.fail(missing ? ExitUsage : ExitFailure, loaded.error().message);
    }
    if (loaded->provider) {
        config = *loaded->provider;
    }
    // Stored providers' key variables: read once, now, and taken out of the environment (EnvironmentSecrets).
    QStringList keyVariables;
    if (loaded->provider)
        keyVariables << config.apiKeyEnv;
    for (const ProviderConfig &member : std::as_const(loaded->ensembleProviders))
        keyVariables << member.apiKeyEnv;
    if (!keyVariables.isEmpty())
        EnvironmentSecrets::keep(keyVariables);
    if (loaded->ensemble && !parser.isSet(model) && !parser.isSet(provider) && !parser.isSet(api)) {
        // The turn's model is the one its first ensemble member names.
        const EnsembleAgent first
            = loaded->ensemble->synthesizer.value_or(loaded->ensemble->agents.constFirst());
        if (!first.model.isEmpty())
            config.defaultModel = first.model;
    }

    // A model its provider reported as taking text only (when its models were listed): the
    // images are the wrong input for it, said before anything is sent.
    if (const QString asked = parser.isSet(model) ? parser.value(model) : config.defaultModel;
        !images.isEmpty() && config.reportedTextOnly.contains(asked))
        return context.fail(ExitBadInput,
                            AskText::tr("%1 takes text only, as %2 reports: it cannot see images. "
                                        "Choose a model that sees images, or ask without them.")
                                .arg(asked, config.name));

    EgressStack egress(vault);
    egress.gate().setPolicy(PolicySettings::policy(loaded->settings));
    if (const QString notice = ProxyEnvironment::noticeOnce(egress.gate().policy()); !notice.isEmpty())
        context.err() << notice << Qt::endl;
    TerminalSendPrompter prompter;
    egress.gate().setPrompter(&prompter);
    // "a" (always) at the question: keep the exemption, as the window does. The vault
    // runs what is queued before it closes.
    QObject::connect(&egress.gate(), &EgressGate::askExemptionAdded, [&vault, &egress] {
        const PolicySettings::Settings entries = PolicySettings::entries(egress.gate().policy());
        (void)vault.run([entries](Vault &v) {
            return SettingsRepository(v).setValues(entries);
        });
    });
    egress.setTimeouts(timeouts);
    const std::shared_ptr<Backend> backend = egress.backend(config);

    TurnRequest request;
    request.prompt = prompt;
    request.images = images;
    request.mode = *chosenMode;
    request.model = parser.value(model);
    const ResolvedBudget resolvedBudget = ContextBudget::resolve(config, request.model, budget);
    request.contextTokens = resolvedBudget.tokens;
    if (loaded->conversation) {
        request.conversation = *loaded->conversation;
        request.history = loaded->history;
        request.parentId = loaded->history.isEmpty() ? 0 : loaded->history.constLast().id;
    }
    request.conversation.incognito = parser.isSet(incognito);
    if (contemplating) {
        ContemplationPlan &plan = request.contemplation;
        plan.agentCount = agentCount;
        plan.agentDeadline = PolicySettings::agentDeadline(loaded->settings);
        if (loaded->ensemble) {
            plan = ensemblePlan(
                *loaded->ensemble,
                [&](const QString &name) {
                    return egress.backend(loaded->ensembleProviders.value(name));
                },
                plan);
        }
        if (roundCount)
            plan.rounds = *roundCount;
    }

    const bool asJson = parser.isSet(json);
    if (parser.isSet(estimate)) {
        // Counted as the turn would send it: redacted where the policy says so.
        const qint64 mapOf = request.conversation.incognito ? 0 : request.conversation.id;
        const auto setup = await(vault.run([mapOf](Vault &v) {
            return ConversationRedaction::readSetup(v, mapOf);
        }));
        if (!setup)
            return context.fail(ExitFailure, setup.error().message);
        const ConversationRedaction redaction(*setup);
        return printEstimate(context, ContemplationEstimate::of(request, *backend, &redaction), asJson);
    }
    const bool thinkingToErr = parser.isSet(showThinking) && !asJson;
    QTextStream &out = context.out();
    QTextStream &err = context.err();
    // Terminal output is flushed in small batches: a write per token would cost more than the decoding.
    QTimer flusher;
    flusher.setInterval(20);
    flusher.setSingleShot(true);
    QObject::connect(&flusher, &QTimer::timeout, [&] {
        out.flush();
        err.flush();
    });

    const std::unique_ptr<TurnJob> job = TurnJob::create(vault, *backend, request);
    TurnJob &runner = *job;
    // Printed as it comes and stored in the vault: only --json needs the answer again at the end.
    runner.setAnswerTextKept(asJson);
    QEventLoop loop;
    ChatResult outcome;
    Message answer;
    bool thinkingOpen = false;
    QChar lastPrinted; // of the answer: a final line break is added if it did not end one
    QObject::connect(&runner, &TurnJob::textReceived, [&](const QString &delta) {
        if (asJson)
            return;
        if (thinkingOpen) {
            err << '\n';
            thinkingOpen = false;
        }
        if (!delta.isEmpty())
            lastPrinted = delta.back();
        out << context.forOut(delta);
        if (!flusher.isActive())
            flusher.start();
    });
    QObject::connect(&runner, &TurnJob::reasoningReceived, [&](const QString &delta) {
        if (!thinkingToErr)
            return;
        thinkingOpen = true;
        err << context.forErr(delta);
        if (!flusher.isActive())
            flusher.start();
    });
    QObject::connect(&runner, &TurnJob::finished, [&](const Message &finalAnswer, const ChatResult &result) {
        answer = finalAnswer;
        outcome = result;
        loop.quit();
    });
    // Ctrl+C or SIGTERM: stop the request, keep what arrived, exit 130 / 143.
    InterruptSignals interrupts;
    QObject::connect(&interrupts, &InterruptSignals::received, &runner, [&runner] {
        runner.cancel();
    });
    runner.start();
    loop.exec();
    flusher.stop();

    const int caught = outcome.isComplete() ? 0 : interrupts.signalNumber();
    if (caught != 0) {
        outcome.message
            = AskText::tr("Interrupted by %1; what arrived is kept.").arg(InterruptSignals::nameOf(caught));
        if (answer.id > 0 && answer.status == MessageStatus::Cancelled) {
            // The turn stored it as stopped; an interrupted answer is kept as partial (DESIGN.md).
            const qint64 id = answer.id;
            const QString why = outcome.message;
            const auto marked = await(vault.run([id, why](Vault &v) {
                return MessageRepository(v).setStatus(id, MessageStatus::Partial, why);
            }));
            if (!marked)
                return context.fail(ExitFailure, marked.error().message);
        }
    }
    const int code = caught == 0 ? exitCodeFor(outcome)
        : caught == SIGTERM      ? ExitTerminated
                                 : ExitInterrupted;
    if (asJson) {
        QJsonObject object{
            {QStringLiteral("conversation_id"),
             request.conversation.incognito || runner.conversation().id <= 0
                 ? QJsonValue()
                 : QJsonValue(runner.conversation().id)},
            {QStringLiteral("text"), answer.content},
            {QStringLiteral("thinking"), answer.thinking},
            {QStringLiteral("error"), outcome.isComplete() ? QJsonValue() : QJsonValue(outcome.message)},
            {QStringLiteral("agents"), agentsJson(runner.agents())},
            {QStringLiteral("context"),
             QJsonObject{{QStringLiteral("sent_messages"), runner.context().sentMessages},
                         {QStringLiteral("withheld_messages"), runner.context().withheldMessages},
                         {QStringLiteral("estimated_tokens"), runner.context().estimatedTokens},
                         {QStringLiteral("budget_tokens"), resolvedBudget.tokens},
                         {QStringLiteral("budget_source"), budgetSourceName(resolvedBudget.source)}}},
        };
        object.insert(QStringLiteral("usage"), usageJson(answer.usage));
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
        out.flush();
        if (code != ExitOk)
            context.fail(code, outcome.message);
        return code;
    }
    if (thinkingOpen)
        err << '\n';
    // Contemplating: an agent that failed is reported, whether or not the turn synthesised.
    if (outcome.isComplete()) {
        for (const AgentLane &lane : runner.agents()) {
            if (lane.status != MessageStatus::Complete)
                err << context.forErr(
                    AskText::tr("sotto: agent %1 (%2) did not answer: %3")
                        .arg(lane.agentIndex + 1)
                        .arg(lane.model.isEmpty() ? lane.provider : lane.model, lane.errorText))
                    << '\n';
        }
    }
    err.flush();
    if (!lastPrinted.isNull() && lastPrinted != QLatin1Char('\n'))
        out << '\n';
    out.flush();
    if (code != ExitOk)
        context.fail(code,
                     outcome.message.isEmpty() ? AskText::tr("The answer was stopped.") : outcome.message);
    return code;
}

} // namespace sotto::app
