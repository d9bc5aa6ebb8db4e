// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/cli/CliOptions.h"

#include <QCommandLineParser>

namespace sotto::app {

QCommandLineOption CliOptions::profileOption()
{
    return QCommandLineOption(QStringLiteral("profile"),
                              tr("Use the profile folder <dir> (default: $SOTTO_PROFILE, else the "
                                 "application data folder)."),
                              tr("dir"));
}

QCommandLineOption CliOptions::passphraseFileOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
                              tr("Read the vault's passphrase from the first line of <file> "
                                 "(else $SOTTO_PASSPHRASE, else a prompt)."),
                              tr("file"));
}

bool CliOptions::takesValue(const QString &argument)
{
    return argument == QLatin1String("--profile") || argument == QLatin1String("--passphrase-file")
        || argument == QLatin1String("--conversation");
}

bool CliOptions::isHelpOrVersion(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h")
        || argument == QLatin1String("--help-all") || argument == QLatin1String("--version")
        || argument == QLatin1String("-v");
}

QCommandLineOption CliOptions::conversationOption()
{
    return QCommandLineOption(QStringLiteral("conversation"), tr("Open the window on conversation <id>."),
                              QStringLiteral("id"));
}

void CliOptions::describeGui(QCommandLineParser &parser)
{
    parser.addOption(profileOption());
    parser.addOption(passphraseFileOption());
    parser.addOption(conversationOption());
}

void CliOptions::describeTopLevel(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Sotto, a private desktop AI assistant.\n\n"
                                        "Without a command, Sotto opens its window.")
                                     + QStringLiteral("\n\n") + commandsHelp());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    describeGui(parser);
    parser.addHelpOption();
    parser.addVersionOption();
}

} // namespace sotto::app

namespace sotto::app {

QString CliOptions::helpText(const QCommandLineParser &parser, const QString &invocation)
{
    // Qt starts the usage line with the path the binary was started by.
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    if (!program.isEmpty())
        text.replace(text.indexOf(program), program.size(), invocation);
    return text;
}

QString CliOptions::commandsHelp()
{
    return tr("Commands:\n"
              "  ask [options] PROMPT                   one question, the answer streamed to stdout\n"
              "  providers add NAME|list|remove NAME    the model providers and their keys\n"
              "  providers detect [--json]              model servers running on this computer\n"
              "  audit [--json|--csv] [--since DATE]    every request sent or refused\n"
              "  policy show|set KEY VALUE              what may leave this computer\n"
              "  redact --dry-run TEXT | terms add|remove|list   withhold personal data from what is sent\n"
              "  conversations list|show ID|delete ID   the conversations in the vault\n"
              "  conversations set ID local-only on|off  keep a conversation's requests on this machine\n"
              "  ensembles add NAME|list|remove NAME    the agents that contemplate together\n"
              "  export (--conversation ID | --all) --format md|json|html|pdf --output PATH\n"
              "                                         conversations out as documents\n"
              "  import [--format sotto|chatgpt|claude] FILE   conversations in from an export\n"
              "  search QUERY                           full-text search of the vault\n"
              "  transcribe [--provider NAME] FILE      speech in an audio file as text\n"
              "  vault check|change-passphrase|backups|restore ID   look after the vault\n"
              "Run 'sotto COMMAND --help' for a command's options.");
}

} // namespace sotto::app
