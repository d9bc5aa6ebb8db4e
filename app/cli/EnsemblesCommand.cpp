// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/store/EnsembleRepository.h"
#include "core/store/ProviderRepository.h"
#include "core/store/Vault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sotto::app {

namespace {

class EnsemblesText final {
    Q_DECLARE_TR_FUNCTIONS(EnsemblesCommand)
};

QJsonObject toJson(const EnsembleAgent &agent)
{
    return QJsonObject{{QStringLiteral("provider"), agent.provider},
                       {QStringLiteral("model"), agent.model},
                       {QStringLiteral("perspective"), agent.perspective}};
}

QJsonObject toJson(const Ensemble &ensemble)
{
    QJsonArray agents;
    for (const EnsembleAgent &agent : ensemble.agents)
        agents.append(toJson(agent));
    return QJsonObject{
        {QStringLiteral("name"), ensemble.name},
        {QStringLiteral("agents"), agents},
        {QStringLiteral("synthesizer"),
         ensemble.synthesizer ? QJsonValue(toJson(*ensemble.synthesizer)) : QJsonValue()},
        {QStringLiteral("rounds"), ensemble.rounds},
    };
}

} // namespace

int runEnsemblesCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(EnsemblesText::tr(
        "Add, list or remove Contemplating ensembles: named sets of 2 to 8 agents, each a provider and "
        "optionally a model, kept in the vault."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption agent(
        QStringLiteral("agent"),
        EnsemblesText::tr(
            "add: one agent, PROVIDER or PROVIDER:MODEL (split at the first ':'); repeat 2 to 8 times."),
        QStringLiteral("PROVIDER[:MODEL]"));
    const QCommandLineOption perspective(
        QStringLiteral("perspective"),
        EnsemblesText::tr(
            "add: the instruction the agent in the same position works under (the first "
            "--perspective is the first --agent's); repeat up to once per agent. Agents without "
            "one get a default perspective."),
        QStringLiteral("TEXT"));
    const QCommandLineOption synthesizer(
        QStringLiteral("synthesizer"),
        EnsemblesText::tr(
            "add: who writes the final answer (default: the conversation's provider and model)."),
        QStringLiteral("PROVIDER[:MODEL]"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    EnsemblesText::tr("add: 1 (default) or 2 (a refinement round)."),
                                    QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption json(QStringLiteral("json"), EnsemblesText::tr("list: print JSON."));
    for (const QCommandLineOption &option : {agent, perspective, synthesizer, rounds, json})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("action"), EnsemblesText::tr("add NAME | list | remove NAME"),
                                 QStringLiteral("add|list|remove [NAME]"));
    if (const int early = context.parse(parser); early >= 0)
        return early;

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == QLatin1String("list")
            ? args.size() > 1
            : (args.size() != 2 || (action != QLatin1String("add") && action != QLatin1String("remove"))))
        return context.fail(ExitUsage,
                            EnsemblesText::tr("Use: ensembles add NAME --agent PROVIDER[:MODEL] … | "
                                              "list [--json] | remove NAME"));

    Ensemble ensemble;
    if (action == QLatin1String("add")) {
        ensemble.name = args.at(1).trimmed();
        if (ensemble.name.isEmpty())
            return context.fail(ExitUsage, EnsemblesText::tr("An ensemble needs a name."));
        for (const QString &spec : parser.values(agent)) {
            const auto parsed = EnsembleAgent::parse(spec);
            if (!parsed)
                return context.fail(ExitUsage,
                                    EnsemblesText::tr("'%1' is not PROVIDER or PROVIDER:MODEL.").arg(spec));
            ensemble.agents << *parsed;
        }
        if (ensemble.agents.size() < Ensemble::MIN_AGENTS || ensemble.agents.size() > Ensemble::MAX_AGENTS)
            return context.fail(ExitUsage,
                                EnsemblesText::tr("An ensemble has %1 to %2 agents (--agent).")
                                    .arg(Ensemble::MIN_AGENTS)
                                    .arg(Ensemble::MAX_AGENTS));
        const QStringList perspectives = parser.values(perspective);
        if (perspectives.size() > ensemble.agents.size())
            return context.fail(ExitUsage,
                                EnsemblesText::tr("There are more --perspective options (%1) than "
                                                  "agents (%2).")
                                    .arg(perspectives.size())
                                    .arg(ensemble.agents.size()));
        for (qsizetype i = 0; i < perspectives.size(); ++i)
            ensemble.agents[i].perspective = perspectives.at(i).trimmed();
        if (parser.isSet(synthesizer)) {
            ensemble.synthesizer = EnsembleAgent::parse(parser.value(synthesizer));
            if (!ensemble.synthesizer)
                return context.fail(ExitUsage,
                                    EnsemblesText::tr("'%1' is not PROVIDER or PROVIDER:MODEL.")
                                        .arg(parser.value(synthesizer)));
        }
        bool ok = false;
        ensemble.rounds = parser.value(rounds).toInt(&ok);
        if (!ok || ensemble.rounds < 1 || ensemble.rounds > 2)
            return context.fail(ExitUsage, EnsemblesText::tr("--rounds must be 1 or 2."));
    }

    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    EnsembleRepository ensembles(*vault);

    if (action == QLatin1String("list")) {
        auto list = ensembles.list();
        if (!list)
            return context.fail(ExitFailure, list.error().message);
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Ensemble &e : *list)
                array.append(toJson(e));
            context.printJson(QJsonDocument(array));
            return ExitOk;
        }
        for (const Ensemble &e : *list) {
            QStringList agents;
            for (const EnsembleAgent &a : e.agents)
                agents << a.spec();
            context.out() << context.forOut(e.name) << "  "
                          << context.forOut(agents.join(QStringLiteral(", ")));
            if (e.synthesizer)
                context.out()
                    << "  " << EnsemblesText::tr("synthesizer %1").arg(context.forOut(e.synthesizer->spec()));
            context.out() << "  " << EnsemblesText::tr("%n round(s)", nullptr, e.rounds) << '\n';
        }
        context.out().flush();
        return ExitOk;
    }

    if (action == QLatin1String("remove")) {
        if (auto removed = ensembles.remove(args.at(1)); !removed)
            return context.fail(removed.error().code == VaultError::NotFound ? ExitUsage : ExitFailure,
                                removed.error().message);
        context.out() << EnsemblesText::tr("Removed ensemble %1.").arg(context.forOut(args.at(1)))
                      << Qt::endl;
        return ExitOk;
    }

    // Every provider named must exist now; it is looked up again when the ensemble is used.
    QList<EnsembleAgent> named = ensemble.agents;
    if (ensemble.synthesizer)
        named << *ensemble.synthesizer;
    ProviderRepository providers(*vault);
    for (const EnsembleAgent &a : std::as_const(named)) {
        if (auto found = providers.get(a.provider); !found)
            return context.fail(found.error().code == VaultError::NotFound ? ExitUsage : ExitFailure,
                                found.error().message);
    }
    if (auto saved = ensembles.save(ensemble); !saved)
        return context.fail(ExitFailure, saved.error().message);
    context.out() << EnsemblesText::tr("Saved ensemble %1 with %n agent(s).", nullptr,
                                       int(ensemble.agents.size()))
                         .arg(context.forOut(ensemble.name))
                  << Qt::endl;
    return ExitOk;
}

} // namespace sotto::app
