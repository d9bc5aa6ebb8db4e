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

/// What settle() joins: how many chunks, and the sizes in bytes of the message's
/// text and its chunks', so the joined text is built in one buffer of its final size.
struct Sizes {
    qint64 chunks = 0;
    qint64 content = 0;
    qint64 thinking = 0;
    qint64 lastChunkAt = 0;
};

/// One column of a message and its chunks, joined in one buffer of its final size.
struct Joined {
    QByteArray content;
    QByteArray thinking;
};

VaultResult<void> join(Vault &vault, qint64 messageId, const Sizes &sizes)
{
    Joined joined;
    joined.content.reserve(static_cast<qsizetype>(sizes.content));
    joined.thinking.reserve(static_cast<qsizetype>(sizes.thinking));
    const auto append = [&joined](const SqlStatement &row) {
        joined.content.append(row.utf8(0));
        joined.thinking.append(row.utf8(1));
    };
    auto read
        = sql::forEachRow(vault, "SELECT content, thinking FROM messages WHERE id = ?1", {messageId}, append)
              .and_then([&] {
                  return sql::forEachRow(
                      vault,
                      "SELECT content, thinking FROM message_chunks WHERE message_id = ?1 ORDER BY seq",
                      {messageId}, append);
              });
    if (!read)
        return read;
    // The statement goes back to the cache at the end of the call, before the
    // buffers it points into.
    auto updated
        = sql::prepare(vault,
                       "UPDATE messages SET content = ?2, thinking = ?3, updated_at = max(updated_at, ?4) "
                       "WHERE id = ?1",
                       {messageId})
              .and_then([&](SqlStatement update) {
                  update.bindUtf8(2, joined.content).bindUtf8(3, joined.thinking).bind(4, sizes.lastChunkAt);
                  return update.run();
              });
    if (!updated)
        return updated;
    return sql::run(vault, "DELETE FROM message_chunks WHERE message_id = ?1", {messageId});
}

/// settleAll()'s join: every message's chunks onto its text, in one statement.
// clang-format off
constexpr char SETTLE_ALL[] =
    "UPDATE messages SET "
    "content = content || " SOTTO_CHUNKS_JOINED("content") ", "
    "thinking = thinking || " SOTTO_CHUNKS_JOINED("thinking") ", "
    "updated_at = max(updated_at, (SELECT max(c.created_at) FROM message_chunks AS c "
    "  WHERE c.message_id = messages.id)) "
    "WHERE id IN (SELECT message_id FROM message_chunks) RETURNING conversation_id";
// clang-format on

} // namespace

VaultResult<void> MessageChunks::settle(Vault &vault, qint64 messageId)
{
    // Joined here rather than by group_concat(): SQLite would build the joined text
    // by doubling, then copy it into the concatenation and again into the row, several
    // whole copies of a long answer at once. Here there is one, bound without a copy.
    return sql::inTransaction(vault, [&] {
        auto sizes
            = sql::row(vault,
                       "SELECT count(*), total(length(CAST(c.content AS BLOB))), "
                       "total(length(CAST(c.thinking AS BLOB))), "
                       "max(c.created_at), length(CAST(m.content AS BLOB)), length(CAST(m.thinking AS BLOB)) "
                       "FROM messages AS m JOIN message_chunks AS c ON c.message_id = m.id WHERE m.id = ?1",
                       {messageId}, [](const SqlStatement &row) {
                           return Sizes{row.int64(0), row.int64(4) + row.int64(1),
                                        row.int64(5) + row.int64(2), row.int64(3)};
                       });
        return std::move(sizes).and_then([&](std::optional<Sizes> found) -> VaultResult<void> {
            if (!found || found->chunks == 0)
                return {}; // nothing to join (or the message is gone)
            return join(vault, messageId, *found);
        });
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
        auto joined = sql::forEachRow(vault, SETTLE_ALL, {}, [&](const SqlStatement &row) {
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
