// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/AgentLaneRepository.h"

#include "core/store/SqlQuery.h"
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
    const qint64 created = lane.createdAt.isValid() ? toMs(lane.createdAt) : nowMs();
    if (auto ran = sql::run(
            m_vault,
            "INSERT INTO agent_lanes (conversation_id, message_id, turn_id, agent_index, round, provider, "
            "model, "
            "perspective, text, thinking, status, error_text, input_tokens, output_tokens, created_at, "
            "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            {lane.conversationId, idOrNull(lane.messageId), lane.turnId, lane.agentIndex, lane.round,
             lane.provider, lane.model, lane.perspective, lane.text, lane.thinking, storedStatus(lane.status),
             lane.errorText, inputTokens(lane.usage), outputTokens(lane.usage), created,
             lane.updatedAt.isValid() ? toMs(lane.updatedAt) : created});
        !ran)
        return ran;
    m_vault.pendingChanges().messages.insert(lane.conversationId);
    return {};
}

VaultResult<AgentLane> AgentLaneRepository::save(const AgentLane &lane)
{
    auto stored = sql::row(
        m_vault,
        "INSERT INTO agent_lanes (conversation_id, message_id, turn_id, agent_index, round, provider, model, "
        "perspective, text, thinking, status, error_text, input_tokens, output_tokens, created_at, "
        "updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15) "
        "ON CONFLICT (turn_id, agent_index, round) DO UPDATE SET message_id = excluded.message_id, "
        "provider = excluded.provider, model = excluded.model, perspective = excluded.perspective, "
        "text = excluded.text, thinking = excluded.thinking, status = excluded.status, "
        "error_text = excluded.error_text, input_tokens = excluded.input_tokens, "
        "output_tokens = excluded.output_tokens, updated_at = excluded.updated_at "
        "RETURNING " SOTTO_LANE_COLUMNS,
        {lane.conversationId, idOrNull(lane.messageId), lane.turnId, lane.agentIndex, lane.round,
         lane.provider, lane.model, lane.perspective, lane.text, lane.thinking, storedStatus(lane.status),
         lane.errorText, inputTokens(lane.usage), outputTokens(lane.usage), nowMs()},
        readLane);
    return std::move(stored).transform([&](std::optional<AgentLane> saved) {
        m_vault.pendingChanges().messages.insert(lane.conversationId);
        return saved.value_or(AgentLane());
    });
}

VaultResult<QList<AgentLane>> AgentLaneRepository::listForTurn(const QString &turnId)
{
    return sql::rows(m_vault,
                     "SELECT " SOTTO_LANE_COLUMNS
                     " FROM agent_lanes WHERE turn_id = ?1 ORDER BY round, agent_index",
                     {turnId}, readLane);
}

VaultResult<QList<AgentLane>> AgentLaneRepository::listForConversation(qint64 conversationId)
{
    return sql::rows(m_vault,
                     "SELECT " SOTTO_LANE_COLUMNS " FROM agent_lanes WHERE conversation_id = ?1 ORDER BY id",
                     {conversationId}, readLane);
}

VaultResult<bool> AgentLaneRepository::hasLanes(qint64 conversationId)
{
    return sql::integer(m_vault, "SELECT 1 FROM agent_lanes WHERE conversation_id = ?1 LIMIT 1",
                        {conversationId})
        .transform([](qint64 found) {
            return found != 0;
        });
}

VaultResult<void> AgentLaneRepository::append(const QString &turnId, int agentIndex, int round,
                                              const QString &text, const QString &thinking)
{
    return changed(
        sql::row(m_vault,
                 "UPDATE agent_lanes SET text = text || ?1, thinking = thinking || ?2, updated_at = ?3 "
                 "WHERE turn_id = ?4 AND agent_index = ?5 AND round = ?6 RETURNING conversation_id",
                 {text, thinking, nowMs(), turnId, agentIndex, round}, sql::firstInteger));
}

VaultResult<void> AgentLaneRepository::finish(const QString &turnId, int agentIndex, int round,
                                              MessageStatus status, const QString &errorText,
                                              const std::optional<Usage> &usage)
{
    return changed(
        sql::row(m_vault,
                 "UPDATE agent_lanes SET status = ?1, error_text = ?2, input_tokens = ?3, "
                 "output_tokens = ?4, updated_at = ?5 "
                 "WHERE turn_id = ?6 AND agent_index = ?7 AND round = ?8 RETURNING conversation_id",
                 {storedStatus(status == MessageStatus::Streaming ? MessageStatus::Partial : status),
                  errorText, inputTokens(usage), outputTokens(usage), nowMs(), turnId, agentIndex, round},
                 sql::firstInteger));
}

VaultResult<void> AgentLaneRepository::changed(VaultResult<std::optional<qint64>> conversationId)
{
    return orNotFound(std::move(conversationId), QStringLiteral("no such agent lane"))
        .transform([this](qint64 id) {
            m_vault.pendingChanges().messages.insert(id);
        });
}

VaultResult<void> AgentLaneRepository::attachToMessage(const QString &turnId, qint64 messageId)
{
    return sql::run(m_vault, "UPDATE agent_lanes SET message_id = ?1 WHERE turn_id = ?2",
                    {messageId, turnId});
}

} // namespace sotto
