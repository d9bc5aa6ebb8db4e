// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/SqlTransaction.h"

#include "core/store/Vault.h"

#include <utility>

namespace sotto {

SqlTransaction::SqlTransaction(Vault *vault, int savepoint)
    : m_vault(vault)
    , m_savepoint(savepoint)
{ }

SqlTransaction::~SqlTransaction()
{
    rollback();
}

SqlTransaction::SqlTransaction(SqlTransaction &&other) noexcept
    : m_vault(std::exchange(other.m_vault, nullptr))
    , m_savepoint(std::exchange(other.m_savepoint, 0))
{ }

SqlTransaction &SqlTransaction::operator=(SqlTransaction &&other) noexcept
{
    if (this != &other) {
        rollback();
        m_vault = std::exchange(other.m_vault, nullptr);
        m_savepoint = std::exchange(other.m_savepoint, 0);
    }
    return *this;
}

VaultResult<void> SqlTransaction::commit()
{
    if (!m_vault)
        return vaultError(VaultError::Sql, QStringLiteral("commit without a transaction"));
    Vault *vault = std::exchange(m_vault, nullptr);
    return vault->endTransaction(m_savepoint, true);
}

void SqlTransaction::rollback()
{
    if (Vault *vault = std::exchange(m_vault, nullptr))
        (void)vault->endTransaction(m_savepoint, false);
}

} // namespace sotto
