// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QStringList>

namespace sotto::app {

/// True when the arguments (without the program name) ask for the command-line
/// interface — a command, --help or --version — rather than the GUI. Decided
/// before any application object exists, so the CLI never needs a display.
bool isCliInvocation(const QStringList &arguments);

/// Runs the command line on a QCoreApplication and returns the exit code.
int runCli(int &argc, char **argv);

} // namespace sotto::app
