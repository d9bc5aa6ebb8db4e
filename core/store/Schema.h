// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QList>

namespace sotto {

/// The vault's schema as a list of migrations: migration N turns a version N-1
/// database into version N (PRAGMA user_version) and runs in one transaction.
/// A new version only ever appends a migration; TestMigrations then covers the
/// path from every earlier version automatically. Static; thread-safe.
class Schema final {
public:
    Schema() = delete;

    struct Migration {
        int version;
        const char *sql;
    };

    static int currentVersion();
    /// Migrations 1..currentVersion(), in order.
    static const QList<Migration> &migrations();
};

} // namespace sotto
