// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/SqlStatement.h"
#include "core/store/Vault.h"

#include <initializer_list>

/// One-call statements on a vault's connection, so a repository says what it
/// stores and reads rather than how each step's error travels: each prepares
/// `sql` (from the vault's statement cache), binds `values` to ?1, ?2, … (see
/// SqlValue), steps, and returns the first failure of any of these unchanged.
/// The statement goes back to the cache before the call returns. Vault thread only.
namespace sotto::sql {

/// The statement for `sql` with `values` bound, for a caller that steps it itself.
VaultResult<SqlStatement> prepare(Vault &vault, const char *sql, std::initializer_list<SqlValue> values = {});

/// Runs `sql` to its end: an INSERT, UPDATE or DELETE.
VaultResult<void> run(Vault &vault, const char *sql, std::initializer_list<SqlValue> values = {});

/// The first column of the first row as an integer, 0 when there is no row: a
/// count, an id looked up, an EXISTS.
VaultResult<qint64> integer(Vault &vault, const char *sql, std::initializer_list<SqlValue> values = {});

/// `read(row)` for the first row, or std::nullopt when there is none (see SqlStatement::row).
template <typename Read>
auto row(Vault &vault, const char *sql, std::initializer_list<SqlValue> values, Read &&read)
{
    return prepare(vault, sql, values).and_then([&](SqlStatement statement) {
        return statement.row(read);
    });
}

/// `read(row)` for every row, in order.
template <typename Read>
auto rows(Vault &vault, const char *sql, std::initializer_list<SqlValue> values, Read &&read)
{
    return prepare(vault, sql, values).and_then([&](SqlStatement statement) {
        return statement.rows(read);
    });
}

/// Calls `each(row)` for every row, for results that are not a list.
template <typename Each>
VaultResult<void> forEachRow(Vault &vault, const char *sql, std::initializer_list<SqlValue> values,
                             Each &&each)
{
    return prepare(vault, sql, values).and_then([&](SqlStatement statement) {
        return statement.forEachRow(each);
    });
}

} // namespace sotto::sql

namespace sotto {

/// `found`'s value, or a NotFound failure with `message` when it holds none;
/// a failure passes through.
template <typename T>
VaultResult<T> orNotFound(VaultResult<std::optional<T>> found, const QString &message)
{
    return std::move(found).and_then([&](std::optional<T> value) -> VaultResult<T> {
        if (!value)
            return vaultError(VaultError::NotFound, message);
        return std::move(*value);
    });
}

} // namespace sotto
