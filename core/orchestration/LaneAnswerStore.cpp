// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/LaneAnswerStore.h"

#include "core/store/VaultService.h"

namespace sotto {

namespace {

/// A lane's batches reach the vault this often (as a message's stream commits).
constexpr int WRITE_INTERVAL_MS = 250;

} // namespace

LaneAnswerStore::LaneAnswerStore(VaultService &vault, const AgentLane &lane)
    : m_vault(vault)
    , m_turnId(lane.turnId)
    , m_agentIndex(lane.agentIndex)
    , m_round(lane.round)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(WRITE_INTERVAL_MS);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
        write();
    });
    AgentLane row = lane;
    row.status = MessageStatus::Partial;
    (void)m_vault.run([row](Vault &v) -> VaultResult<void> {
        return AgentLaneRepository(v).save(row).transform([](const AgentLane &) {});
    });
}

void LaneAnswerStore::append(const QString &text, const QString &thinking)
{
    m_text += text;
    m_thinking += thinking;
    if (!m_timer.isActive())
        m_timer.start();
}

void LaneAnswerStore::write()
{
    m_timer.stop();
    if (m_text.isEmpty() && m_thinking.isEmpty())
        return;
    (void)m_vault.run([turnId = m_turnId, agent = m_agentIndex, round = m_round,
                       text = std::exchange(m_text, {}), thinking = std::exchange(m_thinking, {})](Vault &v) {
        return AgentLaneRepository(v).append(turnId, agent, round, text, thinking);
    });
}

void LaneAnswerStore::finish(MessageStatus status, const QString &errorText,
                             const std::optional<Usage> &usage, QObject *context, Done done)
{
    write();
    m_vault.run(
        [turnId = m_turnId, agent = m_agentIndex, round = m_round, status, errorText, usage](Vault &v) {
            return AgentLaneRepository(v).finish(turnId, agent, round, status, errorText, usage);
        },
        context, std::move(done));
}

void LaneAnswerStore::abandon()
{
    write();
    (void)m_vault.run([turnId = m_turnId, agent = m_agentIndex, round = m_round](Vault &v) {
        return AgentLaneRepository(v).finish(turnId, agent, round, MessageStatus::Partial, {}, std::nullopt);
    });
}

} // namespace sotto
