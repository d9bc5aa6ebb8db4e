// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QStringList>

namespace sotto {

/// Secrets the process was given in its environment (DESIGN.md, invariant 4).
/// takeOut() reads a variable and removes it: its bytes are overwritten in place
/// first, since unsetenv() alone leaves them in /proc/PID/environ, and a program
/// started later (xdg-open, a browser) would inherit the variable. keep() does the
/// same for an API key a stored provider names (apiKeyEnv) and keeps the value for
/// the life of the process, in memory kept out of swap (sodium_malloc), for every
/// later request; value() hands it out. Thread-safe.
class EnvironmentSecrets final {
public:
    /// The value of `name` (empty when unset), now gone from the environment.
    static QByteArray takeOut(const QByteArray &name);

    /// Takes every variable in `names` out of the environment, keeping the values.
    /// At start, with the variables the stored providers name; a name already kept
    /// stays as it was.
    static void keep(const QStringList &names);

    /// The kept value of `name`; a name not kept yet is kept first, so a variable
    /// is never read from the environment twice. Empty when it was never set.
    static QByteArray value(const QString &name);
};

} // namespace sotto
