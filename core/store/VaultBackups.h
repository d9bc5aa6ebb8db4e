// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/Profile.h"
#include "core/store/VaultError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sotto {

struct VaultArchiveInfo;

/// One copy of the vault in backups/<id>/: the database (checkpointed, still
/// encrypted) and its header, so it opens with the passphrase it had then.
struct VaultBackup {
    enum class Reason {
        PreMigration, // taken before a schema migration; removed at the next start that needs none
        BeforeRestore, // the files a restore replaced; kept until removed
    };

    QString id; // folder name, e.g. "20260126T101500Z-pre-migration-v2"
    QString directory;
    Reason reason = Reason::PreMigration;
    QDateTime createdAt; // UTC
    int schemaVersion = 0;
    qint64 bytes = 0;
};

/// Copies of the vault kept in the profile's backups/ folder. Listing, restoring
/// and removing work while the vault is locked (restore takes vault.lock itself),
/// so the unlock screen can offer the pre-migration copy when the vault is
/// damaged. Static functions; call them from one thread at a time.
class VaultBackups final {
    Q_DECLARE_TR_FUNCTIONS(sotto::VaultBackups)

public:
    VaultBackups() = delete;

    /// Newest first.
    static QList<VaultBackup> list(const Profile &profile);

    /// Replaces the vault with backup `id`. The current files are not lost: they
    /// are moved to a BeforeRestore backup first. Fails with AlreadyOpen when a
    /// process has the vault open.
    static VaultResult<VaultBackup> restore(const Profile &profile, const QString &id);

    /// Replaces the vault with the one in the backup file `path`, which
    /// VaultArchive::verify() has checked (`verified` is its result). The current
    /// files are moved to a BeforeRestore backup first; that copy is the result
    /// (with an empty id when the profile held no vault).
    /// Fails with AlreadyOpen when a process has the vault open (nothing changed).
    static VaultResult<VaultBackup> restoreFile(const Profile &profile, const QString &path,
                                                const VaultArchiveInfo &verified);

    static VaultResult<void> remove(const Profile &profile, const QString &id);

    /// Copies vault.db (which the caller has checkpointed) and vault.header.
    static VaultResult<VaultBackup> create(const Profile &profile, VaultBackup::Reason reason,
                                           int schemaVersion);
    /// Removes every backup of `reason`, except `keepId`.
    static void removeAll(const Profile &profile, VaultBackup::Reason reason, const QString &keepId = {});
};

} // namespace sotto
