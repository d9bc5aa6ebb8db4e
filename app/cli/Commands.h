// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

namespace sotto::app {

class CliContext;

// One function per top-level command; each parses its own arguments
// (context.arguments(), the command name first) and returns the exit code.

int runAskCommand(CliContext &context);
int runAuditCommand(CliContext &context);
int runConversationsCommand(CliContext &context);
int runEnsemblesCommand(CliContext &context);
int runExportCommand(CliContext &context);
int runImportCommand(CliContext &context);
int runPolicyCommand(CliContext &context);
int runProvidersCommand(CliContext &context);
int runRedactCommand(CliContext &context);
int runSearchCommand(CliContext &context);
int runTranscribeCommand(CliContext &context);
int runVaultCommand(CliContext &context);

} // namespace sotto::app
