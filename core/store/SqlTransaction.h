// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"

namespace sotto {

class Vault;

/// A write transaction (BEGIN IMMEDIATE), or a savepoint when one is already
/// open, so repository calls compose: the bench wraps thousands of appends in one
/// transaction, each append wraps its rows in a savepoint. Rolls back unless
/// commit() succeeded. Vault thread only; must not outlive the vault.
class SqlTransaction final {
public:
    SqlTransaction() = default;
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;
    SqlTransaction(SqlTransaction &&other) noexcept;
    SqlTransaction &operator=(SqlTransaction &&other) noexcept;

    VaultResult<void> commit();
    void rollback();

private:
    friend class Vault;
    SqlTransaction(Vault *vault, int savepoint);

    Vault *m_vault = nullptr;
    int m_savepoint = 0; // 0: the outer transaction
};

} // namespace sotto
