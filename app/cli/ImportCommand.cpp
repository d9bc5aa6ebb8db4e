// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/cli/AwaitFuture.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseReader.h"
#include "core/io/ImportJob.h"
#include "core/store/VaultService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>

#include <unistd.h>

namespace sotto::app {

namespace {

class ImportText final {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

} // namespace

int runImportCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImportText::tr("Import conversations from an export: Sotto's own JSON, or ChatGPT's or Claude's "
                       "conversations.json (or the .zip they come in). Conversations already imported are "
                       "skipped. A file that cannot be read as its format changes nothing."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption format(
        QStringLiteral("format"), ImportText::tr("sotto, chatgpt or claude (default: found from the file)."),
        QStringLiteral("FORMAT"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("FILE"), ImportText::tr("The export to import."));
    if (const int early = context.parse(parser); early >= 0)
        return early;

    const QString use = ImportText::tr("Use: import [--format sotto|chatgpt|claude] FILE");
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, use);
    std::optional<ImportFormat> chosen;
    if (parser.isSet(format)) {
        chosen = importFormatFromName(parser.value(format));
        if (!chosen)
            return context.fail(ExitUsage,
                                ImportText::tr("Unknown format '%1': use sotto, chatgpt or claude.")
                                    .arg(parser.value(format)));
    }
    const QString path = parser.positionalArguments().first();

    VaultService vault;
    if (int exitCode = ExitOk; !context.unlockVault(vault, exitCode))
        return exitCode;

    // Progress only for a person watching: a pipe or a file gets the result line alone.
    const bool showProgress = ::isatty(STDERR_FILENO) == 1;
    ImportJob job(vault, path, chosen);
    QEventLoop loop;
    ImportOutcome outcome;
    QObject::connect(&job, &ImportJob::progress, &loop, [&context, showProgress](qint64 done, qint64 total) {
        if (showProgress && total > 0)
            context.err() << '\r' << ImportText::tr("Importing… %1%").arg(done * 100 / total) << Qt::flush;
    });
    QObject::connect(&job, &ImportJob::finished, &loop, [&loop, &outcome](const ImportOutcome &result) {
        outcome = result;
        loop.quit();
    });
    job.start();
    loop.exec();
    if (showProgress)
        context.err() << '\r' << QString(20, QLatin1Char(' ')) << '\r' << Qt::flush;

    const QString file = QDir::toNativeSeparators(path);
    switch (outcome.kind) {
    case ImportOutcome::Kind::BadInput:
        return context.fail(ExitBadInput, ImportText::tr("%1: %2").arg(file, outcome.error));
    case ImportOutcome::Kind::Failed:
        return context.fail(ExitFailure, outcome.error);
    case ImportOutcome::Kind::Cancelled:
        return context.fail(ExitInterrupted, ImportText::tr("The import was interrupted."));
    case ImportOutcome::Kind::Done:
        break;
    }
    context.out() << ImportText::tr("Imported %n conversation(s)", nullptr, outcome.conversations) << " / "
                  << ImportText::tr("%n message(s)", nullptr, outcome.messages) << ", "
                  << ImportText::tr("skipped %n duplicate(s).", nullptr, outcome.duplicates) << Qt::endl;
    return ExitOk;
}

} // namespace sotto::app
