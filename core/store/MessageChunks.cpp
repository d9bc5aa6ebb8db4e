// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/MessageChunks.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreValues.h"
#include "core/store/Vault.h"

#include <QByteArray>

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

namespace {

/// One column of a message and its chunks, joined in one buffer of its final size.
struct Joined {
    QByteArray content;
    QByteArray thinking;
};

} // namespace

VaultResult<void> MessageChunks::settle(Vault &vault, qint64 messageId)
{
    auto transaction = vault.transaction();
    if (!transaction)
        return Unexpected<VaultFailure>(std::move(transaction).error());
    // Joined here rather than by group_concat(): SQLite would build the joined text
    // by doubling, then copy it into the concatenation and again into the row, several
    // whole copies of a long answer at once. Here there is one, bound without a copy.
    auto sizes = vault.prepare(
        "SELECT count(*), total(length(CAST(c.content AS BLOB))), total(length(CAST(c.thinking AS BLOB))), "
        "max(c.created_at), length(CAST(m.content AS BLOB)), length(CAST(m.thinking AS BLOB)) "
        "FROM messages AS m JOIN message_chunks AS c ON c.message_id = m.id WHERE m.id = ?1");
    if (!sizes)
        return Unexpected<VaultFailure>(std::move(sizes).error());
    sizes->bind(1, messageId);
    auto counted = sizes->step();
    if (!counted)
        return Unexpected<VaultFailure>(std::move(counted).error());
    if (!*counted || sizes->int64(0) == 0)
        return transaction->commit(); // nothing to join (or the message is gone)
    const qint64 lastChunkAt = sizes->int64(3);
    Joined joined;
    joined.content.reserve(static_cast<qsizetype>(sizes->int64(4) + sizes->int64(1)));
    joined.thinking.reserve(static_cast<qsizetype>(sizes->int64(5) + sizes->int64(2)));
    sizes = SqlStatement();

    auto stored = vault.prepare("SELECT content, thinking FROM messages WHERE id = ?1");
    if (!stored)
        return Unexpected<VaultFailure>(std::move(stored).error());
    stored->bind(1, messageId);
    if (auto row = stored->step(); !row)
        return Unexpected<VaultFailure>(std::move(row).error());
    joined.content.append(stored->utf8(0));
    joined.thinking.append(stored->utf8(1));
    stored = SqlStatement();

    auto chunks
        = vault.prepare("SELECT content, thinking FROM message_chunks WHERE message_id = ?1 ORDER BY seq");
    if (!chunks)
        return Unexpected<VaultFailure>(std::move(chunks).error());
    chunks->bind(1, messageId);
    for (;;) {
        auto row = chunks->step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (!*row)
            break;
        joined.content.append(chunks->utf8(0));
        joined.thinking.append(chunks->utf8(1));
    }
    chunks = SqlStatement();

    auto update = vault.prepare(
        "UPDATE messages SET content = ?2, thinking = ?3, updated_at = max(updated_at, ?4) WHERE id = ?1");
    if (!update)
        return Unexpected<VaultFailure>(std::move(update).error());
    update->bind(1, messageId).bindUtf8(2, joined.content).bindUtf8(3, joined.thinking).bind(4, lastChunkAt);
    if (auto ran = update->run(); !ran)
        return ran;
    update = SqlStatement(); // before the buffers it points into
    auto remove = vault.prepare("DELETE FROM message_chunks WHERE message_id = ?1");
    if (!remove)
        return Unexpected<VaultFailure>(std::move(remove).error());
    remove->bind(1, messageId);
    if (auto ran = remove->run(); !ran)
        return ran;
    return transaction->commit();
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
