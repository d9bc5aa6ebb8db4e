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
    bool segmented = false; ///< already kept in segments
    qint64 nextSegment = 0; ///< the seq of its next segment
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

/// Writes a message's chunks, in order, as segments of at most
/// MessageChunks::SegmentBytes per column, cut after the last line break (else
/// space) of their second half, so no word is split unless one is longer than half
/// a segment. The first failure stops it and is finish()'s result.
class SegmentWriter {
public:
    SegmentWriter(Vault &vault, qint64 messageId, qint64 firstSeq)
        : m_vault(vault)
        , m_messageId(messageId)
        , m_seq(firstSeq)
    { }

    void add(QByteArrayView content, QByteArrayView thinking)
    {
        take(Content, content);
        take(Thinking, thinking);
    }

    VaultResult<void> finish()
    {
        for (int column : {Content, Thinking}) {
            if (!m_pending[column].isEmpty())
                write(column, m_pending[column].size());
        }
        return std::move(m_written);
    }

private:
    enum Column { Content, Thinking };

    void take(int column, QByteArrayView text)
    {
        QByteArray &pending = m_pending[column];
        pending.append(text);
        while (m_written && pending.size() > MessageChunks::SegmentBytes)
            write(column, cut(pending));
    }

    /// Where to cut `text`, longer than a segment.
    static qsizetype cut(const QByteArray &text)
    {
        constexpr qsizetype most = MessageChunks::SegmentBytes;
        for (char after : {'\n', ' '}) {
            if (const qsizetype at = text.lastIndexOf(after, most - 1); at >= most / 2)
                return at + 1;
        }
        // No break in half a segment: cut between two characters, not inside one.
        qsizetype at = most;
        while (at > 0 && (static_cast<uchar>(text.at(at)) & 0xC0) == 0x80)
            --at;
        return at;
    }

    void write(int column, qsizetype length)
    {
        if (!m_written)
            return;
        const QByteArray piece = m_pending[column].left(length);
        const QByteArray none("");
        m_written = sql::prepare(m_vault,
                                 "INSERT INTO message_segments (message_id, seq, content, thinking) "
                                 "VALUES (?1, ?2, ?3, ?4)",
                                 {m_messageId, m_seq})
                        .and_then([&](SqlStatement insert) {
                            insert.bindUtf8(3, column == Content ? piece : none)
                                .bindUtf8(4, column == Thinking ? piece : none);
                            return insert.run();
                        });
        m_pending[column].remove(0, length);
        ++m_seq;
    }

    Vault &m_vault;
    const qint64 m_messageId;
    qint64 m_seq;
    QByteArray m_pending[2];
    VaultResult<void> m_written;
};

/// A long answer's chunks moved into segments; its row says so.
VaultResult<void> segment(Vault &vault, qint64 messageId, const Sizes &sizes)
{
    SegmentWriter writer(vault, messageId, sizes.nextSegment);
    auto read = sql::forEachRow(
        vault, "SELECT content, thinking FROM message_chunks WHERE message_id = ?1 ORDER BY seq", {messageId},
        [&writer](const SqlStatement &row) {
            writer.add(row.utf8(0), row.utf8(1));
        });
    if (!read)
        return read;
    return writer.finish()
        .and_then([&] {
            return sql::run(
                vault, "UPDATE messages SET segmented = 1, updated_at = max(updated_at, ?2) WHERE id = ?1",
                {messageId, sizes.lastChunkAt});
        })
        .and_then([&] {
            return sql::run(vault, "DELETE FROM message_chunks WHERE message_id = ?1", {messageId});
        });
}

/// settle() of one message, in the caller's transaction.
VaultResult<void> settleOne(Vault &vault, qint64 messageId)
{
    auto sizes = sql::row(
        vault,
        "SELECT count(*), total(length(CAST(c.content AS BLOB))), total(length(CAST(c.thinking AS BLOB))), "
        "max(c.created_at), length(CAST(m.content AS BLOB)), length(CAST(m.thinking AS BLOB)), m.segmented, "
        "(SELECT ifnull(max(s.seq) + 1, 0) FROM message_segments AS s WHERE s.message_id = m.id) "
        "FROM messages AS m JOIN message_chunks AS c ON c.message_id = m.id WHERE m.id = ?1",
        {messageId}, [](const SqlStatement &row) {
            return Sizes{row.int64(0), row.int64(4) + row.int64(1), row.int64(5) + row.int64(2),
                         row.int64(3), row.int64(6) != 0,           row.int64(7)};
        });
    return std::move(sizes).and_then([&](std::optional<Sizes> found) -> VaultResult<void> {
        if (!found || found->chunks == 0)
            return {}; // nothing to join (or the message is gone)
        // A message once kept in segments stays so: its text reads as row, segments, chunks.
        if (found->segmented || found->content + found->thinking > MessageChunks::SegmentedAbove)
            return segment(vault, messageId, *found);
        return join(vault, messageId, *found);
    });
}

} // namespace

VaultResult<void> MessageChunks::settle(Vault &vault, qint64 messageId)
{
    // Joined here rather than by group_concat(): SQLite would build the joined text
    // by doubling, then copy it into the concatenation and again into the row, several
    // whole copies of a long answer at once. Here there is one, bound without a copy;
    // a long answer is never whole (segment()).
    // In the caller's transaction, no savepoint of its own: with secure_delete on, a
    // savepoint would keep in memory (temp_store) the old content of every page the
    // chunks leave, the whole answer again. Its failure fails the caller's transaction.
    if (vault.inTransaction())
        return settleOne(vault, messageId);
    return sql::inTransaction(vault, [&] {
        return settleOne(vault, messageId);
    });
}

VaultResult<int> MessageChunks::settleAll(Vault &vault)
{
    struct Left {
        qint64 message;
        qint64 conversation;
    };
    auto left = sql::rows(vault,
                          "SELECT m.id, m.conversation_id FROM messages AS m "
                          "WHERE m.id IN (SELECT message_id FROM message_chunks)",
                          {}, [](const SqlStatement &row) {
                              return Left{row.int64(0), row.int64(1)};
                          });
    if (!left || left->isEmpty())
        return std::move(left).transform([](const QList<Left> &) {
            return 0;
        });

    auto done = sql::inTransaction(vault, [&]() -> VaultResult<void> {
        for (const Left &message : std::as_const(*left)) {
            if (auto settled = settleOne(vault, message.message); !settled)
                return settled;
        }
        return {};
    });
    return std::move(done).transform([&] {
        for (const Left &message : std::as_const(*left))
            vault.pendingChanges().messages.insert(message.conversation);
        return static_cast<int>(left->size());
    });
}

} // namespace sotto
