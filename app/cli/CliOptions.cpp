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

bool CliOptions::takesValue(const QString &argument)
{
    return argument == QLatin1String("--profile");
}

bool CliOptions::isHelpOrVersion(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h")
        || argument == QLatin1String("--help-all") || argument == QLatin1String("--version")
        || argument == QLatin1String("-v");
}

void CliOptions::describeGui(QCommandLineParser &parser)
{
    parser.addOption(profileOption());
}

void CliOptions::describeTopLevel(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Sotto, a private desktop AI assistant.\n\n"
                                        "Without a command, Sotto opens its window."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    describeGui(parser);
    parser.addHelpOption();
    parser.addVersionOption();
}

} // namespace sotto::app
