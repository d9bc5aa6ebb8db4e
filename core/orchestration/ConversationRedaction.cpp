// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/ConversationRedaction.h"

#include "core/orchestration/PolicySettings.h"
#include "core/privacy/RedactionMap.h"
#include "core/providers/ChatRequest.h"
#include "core/store/ProviderRepository.h"
#include "core/store/RedactionRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/types/ProviderConfig.h"

namespace sotto {

ConversationRedaction::ConversationRedaction(RedactionPolicy policy, const QStringList &terms,
                                             std::shared_ptr<RedactionMap> map,
                                             const QMap<QString, RedactionPolicy> &providerPolicies)
    : m_policy(policy)
    , m_providerPolicies(providerPolicies)
    , m_terms(terms)
    , m_redactor(terms)
    , m_map(map ? std::move(map) : std::make_shared<RedactionMap>())
    , m_storedSize(m_map->size())
{ }

ConversationRedaction::ConversationRedaction(const RedactionSetup &setup)
    : ConversationRedaction(
        setup.policy, setup.terms,
        std::make_shared<RedactionMap>(RedactionMap::fromJson(setup.map).value_or(RedactionMap())),
        setup.providerPolicies)
{ }

VaultResult<RedactionSetup> ConversationRedaction::readSetup(Vault &vault, qint64 conversationId)
{
    RedactionSetup setup;
    auto settings = SettingsRepository(vault).all();
    if (!settings)
        return Unexpected<VaultFailure>(std::move(settings).error());
    setup.policy = PolicySettings::redaction(*settings);
    auto overrides = ProviderRepository(vault).redactionOverrides();
    if (!overrides)
        return Unexpected<VaultFailure>(std::move(overrides).error());
    setup.providerPolicies = std::move(*overrides);
    RedactionRepository repository(vault);
    auto terms = repository.terms();
    if (!terms)
        return Unexpected<VaultFailure>(std::move(terms).error());
    setup.terms = std::move(*terms);
    if (conversationId > 0) {
        auto map = repository.map(conversationId);
        if (!map)
            return Unexpected<VaultFailure>(std::move(map).error());
        setup.map = std::move(*map);
    }
    return setup;
}

ConversationRedaction ConversationRedaction::fork() const
{
    return ConversationRedaction(m_policy, m_terms, std::make_shared<RedactionMap>(*m_map),
                                 m_providerPolicies);
}

bool ConversationRedaction::appliesTo(const ProviderConfig &provider) const
{
    return redactsFor(m_providerPolicies.value(provider.name, m_policy), provider.baseUrl);
}

int ConversationRedaction::apply(ChatRequest &request)
{
    int count = 0;
    const auto redact = [this, &count](QString &text) {
        if (text.isEmpty())
            return;
        Redaction redaction = m_redactor.redact(text, *m_map);
        count += redaction.count();
        text = std::move(redaction.text);
    };
    redact(request.systemPrompt);
    for (Message &message : request.history) {
        redact(message.content);
        redact(message.thinking);
    }
    return count;
}

bool ConversationRedaction::takeGrown()
{
    if (m_map->size() == m_storedSize)
        return false;
    m_storedSize = m_map->size();
    return true;
}

} // namespace sotto
