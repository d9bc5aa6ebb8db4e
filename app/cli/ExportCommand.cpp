// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/io/ConversationArchive.h"
#include "core/io/ExportFormat.h"
#include "core/io/ExportTarget.h"
#include "core/store/Vault.h"

#include <QCommandLineParser>
#include <QDir>

#include <unistd.h>

namespace sotto::app {

namespace {

class ExportText final {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

} // namespace

int runExportCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportText::tr(
        "Export one conversation, or all of them, as Markdown, JSON, HTML or PDF. With --all, JSON "
        "writes one file holding every conversation; the other formats write one file per "
        "conversation into the folder PATH. Anyone who gets an exported file can read it."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption conversation(
        QStringLiteral("conversation"), ExportText::tr("The conversation to export."), QStringLiteral("ID"));
    const QCommandLineOption all(QStringLiteral("all"), ExportText::tr("Export every conversation."));
    const QCommandLineOption format(QStringLiteral("format"), ExportText::tr("md, json, html or pdf."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    ExportText::tr("The file to write (with --all and md, html or pdf: "
                                                   "the folder)."),
                                    QStringLiteral("PATH"));
    parser.addOption(conversation);
    parser.addOption(all);
    parser.addOption(format);
    parser.addOption(output);
    if (const int early = context.parse(parser); early >= 0)
        return early;

    const QString use
        = ExportText::tr("Use: export (--conversation ID | --all) --format md|json|html|pdf --output PATH");
    if (!parser.positionalArguments().isEmpty() || parser.isSet(conversation) == parser.isSet(all)
        || !parser.isSet(format) || parser.value(output).isEmpty())
        return context.fail(ExitUsage, use);
    const std::optional<ExportFormat> chosen = exportFormatFromName(parser.value(format));
    if (!chosen)
        return context.fail(
            ExitUsage,
            ExportText::tr("Unknown format '%1': use md, json, html or pdf.").arg(parser.value(format)));
    qint64 id = 0;
    if (parser.isSet(conversation)) {
        bool ok = false;
        id = parser.value(conversation).toLongLong(&ok);
        if (!ok || id <= 0)
            return context.fail(
                ExitUsage, ExportText::tr("'%1' is not a conversation id.").arg(parser.value(conversation)));
    }
    const bool many = parser.isSet(all);
    const QString path = QDir::cleanPath(parser.value(output));

    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;

    QList<qint64> ids{id};
    if (many) {
        auto listed = ConversationArchive::allIds(*vault);
        if (!listed)
            return context.fail(ExitFailure, listed.error().message);
        ids = std::move(*listed);
    }
    // Progress only for a person watching: a pipe or a file gets the result line alone.
    const bool showProgress = many && ::isatty(STDERR_FILENO) == 1;
    ExportTarget target(*chosen, path, many);
    if (auto begun = target.begin(); !begun)
        return context.fail(ExitFailure, begun.error().message);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto archive = ConversationArchive::read(*vault, ids.at(i));
        if (!archive) {
            target.cancel();
            const bool missing = archive.error().code == VaultError::NotFound;
            return context.fail(missing ? ExitUsage : ExitFailure, archive.error().message);
        }
        if (auto added = target.add(*archive); !added) {
            target.cancel();
            return context.fail(ExitFailure, added.error().message);
        }
        if (showProgress)
            context.err() << '\r' << ExportText::tr("Exporting %1 of %2…").arg(i + 1).arg(ids.size())
                          << Qt::flush;
    }
    if (showProgress)
        context.err() << '\n' << Qt::flush;
    if (auto committed = target.commit(); !committed)
        return context.fail(ExitFailure, committed.error().message);
    context.out() << ExportText::tr("Exported %n conversation(s) to %1.", nullptr, int(ids.size()))
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
    return ExitOk;
}

} // namespace sotto::app
