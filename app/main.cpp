// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The composition root's entry: the CLI when a command, --help or --version is
// given (no display needed), the GUI otherwise.

#include "app/Gui.h"
#include "app/ProcessHardening.h"
#include "app/cli/Cli.h"

#include <QStringList>

int main(int argc, char **argv)
{
    sotto::app::ProcessHardening::apply(); // before a secret is read or a page decrypted
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (sotto::app::isCliInvocation(arguments))
        return sotto::app::runCli(argc, argv);
    return sotto::app::runGui(argc, argv);
}
