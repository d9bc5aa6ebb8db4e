// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/privacy/RedactionPolicy.h"
#include "core/store/VaultError.h"
#include "core/types/ModelCatalog.h"
#include "core/types/ProviderConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace sotto {

class Vault;

/// Configured providers, by unique name, API keys included: the key lives only
/// inside the encrypted vault. Listed in the order they were first saved.
/// Synchronous; vault thread; does not own the vault.
class ProviderRepository final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ProviderRepository)

public:
    explicit ProviderRepository(Vault &vault);

    /// Inserts, or replaces the provider of the same name (keeping its place).
    VaultResult<void> save(const ProviderConfig &provider);
    VaultResult<ProviderConfig> get(const QString &name);
    VaultResult<QList<ProviderConfig>> list();
    VaultResult<void> remove(const QString &name);
    /// Replaces only the cached model list and the context lengths reported for the
    /// models (after they were listed).
    VaultResult<void> setModelCatalog(const QString &name, const ModelCatalog &catalog);
    /// The providers whose redaction policy overrides the global one, by name; a provider
    /// not in it follows the global policy (docs/PRIVACY.md). save() leaves it as it is.
    VaultResult<QMap<QString, RedactionPolicy>> redactionOverrides();
    /// Sets provider `name`'s override; none: it follows the global policy again.
    /// NotFound when there is no such provider.
    VaultResult<void> setRedaction(const QString &name, std::optional<RedactionPolicy> policy);

private:
    Vault &m_vault;
};

} // namespace sotto
