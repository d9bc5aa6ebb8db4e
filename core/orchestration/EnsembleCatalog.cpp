// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/EnsembleCatalog.h"

#include "core/orchestration/ContemplationPlan.h"
#include "core/orchestration/ContemplationRequests.h"
#include "core/orchestration/PolicySettings.h"
#include "core/store/EnsembleRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/SqlQuery.h"
#include "core/store/Vault.h"
#include "core/store/VaultService.h"

#include <algorithm>

namespace sotto {

EnsembleCatalog::EnsembleCatalog(VaultService &vault, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
{ }

QStringList EnsembleCatalog::defaultPerspectives()
{
    return ContemplationRequests::defaultPerspectives();
}

void EnsembleCatalog::list(QObject *context, Listed done)
{
    m_vault.run(
        [](Vault &vault) {
            return EnsembleRepository(vault).list().transform([](QList<Ensemble> ensembles) {
                std::sort(ensembles.begin(), ensembles.end(), [](const Ensemble &a, const Ensemble &b) {
                    return QString::localeAwareCompare(a.name, b.name) < 0;
                });
                return ensembles;
            });
        },
        context, std::move(done));
}

void EnsembleCatalog::save(const Ensemble &ensemble, const QString &replacing, QObject *context, Done done)
{
    m_vault.run(
        [ensemble, replacing](Vault &vault) -> VaultResult<void> {
            const bool agentsNamed = std::all_of(ensemble.agents.cbegin(), ensemble.agents.cend(),
                                                 [](const EnsembleAgent &agent) {
                                                     return !agent.provider.trimmed().isEmpty();
                                                 });
            if (!agentsNamed)
                return vaultError(VaultError::InvalidArgument, tr("Choose a provider for every agent."));
            EnsembleRepository ensembles(vault);
            const bool renamed = !replacing.isEmpty() && replacing != ensemble.name;
            if (replacing.isEmpty() || renamed) {
                // A new name must not overwrite another ensemble.
                auto existing = ensembles.get(ensemble.name);
                if (existing)
                    return vaultError(VaultError::InvalidArgument,
                                      tr("There is already an ensemble named %1.").arg(ensemble.name));
                if (existing.error().code != VaultError::NotFound)
                    return Unexpected<VaultFailure>(existing.error());
            }
            return sql::inTransaction(vault, [&]() -> VaultResult<void> {
                if (auto saved = ensembles.save(ensemble); !saved || !renamed)
                    return saved;
                return ensembles.remove(replacing);
            });
        },
        context, std::move(done));
}

void EnsembleCatalog::remove(const QString &name, QObject *context, Done done)
{
    m_vault.run(
        [name](Vault &vault) {
            return EnsembleRepository(vault).remove(name);
        },
        context, std::move(done));
}

void EnsembleCatalog::agentDeadline(QObject *context, DeadlineRead done)
{
    m_vault.run(
        [](Vault &vault) {
            // Read as the CLI reads it (PolicySettings), default and bad values included.
            return SettingsRepository(vault).all().transform([](const PolicySettings::Settings &settings) {
                return std::chrono::duration_cast<std::chrono::seconds>(
                    PolicySettings::agentDeadline(settings));
            });
        },
        context, std::move(done));
}

void EnsembleCatalog::setAgentDeadline(std::chrono::seconds deadline, QObject *context, Done done)
{
    m_vault.run(
        [deadline](Vault &vault) {
            return SettingsRepository(vault).setValue(
                QString::fromLatin1(ContemplationPlan::DEADLINE_SETTING),
                QString::number(qMax<qint64>(0, deadline.count())));
        },
        context, std::move(done));
}

} // namespace sotto
