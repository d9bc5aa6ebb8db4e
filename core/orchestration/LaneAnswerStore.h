// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/AnswerStore.h"
#include "core/store/AgentLaneRepository.h"

#include <QTimer>

namespace sotto {

class VaultService;

/// Keeps one agent's answer of a Contemplating turn in its `agent_lanes` row:
/// the row is stored (partial) when the store is made, batches are appended at
/// most every 250 ms (each one vault job and one commit), and the final state
/// is stored with what was still buffered. Jobs run on the vault thread in the
/// order they are queued, so the row exists before the first append.
///
/// Thread of the VaultService; the service must outlive it.
class LaneAnswerStore final : public AnswerStore {
public:
    /// `lane` names the row (turn id, agent index, round) and carries its
    /// conversation, message, provider, model and perspective.
    LaneAnswerStore(VaultService &vault, const AgentLane &lane);

    void append(const QString &text, const QString &thinking) override;
    void finish(MessageStatus status, const QString &errorText, const std::optional<Usage> &usage,
                QObject *context, Done done) override;
    void abandon() override;

private:
    void write();

    VaultService &m_vault;
    QString m_turnId;
    int m_agentIndex;
    int m_round;
    QString m_text; // not yet written
    QString m_thinking;
    QTimer m_timer;
};

} // namespace sotto
