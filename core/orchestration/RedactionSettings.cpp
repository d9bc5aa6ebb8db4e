// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/RedactionSettings.h"

#include "core/orchestration/ConversationRedaction.h"
#include "core/orchestration/PolicySettings.h"
#include "core/store/ProviderRepository.h"
#include "core/store/RedactionRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"
#include "core/store/VaultService.h"

namespace sotto {

RedactionSettings::RedactionSettings(VaultService &vault, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
{ }

void RedactionSettings::read(QObject *context, Read done)
{
    m_vault.run(
        [](Vault &vault) -> VaultResult<State> {
            // Read as a turn reads it, default and bad values included.
            return ConversationRedaction::readSetup(vault, 0).transform([](RedactionSetup setup) {
                return State{setup.policy, std::move(setup.terms), std::move(setup.providerPolicies)};
            });
        },
        context, std::move(done));
}

void RedactionSettings::setPolicy(RedactionPolicy policy, QObject *context, Done done)
{
    m_vault.run(
        [policy](Vault &vault) -> VaultResult<void> {
            // The same key and value `sotto policy set redact` writes.
            const auto entry
                = PolicySettings::validate(QStringLiteral("redact"), redactionPolicyName(policy));
            Q_ASSERT(entry);
            return SettingsRepository(vault).setValue(entry->first, entry->second);
        },
        context, std::move(done));
}

void RedactionSettings::addTerm(const QString &term, QObject *context, Changed done)
{
    m_vault.run(
        [term](Vault &vault) {
            return RedactionRepository(vault).addTerm(term);
        },
        context, std::move(done));
}

void RedactionSettings::removeTerm(const QString &term, QObject *context, Changed done)
{
    m_vault.run(
        [term](Vault &vault) {
            return RedactionRepository(vault).removeTerm(term);
        },
        context, std::move(done));
}

void RedactionSettings::setProviderPolicy(const QString &name, std::optional<RedactionPolicy> policy,
                                          QObject *context, Done done)
{
    m_vault.run(
        [name, policy](Vault &vault) {
            return ProviderRepository(vault).setRedaction(name, policy);
        },
        context, std::move(done));
}

} // namespace sotto
