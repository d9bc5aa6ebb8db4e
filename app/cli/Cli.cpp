// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/cli/Cli.h"

#include "app/AppSetup.h"
#include "app/ExitCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliOptions.h"
#include "app/cli/Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace sotto::app {

namespace {

struct Command {
    const char *name;
    int (*run)(CliContext &);
};

// The commands that exist; `sotto --help` lists exactly these.
constexpr Command COMMANDS[] = {
    {"ask", runAskCommand},
    {"audit", runAuditCommand},
    {"conversations", runConversationsCommand},
    {"policy", runPolicyCommand},
    {"providers", runProvidersCommand},
    {"search", runSearchCommand},
    {"vault", runVaultCommand},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : COMMANDS) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace

bool isCliInvocation(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (CliOptions::isHelpOrVersion(arg))
            return true;
        if (CliOptions::takesValue(arg)) {
            ++i; // skip the option's value
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return true; // a command
    }
    return false;
}

int runCli(int &argc, char **argv)
{
    setApplicationIdentity();
    QCoreApplication app(argc, argv);
    installTranslations(app);
    // Diagnostics (and image decoders' complaints, which the sanitiser turns into one
    // clear error) stay out of command output unless asked for (QT_LOGGING_RULES wins).
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("sotto.*.info=false\nsotto.*.debug=false\nqt.gui.imageio.*=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    CliOptions::describeTopLevel(parser);
    parser.addPositionalArgument(QStringLiteral("command"), CliOptions::tr("One of the commands above."),
                                 QStringLiteral("[command]"));
    QStringList arguments = QCoreApplication::arguments();
    if (!parser.parse(arguments)) {
        err << QStringLiteral("sotto: ") << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        out << CliOptions::helpText(parser, QStringLiteral("sotto"));
        return ExitOk;
    }
    if (positional.isEmpty()) {
        err << CliOptions::tr("sotto: no command given. Run 'sotto --help' for the list.") << Qt::endl;
        return ExitUsage;
    }
    const Command *command = findCommand(positional.first());
    if (!command) {
        err << CliOptions::tr("sotto: unknown command '%1'. Run 'sotto --help' for the list.")
                   .arg(positional.first())
            << Qt::endl;
        return ExitUsage;
    }

    // The command parses everything after its name, plus the global options given before it.
    QStringList commandArguments{QStringLiteral("sotto ") + positional.first()};
    for (const QCommandLineOption &option :
         {CliOptions::profileOption(), CliOptions::passphraseFileOption()}) {
        if (parser.isSet(option))
            commandArguments << QStringLiteral("--") + option.names().constFirst() << parser.value(option);
    }
    commandArguments += positional.mid(1);
    CliContext context(commandArguments, out, err);
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace sotto::app
