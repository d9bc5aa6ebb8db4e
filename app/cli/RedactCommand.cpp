// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/orchestration/PolicySettings.h"
#include "core/privacy/RedactionMap.h"
#include "core/privacy/Redactor.h"
#include "core/store/RedactionRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sotto::app {

namespace {

class RedactText final {
    Q_DECLARE_TR_FUNCTIONS(RedactCommand)
};

int runTerms(CliContext &context, Vault &vault, const QStringList &args, bool json)
{
    RedactionRepository repository(vault);
    const QString action = args.value(1);
    const QString term = args.mid(2).join(QLatin1Char(' ')).trimmed();
    if (action == QLatin1String("list") && args.size() == 2) {
        auto terms = repository.terms();
        if (!terms)
            return context.fail(ExitFailure, terms.error().message);
        if (json) {
            context.printJson(QJsonDocument(QJsonArray::fromStringList(*terms)));
            return ExitOk;
        }
        for (const QString &t : std::as_const(*terms))
            context.out() << context.forOut(t) << '\n';
        context.out().flush();
        return ExitOk;
    }
    if ((action == QLatin1String("add") || action == QLatin1String("remove")) && !term.isEmpty()) {
        const bool add = action == QLatin1String("add");
        auto changed = add ? repository.addTerm(term) : repository.removeTerm(term);
        if (!changed)
            return context.fail(ExitFailure, changed.error().message);
        if (add)
            context.err() << (*changed ? RedactText::tr("Added '%1': it is withheld from what is sent.")
                                       : RedactText::tr("'%1' is already a term."))
                                 .arg(context.forErr(term))
                          << Qt::endl;
        else if (!*changed)
            return context.fail(ExitUsage, RedactText::tr("'%1' is not a term.").arg(term));
        else
            context.err() << RedactText::tr("Removed '%1'.").arg(context.forErr(term)) << Qt::endl;
        return ExitOk;
    }
    return context.fail(ExitUsage,
                        RedactText::tr("Use 'redact terms add TERM', 'redact terms remove TERM' or "
                                       "'redact terms list [--json]'."));
}

int runDryRun(CliContext &context, Vault &vault, const QString &text, bool json)
{
    auto terms = RedactionRepository(vault).terms();
    if (!terms)
        return context.fail(ExitFailure, terms.error().message);
    auto settings = SettingsRepository(vault).all();
    if (!settings)
        return context.fail(ExitFailure, settings.error().message);
    const RedactionPolicy policy = PolicySettings::redaction(*settings);

    RedactionMap map;
    Redaction redaction;
    if (policy == RedactionPolicy::Off)
        redaction.text = text;
    else
        redaction = Redactor(*terms).redact(text, map);

    if (json) {
        QJsonArray replacements;
        for (const Redaction::Replacement &r : std::as_const(redaction.replacements))
            replacements.append(QJsonObject{{QStringLiteral("kind"), redactionKindName(r.kind).toLower()},
                                            {QStringLiteral("placeholder"), r.placeholder},
                                            {QStringLiteral("original"), r.original}});
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("text"), redaction.text},
                                                    {QStringLiteral("policy"), redactionPolicyName(policy)},
                                                    {QStringLiteral("redactions"), redaction.count()},
                                                    {QStringLiteral("replacements"), replacements}}));
        return ExitOk;
    }
    context.out() << context.forOut(redaction.text) << Qt::endl;
    if (policy == RedactionPolicy::Off)
        context.err() << RedactText::tr("Redaction is off (policy redact off): the text is sent as it is.")
                      << Qt::endl;
    for (const Redaction::Replacement &r : std::as_const(redaction.replacements))
        context.err() << r.placeholder << " \u2190 " << context.forErr(r.original) << Qt::endl;
    if (policy != RedactionPolicy::Off && redaction.replacements.isEmpty())
        context.err() << RedactText::tr("Nothing to withhold was found.") << Qt::endl;
    return ExitOk;
}

} // namespace

int runRedactCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RedactText::tr(
        "Withhold personal data from what is sent (docs/PRIVACY.md).\n\n"
        "  redact --dry-run TEXT             print TEXT as it would be sent to an internet provider\n"
        "                                    (what was replaced goes to stderr, or into --json)\n"
        "  redact terms add TERM | remove TERM | list [--json]\n"
        "                                    your own terms (names, a company, code names)\n\n"
        "When it runs: sotto policy set redact off|internet|always. Detection can miss things."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), RedactText::tr("Show what would be sent."));
    const QCommandLineOption json(QStringLiteral("json"), RedactText::tr("Print JSON."));
    parser.addOption(dryRun);
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("text"), RedactText::tr("TEXT, or: terms add|remove|list"),
                                 QStringLiteral("TEXT | terms …"));
    if (const int early = context.parse(parser); early >= 0)
        return early;
    const QStringList args = parser.positionalArguments();
    const bool terms = !parser.isSet(dryRun) && args.value(0) == QLatin1String("terms");
    if (!terms && (!parser.isSet(dryRun) || args.isEmpty()))
        return context.fail(ExitUsage,
                            RedactText::tr("Use 'redact --dry-run TEXT' or 'redact terms add|remove|list'."));

    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    if (terms)
        return runTerms(context, *vault, args, parser.isSet(json));
    return runDryRun(context, *vault, args.join(QLatin1Char(' ')), parser.isSet(json));
}

} // namespace sotto::app
