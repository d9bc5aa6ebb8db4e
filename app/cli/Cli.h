// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "app/cli/CliInvocation.h"

namespace sotto::app {

/// Runs the command line on a QCoreApplication and returns the exit code.
int runCli(int &argc, char **argv);

} // namespace sotto::app
