// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>

namespace sotto::app {

/// What the running process shows of itself (DESIGN.md, invariant 4). apply(), first
/// thing in main() for the GUI and the CLI: the process is not dumpable (no ptrace by
/// other processes of the user, /proc/PID/mem and environ readable by root only) and
/// writes no core file, so the decrypted pages, prompts and API keys it holds stay
/// in it. SOTTO_ALLOW_DEBUG=1 leaves both as they were, for a debugger or a core dump.
/// takeEnvironmentSecret() reads a secret from the environment and removes it; the
/// API keys stored providers name are kept by EnvironmentSecrets.
class ProcessHardening final {
public:
    /// False when SOTTO_ALLOW_DEBUG=1 kept the process debuggable.
    static bool apply();

    /// The value of the environment variable `name` (empty when unset), which is
    /// then overwritten in place and unset: unsetenv() alone leaves the bytes in
    /// /proc/PID/environ, and every program started later (xdg-open, a browser)
    /// would inherit the variable (EnvironmentSecrets::takeOut()).
    static QByteArray takeEnvironmentSecret(const QByteArray &name);
};

} // namespace sotto::app
