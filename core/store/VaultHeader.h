// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/KeyDerivation.h"
#include "core/store/VaultError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sotto {

/// The small plaintext file beside the database (vault.header, JSON). It holds
/// what is needed before the key exists — the Argon2id parameters and salt — plus
/// a key check, so a wrong passphrase is recognised without touching the
/// database, and the database id (the first 16 bytes of vault.db, SQLCipher's
/// random per-file salt), so a header that belongs to another database is
/// recognised before anything is decrypted. Nothing in it is secret. A plain value.
struct VaultHeader {
    Q_DECLARE_TR_FUNCTIONS(sotto::VaultHeader)

public:
    static constexpr int FORMAT_VERSION = 1;
    static constexpr int DATABASE_ID_BYTES = 16;

    int formatVersion = FORMAT_VERSION;
    KdfParams kdf;
    QByteArray databaseId;
    QByteArray keyCheck;

    QByteArray toJson() const;
    /// `path` only names the file in error messages.
    static VaultResult<VaultHeader> fromJson(const QByteArray &json, const QString &path);

    static VaultResult<VaultHeader> read(const QString &path);
    /// Atomically and durably (owner-only permissions).
    VaultResult<void> write(const QString &path) const;

    /// The id of the database file at `path`: its first DATABASE_ID_BYTES bytes.
    /// Fails with DatabaseCorrupt when the file is shorter than a page, not a
    /// whole number of pages, or starts like a plaintext SQLite file.
    static VaultResult<QByteArray> databaseIdOf(const QString &path);
};

} // namespace sotto
