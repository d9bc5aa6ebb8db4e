// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/MessageChunks.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreValues.h"
#include "core/store/Vault.h"

namespace sotto {

using namespace store;

VaultResult<void> MessageChunks::append(Vault &vault, qint64 messageId, qint64 seq, const QString &content,
                                        const QString &thinking)
{
    // A message deleted while it streams: no row, reported below, rather than a
    // foreign-key failure.
    if (auto ran = sql::run(vault,
                            "INSERT INTO message_chunks (message_id, seq, content, thinking, created_at) "
                            "SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM messages WHERE id = ?1)",
                            {messageId, seq, content, thinking, nowMs()});
        !ran)
        return ran;
    if (vault.changes() == 0)
        return vaultError(VaultError::NotFound, QStringLiteral("the streamed message was deleted"));
    return {};
}

VaultResult<void> MessageChunks::settle(Vault &vault, qint64 messageId)
{
    return sql::inTransaction(vault, [&]() -> VaultResult<void> {
        if (auto ran = sql::run(
                vault,
                "UPDATE messages SET "
                "content = content || (SELECT group_concat(c.content, '' ORDER BY c.seq) "
                "  FROM message_chunks AS c WHERE c.message_id = ?1), "
                "thinking = thinking || (SELECT group_concat(c.thinking, '' ORDER BY c.seq) "
                "  FROM message_chunks AS c WHERE c.message_id = ?1), "
                "updated_at = max(updated_at, (SELECT max(c.created_at) FROM message_chunks AS c WHERE "
                "c.message_id = ?1)) "
                "WHERE id = ?1 AND EXISTS (SELECT 1 FROM message_chunks AS c WHERE c.message_id = ?1)",
                {messageId});
            !ran)
            return ran;
        return sql::run(vault, "DELETE FROM message_chunks WHERE message_id = ?1", {messageId});
    });
}

VaultResult<int> MessageChunks::settleAll(Vault &vault)
{
    auto any = sql::integer(vault, "SELECT EXISTS (SELECT 1 FROM message_chunks)");
    if (!any || *any == 0)
        return std::move(any).transform([](qint64) {
            return 0;
        });

    int settled = 0;
    auto done = sql::inTransaction(vault, [&]() -> VaultResult<void> {
        auto joined = sql::forEachRow(
            vault,
            "UPDATE messages SET "
            "content = content || (SELECT group_concat(c.content, '' ORDER BY c.seq) "
            "  FROM message_chunks AS c WHERE c.message_id = messages.id), "
            "thinking = thinking || (SELECT group_concat(c.thinking, '' ORDER BY c.seq) "
            "  FROM message_chunks AS c WHERE c.message_id = messages.id), "
            "updated_at = max(updated_at, (SELECT max(c.created_at) FROM message_chunks AS c "
            "  WHERE c.message_id = messages.id)) "
            "WHERE id IN (SELECT message_id FROM message_chunks) RETURNING conversation_id",
            {}, [&](const SqlStatement &row) {
                ++settled;
                vault.pendingChanges().messages.insert(row.int64(0));
            });
        if (!joined)
            return joined;
        return vault.exec("DELETE FROM message_chunks");
    });
    return std::move(done).transform([&] {
        return settled;
    });
}

} // namespace sotto
