// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace sotto {

/// What went wrong in the vault. The CLI maps WrongPassphrase and Locked to exit
/// code 3; the others name the file or the record concerned in their message.
enum class VaultError {
    WrongPassphrase, // the passphrase does not match the header's key check
    AlreadyOpen, // another Sotto process holds the profile's vault.lock
    NoVault, // open(): there is no vault in this profile yet
    AlreadyExists, // create(): the profile already holds a vault (or part of one)
    HeaderMissing, // vault.db exists but vault.header does not
    HeaderCorrupt, // vault.header cannot be parsed or has impossible values
    HeaderMismatch, // vault.header belongs to another database
    DatabaseMissing, // vault.header exists but vault.db does not
    DatabaseCorrupt, // vault.db is truncated, damaged, or not a Sotto vault
    NotSqlCipher, // the SQLite engine in the process does not encrypt: refuse to run
    NewerSchema, // written by a newer Sotto
    MigrationFailed,
    DiskFull,
    Io, // cannot read or write a file (permissions, read-only folder, I/O error)
    Locked, // the vault is closed
    NotFound, // no such conversation, message, provider…
    InvalidArgument,
    BadFile, // a file given to read (a backup) is not what it claims, damaged or truncated
    Sql, // an unexpected SQLite error (a bug): the detail says which
};

using VaultFailure = Error<VaultError>;
template <typename T>
using VaultResult = Expected<T, VaultFailure>;

/// Shorthand for building an error result.
inline Unexpected<VaultFailure> vaultError(VaultError code, QString message, QString detail = {})
{
    return Unexpected<VaultFailure>(VaultFailure{code, std::move(message), std::move(detail)});
}

/// The stable kebab-case name of a code ("wrong-passphrase"…), for logs and JSON.
QString vaultErrorName(VaultError code);

} // namespace sotto
