// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"
#include "core/types/Message.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sotto {

class Vault;

/// One agent's lane of a Contemplating turn, kept so it can be viewed later.
struct AgentLane {
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 messageId = 0; // the synthesised answer it fed (0 until it exists)
    QString turnId;
    int agentIndex = 0;
    int round = 0; // 0: first answers; 1: the refinement round
    QString provider;
    QString model;
    QString perspective;
    QString text;
    QString thinking;
    MessageStatus status = MessageStatus::Partial; // Streaming is stored as Partial
    QString errorText;
    std::optional<Usage> usage;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// Contemplating's agent lanes, one row per (turn, agent, round); deleted with
/// their conversation. Synchronous; vault thread; does not own the vault.
class AgentLaneRepository final {
public:
    explicit AgentLaneRepository(Vault &vault);

    /// Inserts or replaces the lane of (turnId, agentIndex, round); returns it stored.
    VaultResult<AgentLane> save(const AgentLane &lane);
    /// Stores a lane as it was (an import): its times kept (now when invalid). A lane
    /// of the same turn, agent and round already stored is an error.
    VaultResult<void> restore(const AgentLane &lane);
    VaultResult<QList<AgentLane>> listForTurn(const QString &turnId);
    VaultResult<QList<AgentLane>> listForConversation(qint64 conversationId);
    /// Whether any Contemplating answer of the conversation has lanes (it was contemplated before).
    VaultResult<bool> hasLanes(qint64 conversationId);
    /// Appends a batch of a streaming lane's answer and reasoning.
    VaultResult<void> append(const QString &turnId, int agentIndex, int round, const QString &text,
                             const QString &thinking);
    /// Stores a lane's final state (its text is what was appended).
    VaultResult<void> finish(const QString &turnId, int agentIndex, int round, MessageStatus status,
                             const QString &errorText, const std::optional<Usage> &usage);
    /// Links every lane of `turnId` to the synthesised answer.
    VaultResult<void> attachToMessage(const QString &turnId, qint64 messageId);

private:
    /// Notes the change of the lane an UPDATE … RETURNING conversation_id found;
    /// NotFound when it found none.
    VaultResult<void> changed(VaultResult<std::optional<qint64>> conversationId);

    Vault &m_vault;
};

} // namespace sotto
