// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/SecretBytes.h"
#include "core/store/VaultError.h"
#include "core/store/VaultHeader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace sotto {

class Vault;

/// What a backup file says about itself: readable without the passphrase.
struct VaultArchiveInfo {
    QDateTime createdAt; // UTC
    QString generator; // "Sotto 0.1.0"
    int schemaVersion = 0;
    qint64 databaseBytes = 0;
    qint64 fileBytes = 0;
    VaultHeader header; // the vault.header it needs: key derivation parameters, never the key
};

/// One file that carries the whole vault, still encrypted (`sotto vault backup`,
/// File › Back Up Vault…): the database as SQLCipher wrote it and the header
/// needed to open it with the passphrase it had — never the key or the
/// passphrase. The layout (docs/FORMAT.md): an 8-byte magic "SOTTOBAK", the
/// format version and the manifest's length (big-endian 32-bit each), the
/// manifest (JSON), the database, and a SHA-256 of everything before it, so a
/// damaged or truncated copy is recognised before it replaces anything.
/// Static functions; thread-safe, except write(), which runs on the vault's thread.
class VaultArchive final {
    Q_DECLARE_TR_FUNCTIONS(sotto::VaultArchive)

public:
    VaultArchive() = delete;

    static constexpr int FORMAT_VERSION = 1;
    /// The file name suffix the window suggests, without the dot.
    static QString suffix() { return QStringLiteral("sottobackup"); }

    /// Writes the open vault to `path`, atomically (nothing at `path` changes
    /// unless the whole copy is written) and readable by the owner only. The
    /// write-ahead log is folded into the database first; on the vault's thread no
    /// write can come between that and the copy, so the copy is consistent.
    static VaultResult<VaultArchiveInfo> write(Vault &vault, const QString &path);

    /// Reads the manifest only (BadFile when `path` is not a Sotto backup).
    static VaultResult<VaultArchiveInfo> inspect(const QString &path);

    /// Reads the whole file: its checksum, the database's id against the
    /// header's, and whether `passphrase` opens it (WrongPassphrase if not).
    /// Takes a key derivation: never on the GUI thread.
    static VaultResult<VaultArchiveInfo> verify(const QString &path, const SecretBytes &passphrase);

    /// Copies the database out of a verified backup to `databasePath` (durably,
    /// owner-only).
    static VaultResult<void> extractDatabase(const QString &path, const VaultArchiveInfo &info,
                                             const QString &databasePath);
};

} // namespace sotto
