// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/EnsemblePlan.h"

namespace sotto {

ContemplationPlan
ensemblePlan(const Ensemble &ensemble,
             const std::function<std::shared_ptr<Backend>(const QString &provider)> &backendOf,
             ContemplationPlan base)
{
    const auto planned = [&backendOf](const EnsembleAgent &agent) {
        AgentPlan plan;
        plan.backend = backendOf(agent.provider);
        plan.model = agent.model;
        plan.perspective = agent.perspective;
        return plan;
    };
    base.agents.clear();
    for (const EnsembleAgent &agent : ensemble.agents)
        base.agents << planned(agent);
    base.synthesizer
        = ensemble.synthesizer ? std::optional<AgentPlan>(planned(*ensemble.synthesizer)) : std::nullopt;
    base.rounds = ensemble.rounds;
    return base;
}

} // namespace sotto
