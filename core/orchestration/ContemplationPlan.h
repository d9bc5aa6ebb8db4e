// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Ensemble.h"

#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace sotto {

class Backend;

/// One participant of a Contemplating turn, resolved to the backend that sends
/// its requests.
struct AgentPlan {
    std::shared_ptr<Backend> backend; // null: the turn's own backend
    QString model; // empty: the turn's model (for its own backend) or the backend's default
    QString perspective; // empty: the default perspective of its position
};

/// Who contemplates a question (DESIGN.md, "Modes"): the agents, the
/// synthesiser, the rounds and each agent's deadline. Without agents, the
/// turn's own provider and model answer `agentCount` times with the default
/// perspectives. A saved Ensemble becomes a plan once its providers are
/// resolved to backends (the CLI and the GUI do that; core/store keeps only names).
struct ContemplationPlan {
    static constexpr std::chrono::seconds DEFAULT_AGENT_DEADLINE{180};
    /// The vault setting that holds the deadline in seconds (`policy set agent-deadline N`).
    static constexpr char DEADLINE_SETTING[] = "contemplating.agent-deadline";

    QList<AgentPlan> agents;
    int agentCount = Ensemble::DEFAULT_AGENTS;
    std::optional<AgentPlan> synthesizer; // nullopt: the turn's backend and model
    int rounds = 1; // 2: each agent revises after reading the others' first answers
    /// How long each agent's request may take, for each round (0: no limit).
    std::chrono::milliseconds agentDeadline = DEFAULT_AGENT_DEADLINE;
};

} // namespace sotto
