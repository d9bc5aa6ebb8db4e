// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/SqlStatement.h"
#include "core/store/Vault.h"

#include <initializer_list>
#include <type_traits>

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

/// `read(row)` for the row of each of `keys` that has one, in the order of
/// `keys`: one statement, reset and bound to each key as ?1 in turn (a lookup by
/// id, not prepared again per id).
template <typename Read>
auto rowsFor(Vault &vault, const char *sql, const QList<qint64> &keys, Read &&read)
    -> VaultResult<QList<std::invoke_result_t<Read &, const SqlStatement &>>>
{
    auto statement = vault.prepare(sql);
    if (!statement)
        return Unexpected<VaultFailure>(std::move(statement).error());
    QList<std::invoke_result_t<Read &, const SqlStatement &>> found;
    for (qint64 key : keys) {
        statement->reset();
        statement->bind(1, key);
        VaultResult<bool> row = statement->step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (*row)
            found.append(read(std::as_const(*statement)));
    }
    return found;
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

/// The reader of a row whose first column is an integer (an id RETURNING gives).
inline qint64 firstInteger(const SqlStatement &row)
{
    return row.int64(0);
}

/// Runs `body` (which returns a VaultResult) inside vault.transaction(), a
/// savepoint when one is already open, and commits when it succeeds. A failure of
/// the transaction's start, of the body or of the commit rolls everything back
/// and is the result; otherwise the body's value is. What must happen only once
/// the change is committed (noting pending changes) follows it, in `transform`.
template <typename Body>
auto inTransaction(Vault &vault, Body &&body) -> std::invoke_result_t<Body &>
{
    auto transaction = vault.transaction();
    if (!transaction)
        return Unexpected<VaultFailure>(std::move(transaction).error());
    auto result = body();
    if (!result)
        return result;
    return transaction->commit().and_then([&] {
        return std::move(result);
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
