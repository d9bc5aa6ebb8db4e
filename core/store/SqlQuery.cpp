// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/SqlQuery.h"

namespace sotto::sql {

VaultResult<SqlStatement> prepare(Vault &vault, const char *sql, std::initializer_list<SqlValue> values)
{
    auto statement = vault.prepare(sql);
    if (statement)
        statement->bindAll(values);
    return statement;
}

VaultResult<void> run(Vault &vault, const char *sql, std::initializer_list<SqlValue> values)
{
    return prepare(vault, sql, values).and_then([](SqlStatement statement) {
        return statement.run();
    });
}

VaultResult<qint64> integer(Vault &vault, const char *sql, std::initializer_list<SqlValue> values)
{
    return row(vault, sql, values,
               [](const SqlStatement &first) {
                   return first.int64(0);
               })
        .transform([](std::optional<qint64> value) {
            return value.value_or(0);
        });
}

} // namespace sotto::sql
