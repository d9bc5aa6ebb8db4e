// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/AgentLaneRepository.h"

#include "core/store/StoreValues.h"
#include "core/store/Vault.h"

namespace sotto {

using namespace store;

namespace {

#define SOTTO_LANE_COLUMNS                                                                                   \
    "id, conversation_id, message_id, turn_id, agent_index, round, provider, model, perspective, text, "     \
    "thinking, "                                                                                             \
    "status, error_text, input_tokens, output_tokens, created_at, updated_at"

AgentLane readLane(const SqlStatement &row)
{
    AgentLane lane;
    lane.id = row.int64(0);
    lane.conversationId = row.int64(1);
    lane.messageId = row.isNull(2) ? 0 : row.int64(2);
    lane.turnId = row.text(3);
    lane.agentIndex = int(row.int64(4));
    lane.round = int(row.int64(5));
    lane.provider = row.text(6);
    lane.model = row.text(7);
    lane.perspective = row.text(8);
    lane.text = row.text(9);
    lane.thinking = row.text(10);
    lane.status = statusFromStored(row.text(11));
    lane.errorText = row.text(12);
    if (!row.isNull(13) || !row.isNull(14))
        lane.usage = Usage{row.int64(13), row.int64(14)};
    lane.createdAt = fromMs(row.int64(15));
    lane.updatedAt = fromMs(row.int64(16));
    return lane;
}

} // namespace

AgentLaneRepository::AgentLaneRepository(Vault &vault)
    : m_vault(vault)
{ }

VaultResult<void> AgentLaneRepository::restore(const AgentLane &lane)
{
    auto insert = m_vault.prepare(
        "INSERT INTO agent_lanes (conversation_id, message_id, turn_id, agent_index, round, provider, model, "
        "perspective, text, thinking, status, error_text, input_tokens, output_tokens, created_at, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!insert)
        return Unexpected<VaultFailure>(std::move(insert).error());
    insert->bind(1, lane.conversationId);
    if (lane.messageId > 0)
        insert->bind(2, lane.messageId);
    else
        insert->bindNull(2);
    insert->bind(3, lane.turnId)
        .bind(4, lane.agentIndex)
        .bind(5, lane.round)
        .bind(6, lane.provider)
        .bind(7, lane.model)
        .bind(8, lane.perspective)
        .bind(9, lane.text)
        .bind(10, lane.thinking)
        .bind(11, storedStatus(lane.status))
        .bind(12, lane.errorText);
    if (lane.usage)
        insert->bind(13, lane.usage->inputTokens).bind(14, lane.usage->outputTokens);
    else
        insert->bindNull(13).bindNull(14);
    const qint64 created = lane.createdAt.isValid() ? toMs(lane.createdAt) : nowMs();
    insert->bind(15, created).bind(16, lane.updatedAt.isValid() ? toMs(lane.updatedAt) : created);
    if (auto ran = insert->run(); !ran)
        return Unexpected<VaultFailure>(std::move(ran).error());
    m_vault.pendingChanges().messages.insert(lane.conversationId);
    return {};
}

VaultResult<AgentLane> AgentLaneRepository::save(const AgentLane &lane)
{
    const qint64 now = nowMs();
    auto upsert = m_vault.prepare(
        "INSERT INTO agent_lanes (conversation_id, message_id, turn_id, agent_index, round, provider, model, "
        "perspective, text, thinking, status, error_text, input_tokens, output_tokens, created_at, "
        "updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15) "
        "ON CONFLICT (turn_id, agent_index, round) DO UPDATE SET message_id = excluded.message_id, "
        "provider = excluded.provider, model = excluded.model, perspective = excluded.perspective, "
        "text = excluded.text, thinking = excluded.thinking, status = excluded.status, "
        "error_text = excluded.error_text, input_tokens = excluded.input_tokens, "
        "output_tokens = excluded.output_tokens, updated_at = excluded.updated_at "
        "RETURNING " SOTTO_LANE_COLUMNS);
    if (!upsert)
        return Unexpected<VaultFailure>(std::move(upsert).error());
    upsert->bind(1, lane.conversationId);
    if (lane.messageId > 0)
        upsert->bind(2, lane.messageId);
    else
        upsert->bindNull(2);
    upsert->bind(3, lane.turnId)
        .bind(4, lane.agentIndex)
        .bind(5, lane.round)
        .bind(6, lane.provider)
        .bind(7, lane.model)
        .bind(8, lane.perspective)
        .bind(9, lane.text)
        .bind(10, lane.thinking)
        .bind(11, storedStatus(lane.status))
        .bind(12, lane.errorText);
    if (lane.usage)
        upsert->bind(13, lane.usage->inputTokens).bind(14, lane.usage->outputTokens);
    else
        upsert->bindNull(13).bindNull(14);
    upsert->bind(15, now);
    auto row = upsert->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    const AgentLane stored = readLane(*upsert);
    if (auto rest = upsert->run(); !rest)
        return Unexpected<VaultFailure>(std::move(rest).error());
    m_vault.pendingChanges().messages.insert(lane.conversationId);
    return stored;
}

VaultResult<QList<AgentLane>> AgentLaneRepository::collect(SqlStatement &select)
{
    QList<AgentLane> lanes;
    for (;;) {
        auto row = select.step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (!*row)
            return lanes;
        lanes.append(readLane(select));
    }
}

VaultResult<QList<AgentLane>> AgentLaneRepository::listForTurn(const QString &turnId)
{
    auto select = m_vault.prepare("SELECT " SOTTO_LANE_COLUMNS
                                  " FROM agent_lanes WHERE turn_id = ?1 ORDER BY round, agent_index");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, turnId);
    return collect(*select);
}

VaultResult<QList<AgentLane>> AgentLaneRepository::listForConversation(qint64 conversationId)
{
    auto select = m_vault.prepare("SELECT " SOTTO_LANE_COLUMNS " FROM agent_lanes WHERE conversation_id = ?1 "
                                  "ORDER BY id");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, conversationId);
    return collect(*select);
}

