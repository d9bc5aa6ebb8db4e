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
    ExitInterrupted = 130, // SIGINT (128 + 2); what arrived is kept as partial
    ExitTerminated = 143, // SIGTERM (128 + 15); likewise
};

} // namespace sotto::app
