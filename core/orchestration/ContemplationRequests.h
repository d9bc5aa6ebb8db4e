// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/ContextBudget.h"
#include "core/orchestration/TurnRequest.h"
#include "core/providers/ChatRequest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sotto {

class Backend;

/// One participant of a Contemplating turn with everything resolved: the
/// backend, the model it is asked for, its perspective and its context budget.
struct ContemplatingAgent {
    Backend *backend = nullptr;
    int index = 0; // 0-based position among the agents
    QString model;
    QString perspective;
    qint64 contextTokens = DEFAULT_CONTEXT_TOKENS;
};

/// An answer one agent gave, as the others and the synthesiser read it.
struct AgentAnswer {
    int index = 0;
    QString perspective;
    QString text;
};

/// The requests of a Contemplating turn, built in one place so that the turn
/// and its estimate (ContemplationEstimate) send and count the same bytes.
/// `history` is the visible path with the question last; each request fits it
/// to its agent's context budget. Agents ask in Thinking mode; perspectives are
/// instructions in the system prompt; a temperature only where the API accepts
/// one with reasoning on. The synthesis carries the question and the agents'
/// final answers, never their reasoning. Pure and static.
class ContemplationRequests final {
public:
    ContemplationRequests() = delete;

    /// The default perspectives, one per position (8: the most agents).
    static QStringList defaultPerspectives();
    /// The plan's agents (or agentCount copies of the turn's provider and model).
    static QList<ContemplatingAgent> agents(const TurnRequest &request, Backend &turnBackend);
    /// The plan's synthesiser, or the turn's provider and model.
    static ContemplatingAgent synthesizer(const TurnRequest &request, Backend &turnBackend);

    /// Round 1 of `agent`; `fit` receives what of the history it carries.
    static ChatRequest firstRound(const TurnRequest &request, const ContemplatingAgent &agent, int agentCount,
                                  const QList<Message> &history, ContextFit *fit = nullptr);
    /// Round 2: the agent's own first answer, then the others' first answers to revise by.
    static ChatRequest refinement(const TurnRequest &request, const ContemplatingAgent &agent, int agentCount,
                                  const QList<Message> &history, const QString &ownAnswer,
                                  const QList<AgentAnswer> &others, ContextFit *fit = nullptr);
    /// The synthesis of `answers` (the agents that answered) out of `agentCount`.
    static ChatRequest synthesis(const TurnRequest &request, const ContemplatingAgent &synthesizer,
                                 int agentCount, const QList<Message> &history,
                                 const QList<AgentAnswer> &answers, ContextFit *fit = nullptr);
};

} // namespace sotto
