// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

namespace sotto::app {

/// Process exit codes; a contract (DESIGN.md, "Command line").
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitLocked = 3,
    ExitBackend = 4,
    ExitBlocked = 5,
    ExitBadInput = 6,
};

} // namespace sotto::app