VaultResult<bool> AgentLaneRepository::hasLanes(qint64 conversationId)
{
    auto select = m_vault.prepare("SELECT 1 FROM agent_lanes WHERE conversation_id = ?1 LIMIT 1");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, conversationId);
    return select->step();
}

VaultResult<void> AgentLaneRepository::append(const QString &turnId, int agentIndex, int round,
                                              const QString &text, const QString &thinking)
{
    auto update = m_vault.prepare("UPDATE agent_lanes SET text = text || ?1, thinking = thinking || ?2, "
                                  "updated_at = ?3 WHERE turn_id = ?4 AND agent_index = ?5 AND round = ?6 "
                                  "RETURNING conversation_id");
    if (!update)
        return Unexpected<VaultFailure>(std::move(update).error());
    update->bind(1, text)
        .bind(2, thinking)
        .bind(3, nowMs())
        .bind(4, turnId)
        .bind(5, agentIndex)
        .bind(6, round);
    return changed(*update);
}

VaultResult<void> AgentLaneRepository::finish(const QString &turnId, int agentIndex, int round,
                                              MessageStatus status, const QString &errorText,
                                              const std::optional<Usage> &usage)
{
    auto update = m_vault.prepare("UPDATE agent_lanes SET status = ?1, error_text = ?2, input_tokens = ?3, "
                                  "output_tokens = ?4, updated_at = ?5 "
                                  "WHERE turn_id = ?6 AND agent_index = ?7 AND round = ?8 "
                                  "RETURNING conversation_id");
    if (!update)
        return Unexpected<VaultFailure>(std::move(update).error());
    update->bind(1, storedStatus(status == MessageStatus::Streaming ? MessageStatus::Partial : status))
        .bind(2, errorText);
    if (usage)
        update->bind(3, usage->inputTokens).bind(4, usage->outputTokens);
    else
        update->bindNull(3).bindNull(4);
    update->bind(5, nowMs()).bind(6, turnId).bind(7, agentIndex).bind(8, round);
    return changed(*update);
}

VaultResult<void> AgentLaneRepository::changed(SqlStatement &update)
{
    auto row = update.step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    if (!*row)
        return vaultError(VaultError::NotFound, QStringLiteral("no such agent lane"));
    m_vault.pendingChanges().messages.insert(update.int64(0));
    if (auto rest = update.run(); !rest)
        return rest;
    return {};
}

VaultResult<void> AgentLaneRepository::attachToMessage(const QString &turnId, qint64 messageId)
{
    auto update = m_vault.prepare("UPDATE agent_lanes SET message_id = ?1 WHERE turn_id = ?2");
    if (!update)
        return Unexpected<VaultFailure>(std::move(update).error());
    update->bind(1, messageId).bind(2, turnId);
    return update->run();
}

} // namespace sotto
