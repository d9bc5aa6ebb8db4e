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
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace sotto::app {

namespace {

struct Command {
    const char *name;
    int (*run)(CliContext &);
};

// How each of cliCommandNames() runs.
constexpr Command COMMANDS[] = {
    {"ask", runAskCommand},
    {"audit", runAuditCommand},
    {"conversations", runConversationsCommand},
    {"ensembles", runEnsemblesCommand},
    {"export", runExportCommand},
    {"import", runImportCommand},
    {"policy", runPolicyCommand},
    {"providers", runProvidersCommand},
    {"redact", runRedactCommand},
    {"search", runSearchCommand},
    {"transcribe", runTranscribeCommand},
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

int runCli(int &argc, char **argv)
{
    setApplicationIdentity();
    // Exports lay out text (HTML, PDF): fonts need a QGuiApplication, on the offscreen
    // platform so no display is needed. Every other command stays a QCoreApplication.
    bool laysOutText = false;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (CliOptions::takesValue(arg)) {
            ++i; // the option's value
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-'))) {
            laysOutText = arg == QLatin1String("export"); // the command
            break;
        }
    }
    if (laysOutText)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (laysOutText)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    installTranslations(app);
    // Diagnostics (and image decoders' complaints, which the sanitiser turns into one
    // clear error) stay out of command output unless asked for (QT_LOGGING_RULES wins).
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("sotto.*.info=false\nsotto.*.debug=false\nqt.gui.imageio.*=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);

    const CliInvocation invocation = parseCliInvocation(QCoreApplication::arguments());
    switch (invocation.kind) {
    case CliInvocation::Kind::UsageError:
        err << invocation.error << Qt::endl;
        return ExitUsage;
    case CliInvocation::Kind::Version:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return ExitOk;
    case CliInvocation::Kind::Help: {
        QCommandLineParser parser;
        describeCliParser(parser);
        out << CliOptions::helpText(parser, QStringLiteral("sotto"));
        return ExitOk;
    }
    case CliInvocation::Kind::Command:
        break;
    }

    const Command *command = findCommand(invocation.command);
    Q_ASSERT(command); // COMMANDS runs each of cliCommandNames()
    CliContext context(invocation.commandArguments, out, err);
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace sotto::app
