// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"
#include "core/types/Ensemble.h"

#include <QCoreApplication>
#include <QList>

namespace sotto {

class Vault;

/// Saved Contemplating ensembles, by unique name. Each is one row of the vault's
/// settings table (key "ensemble.NAME", a JSON value), so it needs no table of its
/// own and lives, like every setting, only inside the encrypted vault.
/// Synchronous; vault thread; does not own the vault.
class EnsembleRepository final {
    Q_DECLARE_TR_FUNCTIONS(sotto::EnsembleRepository)

public:
    explicit EnsembleRepository(Vault &vault);

    /// Inserts, or replaces the ensemble of the same name. InvalidArgument when
    /// the name is empty or it has fewer than 2 or more than 8 agents.
    VaultResult<void> save(const Ensemble &ensemble);
    VaultResult<Ensemble> get(const QString &name);
    /// By name.
    VaultResult<QList<Ensemble>> list();
    VaultResult<void> remove(const QString &name);

private:
    Vault &m_vault;
};

} // namespace sotto
