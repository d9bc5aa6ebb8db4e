// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/ContemplationRequests.h"
#include "core/orchestration/TurnJob.h"

#include <QHash>
#include <QPointer>

namespace sotto {

class AnswerStream;
struct SendContext;

/// A Contemplating turn (DESIGN.md, "Modes"): K agents answer in parallel, in
/// Thinking mode, each with its own perspective, provider and model and its own
/// context budget and deadline; with 2 rounds each agent then revises after
/// reading the others' first answers; one synthesis request reads the question
/// and the agents' final answers (never their reasoning) and streams the
/// answer into the turn's message. Every request carries the answer's turn id.
///
/// Each agent's request streams into its own `agent_lanes` row (LaneAnswerStore,
/// round 0 and 1) linked to the answer message; only the synthesis is a message,
/// so later turns carry only it. An agent that fails or passes its deadline is
/// reported and skipped; with none left the turn fails with each agent's error,
/// the message stored as an error. Cancel stops every request; the answer is
/// stored as cancelled. A local-only conversation whose ensemble names any
/// non-loopback agent or synthesiser sends nothing: only those requests are
/// handed to the gate, which refuses and records each one (blocked).
///
/// See TurnJob for the signals, thread and ownership. The agents' backends are
/// held by the request's plan (shared), the turn's backend by the caller.
class ContemplatingTurn final : public TurnJob {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContemplatingTurn)

public:
    ContemplatingTurn(VaultService &vault, Backend &backend, TurnRequest request, QObject *parent = nullptr);
    ~ContemplatingTurn() override;

    void start() override;
    void cancel() override;
    QList<AgentLane> agents() const override;

private:
    /// start() once the history is here (TurnJob::readHistory()).
    void begin();
    bool incognito() const { return m_request.conversation.incognito; }
    bool isLoopback(const Backend &backend) const;
    SendContext sendContext(const ContextFit &fit) const;
    void refuseRemoteParties();
    void runRound(int round);
    AnswerStream *launch(qsizetype laneIndex, Backend &backend, const ChatRequest &request,
                         const SendContext &context, bool keep);
    void onLaneFinished(qsizetype laneIndex, AnswerStream *stream, const ChatResult &result);
    void afterRound();
    /// The agents' final answers: each agent's last complete round.
    QList<AgentAnswer> finalAnswers() const;
    void synthesize();
    void onSynthesized(const ChatResult &result);
    /// Ends the turn without a synthesis: the message stored as `status` with `message`.
    void endWithout(ChatResult result);

    VaultService &m_vault;
    Backend &m_backend;
    TurnRequest m_request;
    QList<Message> m_history; // the visible path with the question last
    QList<ContemplatingAgent> m_agents;
    ContemplatingAgent m_synthesizer;
    QList<AgentLane> m_lanes; // every request of the agents, round 0 first
    QList<ChatResult> m_laneResults;
    QList<QPointer<AnswerStream>> m_laneStreams; // each lane's stream while it runs (by lane index)
    QList<QPointer<AnswerStream>> m_streams;
    QPointer<AnswerStream> m_synthesis;
    int m_round = 0;
    int m_pending = 0;
    bool m_refusing = false; // local-only with a remote party: only the refusals are asked
    bool m_cancelled = false;
};

} // namespace sotto
