// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/store/SearchRepository.h"
#include "core/store/Vault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sotto::app {

namespace {

class SearchText final {
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)
};

} // namespace

int runSearchCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SearchText::tr("Search titles, messages and reasoning in the vault (every word must match)."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"), SearchText::tr("Print JSON instead of text."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   SearchText::tr("At most <n> results (default 50)."), QStringLiteral("n"),
                                   QStringLiteral("50"));
    parser.addOption(json);
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("query"), SearchText::tr("The words to look for."));
    if (const int early = context.parse(parser); early >= 0)
        return early;
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return context.fail(ExitUsage, SearchText::tr("'search' needs the words to look for."));

    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    SearchOptions options;
    options.limit = std::max(1, parser.value(limit).toInt());
    auto hits = SearchRepository(*vault).search(query, options);
    if (!hits)
        return context.fail(ExitFailure, hits.error().message);

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SearchHit &hit : *hits) {
            array.append(QJsonObject{
                {QStringLiteral("conversation_id"), hit.conversationId},
                {QStringLiteral("conversation_title"), hit.conversationTitle},
                {QStringLiteral("message_id"), hit.messageId == 0 ? QJsonValue() : QJsonValue(hit.messageId)},
                {QStringLiteral("role"), hit.messageId == 0 ? QJsonValue() : QJsonValue(roleName(hit.role))},
                {QStringLiteral("snippet"), hit.snippet},
                {QStringLiteral("score"), hit.score},
                {QStringLiteral("time"), hit.time.toUTC().toString(Qt::ISODateWithMs)},
            });
        }
        context.printJson(QJsonDocument(array));
        return ExitOk;
    }
    const bool terminal = context.outIsTerminal();
    const QString open = terminal ? QStringLiteral("\x1b[1m") : QStringLiteral("[");
    const QString close = terminal ? QStringLiteral("\x1b[0m") : QStringLiteral("]");
    // The snippet is filtered with stand-ins for the marks, so only our own bold reaches a terminal.
    const QChar openMark(0xE000);
    const QChar closeMark(0xE001);
    for (const SearchHit &hit : *hits) {
        const QString snippet = context.forOut(hit.markedSnippet(openMark, closeMark))
                                    .simplified()
                                    .replace(openMark, open)
                                    .replace(closeMark, close);
        context.out() << hit.conversationId << "  " << context.forOut(hit.conversationTitle) << '\n'
                      << "    " << snippet << '\n';
    }
    if (hits->isEmpty())
        context.err() << SearchText::tr("No matches.") << Qt::endl;
    context.out().flush();
    return ExitOk;
}

} // namespace sotto::app
