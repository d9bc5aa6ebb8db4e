// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/Profile.h"

#include <QString>
#include <QStringList>

namespace sotto {

/// The vault's files inside a profile folder. Everything the vault writes lives
/// under the profile: the encrypted database and SQLite's companions, the
/// plaintext header (KDF parameters, salt, key check, database id — no secret),
/// the lock file and the backups folder. A plain value.
class VaultLayout final {
public:
    explicit VaultLayout(const Profile &profile);

    QString directory() const { return m_profile.directory(); }
    QString database() const; // vault.db
    QString wal() const; // vault.db-wal
    QString shm() const; // vault.db-shm
    QString header() const; // vault.header
    QString lock() const; // vault.lock
    QString backups() const; // backups/

    // Transient files of multi-step operations; their presence tells open() how
    // far an interrupted operation got.
    QString creatingDatabase() const; // vault.db.creating: a vault being created
    QString pendingDatabase() const; // vault.db.new: re-encrypted copy during a passphrase change
    QString pendingHeader() const; // vault.header.new: its header

    /// The database's companions that belong with it when it is copied or moved.
    QStringList databaseFiles() const { return {database(), wal(), shm()}; }

private:
    Profile m_profile;
};

} // namespace sotto
