// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/EgressStack.h"

#include "core/net/EgressGate.h"
#include "core/orchestration/VaultAuditJournal.h"
#include "core/providers/HttpBackend.h"

namespace sotto {

EgressStack::EgressStack(VaultService &vault)
    : m_journal(std::make_unique<VaultAuditJournal>(vault))
    , m_gate(std::make_unique<EgressGate>(*m_journal))
{ }

EgressStack::~EgressStack()
{
    m_backends.clear();
    m_gate.reset();
    m_journal.reset();
}

std::shared_ptr<Backend> EgressStack::backend(const ProviderConfig &config)
{
    if (auto existing = m_backends.value(config.name))
        return existing;
    auto made = std::make_shared<HttpBackend>(config, *m_gate);
    made->setTimeouts(m_timeouts);
    m_backends.insert(config.name, made);
    return made;
}

std::shared_ptr<Backend> EgressStack::transientBackend(const ProviderConfig &config) const
{
    auto made = std::make_shared<HttpBackend>(config, *m_gate);
    made->setTimeouts(m_timeouts);
    return made;
}

void EgressStack::forgetBackends()
{
    m_backends.clear();
}

void EgressStack::setTimeouts(const EgressTimeouts &timeouts)
{
    m_timeouts = timeouts;
    m_backends.clear();
}

} // namespace sotto
