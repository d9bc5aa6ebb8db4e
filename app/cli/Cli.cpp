// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/cli/Cli.h"

#include "app/AppSetup.h"
#include "app/ExitCode.h"
#include "app/cli/CliOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace sotto::app {

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

    QCommandLineParser parser;
    CliOptions::describeTopLevel(parser);
    parser.process(app); // --help and --version print and exit here

    const QStringList positional = parser.positionalArguments();
    QTextStream err(stderr);
    if (positional.isEmpty()) {
        err << CliOptions::tr("sotto: no command given. Run 'sotto --help' for the list.") << Qt::endl;
        return ExitUsage;
    }
    err << CliOptions::tr("sotto: unknown command '%1'. Run 'sotto --help' for the list.")
               .arg(positional.first())
        << Qt::endl;
    return ExitUsage;
}

} // namespace sotto::app
