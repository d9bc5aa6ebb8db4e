// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/cli/CliInvocation.h"

#include "app/cli/CliOptions.h"

#include <QCommandLineParser>

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

QStringList cliCommandNames()
{
    return {QStringLiteral("ask"),       QStringLiteral("audit"),      QStringLiteral("conversations"),
            QStringLiteral("ensembles"), QStringLiteral("export"),     QStringLiteral("import"),
            QStringLiteral("policy"),    QStringLiteral("providers"),  QStringLiteral("redact"),
            QStringLiteral("search"),    QStringLiteral("transcribe"), QStringLiteral("vault")};
}

void describeCliParser(QCommandLineParser &parser)
{
    CliOptions::describeTopLevel(parser);
    parser.addPositionalArgument(QStringLiteral("command"), CliOptions::tr("One of the commands above."),
                                 QStringLiteral("[command]"));
}

CliInvocation parseCliInvocation(const QStringList &arguments)
{
    CliInvocation invocation;
    QCommandLineParser parser;
    describeCliParser(parser);
    if (!parser.parse(arguments)) {
        invocation.error = QStringLiteral("sotto: ") + parser.errorText();
        return invocation;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        invocation.kind = CliInvocation::Kind::Version;
        return invocation;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        invocation.kind = CliInvocation::Kind::Help;
        return invocation;
    }
    if (positional.isEmpty()) {
        invocation.error = CliOptions::tr("sotto: no command given. Run 'sotto --help' for the list.");
        return invocation;
    }
    if (!cliCommandNames().contains(positional.first())) {
        invocation.error = CliOptions::tr("sotto: unknown command '%1'. Run 'sotto --help' for the list.")
                               .arg(positional.first());
        return invocation;
    }

    // The command parses everything after its name, plus the global options given before it.
    invocation.kind = CliInvocation::Kind::Command;
    invocation.command = positional.first();
    invocation.commandArguments = QStringList{QStringLiteral("sotto ") + positional.first()};
    for (const QCommandLineOption &option :
         {CliOptions::profileOption(), CliOptions::passphraseFileOption()}) {
        if (parser.isSet(option))
            invocation.commandArguments << QStringLiteral("--") + option.names().constFirst()
                                        << parser.value(option);
    }
    invocation.commandArguments += positional.mid(1);
    return invocation;
}

} // namespace sotto::app
