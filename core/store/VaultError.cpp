// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/VaultError.h"

namespace sotto {

QString vaultErrorName(VaultError code)
{
    switch (code) {
    case VaultError::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case VaultError::AlreadyOpen:
        return QStringLiteral("already-open");
    case VaultError::NoVault:
        return QStringLiteral("no-vault");
    case VaultError::AlreadyExists:
        return QStringLiteral("already-exists");
    case VaultError::HeaderMissing:
        return QStringLiteral("header-missing");
    case VaultError::HeaderCorrupt:
        return QStringLiteral("header-corrupt");
    case VaultError::HeaderMismatch:
        return QStringLiteral("header-mismatch");
    case VaultError::DatabaseMissing:
        return QStringLiteral("database-missing");
    case VaultError::DatabaseCorrupt:
        return QStringLiteral("database-corrupt");
    case VaultError::NotSqlCipher:
        return QStringLiteral("not-sql-cipher");
    case VaultError::NewerSchema:
        return QStringLiteral("newer-schema");
    case VaultError::MigrationFailed:
        return QStringLiteral("migration-failed");
    case VaultError::DiskFull:
        return QStringLiteral("disk-full");
    case VaultError::Io:
        return QStringLiteral("io");
    case VaultError::Locked:
        return QStringLiteral("locked");
    case VaultError::NotFound:
        return QStringLiteral("not-found");
    case VaultError::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case VaultError::BadFile:
        return QStringLiteral("bad-file");
    case VaultError::Sql:
        return QStringLiteral("sql");
    }
    return {};
}

} // namespace sotto
