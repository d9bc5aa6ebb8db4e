// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/MessageRepository.h"

#include "core/store/MessageChunks.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreValues.h"
#include "core/store/Vault.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <limits>

namespace sotto {

using namespace store;

namespace {

// While an answer streams, its text is stored as appended chunks (MessageChunks),
// joined into the message when it ends or at the next open after a crash. Until
// then the readers give a partial message's text as its stored text plus its
// chunks, so an answer being streamed, or one a crash left, reads as committed.
// A long answer is kept in segments instead of joined: its text is its stored text
// plus its segments (plus chunks, had it any). Only partial and segmented messages
// are looked up, so listing a long conversation costs no more.
#define SOTTO_JOINED(column)                                                                                 \
    "CASE WHEN status = 'partial' OR segmented THEN " column " || ifnull(" SOTTO_SEGMENTS_JOINED(            \
        column) ", '') || ifnull(" SOTTO_CHUNKS_JOINED(column) ", '') ELSE " column " END"

#define SOTTO_MESSAGE_COLUMNS                                                                                \
    "id, conversation_id, parent_id, turn_id, role, " SOTTO_JOINED("content") ", " SOTTO_JOINED(             \
        "thinking") ", mode, provider, model, input_tokens, output_tokens, status, error_text, created_at, " \
                    "updated_at"

Message readMessage(const SqlStatement &row)
{
    Message message;
    message.id = row.int64(0);
    message.conversationId = row.int64(1);
    message.parentId = row.isNull(2) ? 0 : row.int64(2);
    message.turnId = row.text(3);
    message.role = roleFromStored(row.text(4));
    message.content = row.text(5);
    message.thinking = row.text(6);
    message.mode = modeFromStored(row.text(7));
    message.provider = row.text(8);
    message.model = row.text(9);
    if (!row.isNull(10) || !row.isNull(11))
        message.usage = Usage{row.int64(10), row.int64(11)};
    message.status = statusFromStored(row.text(12));
    message.errorText = row.text(13);
    message.createdAt = fromMs(row.int64(14));
    message.updatedAt = fromMs(row.int64(15));
    return message;
}

std::optional<Message> firstOf(const QList<Message> &messages)
{
    return messages.isEmpty() ? std::nullopt : std::optional<Message>(messages.first());
}

} // namespace

MessageRepository::MessageRepository(Vault &vault)
    : m_vault(vault)
{ }

VaultResult<QList<Message>> MessageRepository::collect(SqlStatement &select, AttachmentLoading loading)
{
    return select.rows(readMessage).and_then([&](QList<Message> messages) {
        return loadAttachments(messages, loading).transform([&] {
            return std::move(messages);
        });
    });
}

VaultResult<QList<Message>> MessageRepository::list(qint64 conversationId, AttachmentLoading loading)
{
    auto select = sql::prepare(
        m_vault, "SELECT " SOTTO_MESSAGE_COLUMNS " FROM messages WHERE conversation_id = ?1 ORDER BY id",
        {conversationId});
    return std::move(select).and_then([&](SqlStatement statement) {
        return collect(statement, loading);
    });
}

VaultResult<QList<Message>> MessageRepository::listLatest(qint64 conversationId, int limit, qint64 beforeId,
                                                          AttachmentLoading loading)
{
    auto select
        = sql::prepare(m_vault,
                       "SELECT * FROM (SELECT " SOTTO_MESSAGE_COLUMNS
                       " FROM messages WHERE conversation_id = ?1 AND id < ?2 "
                       "ORDER BY id DESC LIMIT ?3) ORDER BY id",
                       {conversationId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit});
    return std::move(select).and_then([&](SqlStatement statement) {
        return collect(statement, loading);
    });
}

VaultResult<QList<MessageNode>> MessageRepository::tree(qint64 conversationId)
{
    return sql::rows(
        m_vault, "SELECT id, parent_id, role FROM messages WHERE conversation_id = ?1 ORDER BY id",
        {conversationId}, [](const SqlStatement &row) {
            return MessageNode{row.int64(0), row.isNull(1) ? 0 : row.int64(1), roleFromStored(row.text(2))};
        });
}

VaultResult<QHash<qint64, qint64>> MessageRepository::choices(qint64 conversationId)
{
    QHash<qint64, qint64> choices;
    return sql::forEachRow(m_vault,
                           "SELECT parent_id, message_id FROM version_choices WHERE conversation_id = ?1",
                           {conversationId},
                           [&](const SqlStatement &row) {
                               choices.insert(row.int64(0), row.int64(1));
                           })
        .transform([&] {
            return std::move(choices);
        });
}

VaultResult<void> MessageRepository::choose(qint64 id)
{
    auto chosen = sql::row(m_vault,
                           "INSERT OR REPLACE INTO version_choices (conversation_id, parent_id, message_id) "
                           "SELECT conversation_id, ifnull(parent_id, 0), id FROM messages WHERE id = ?1 "
                           "RETURNING message_id",
                           {id}, sql::firstInteger);
    return orNotFound(std::move(chosen), tr("There is no message %1.").arg(id)).transform([](qint64) {});
}

VaultResult<QList<Message>> MessageRepository::getMany(QList<qint64> ids, AttachmentLoading loading)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto messages = sql::rowsFor(m_vault, "SELECT " SOTTO_MESSAGE_COLUMNS " FROM messages WHERE id = ?1", ids,
                                 readMessage);
    return std::move(messages).and_then([&](QList<Message> found) {
        return loadAttachments(found, loading).transform([&] {
            return std::move(found);
        });
    });
}

VaultResult<qint64> MessageRepository::count(qint64 conversationId)
{
    return sql::integer(m_vault, "SELECT count(*) FROM messages WHERE conversation_id = ?1",
                        {conversationId});
}

VaultResult<Message> MessageRepository::get(qint64 id, AttachmentLoading loading)
{
    auto select = sql::prepare(m_vault, "SELECT " SOTTO_MESSAGE_COLUMNS " FROM messages WHERE id = ?1", {id});
    auto messages = std::move(select).and_then([&](SqlStatement statement) {
        return collect(statement, loading);
    });
    return orNotFound(std::move(messages).transform(firstOf), tr("There is no message %1.").arg(id));
}

VaultResult<void> MessageRepository::loadAttachments(QList<Message> &messages, AttachmentLoading loading)
{
    if (messages.isEmpty())
        return {};
    // One range query over the messages' ids; attachments are rare, so this is
    // cheap even for a conversation of tens of thousands of messages.
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < messages.size(); ++i)
        indexById.insert(messages.at(i).id, i);
    const char *query = loading == AttachmentLoading::WithData
        ? "SELECT id, message_id, mime_type, byte_size, width, height, sha256, metadata_removed, data "
          "FROM attachments WHERE message_id BETWEEN ?1 AND ?2 ORDER BY message_id, position"
        : "SELECT id, message_id, mime_type, byte_size, width, height, sha256, metadata_removed "
          "FROM attachments WHERE message_id BETWEEN ?1 AND ?2 ORDER BY message_id, position";
    return sql::forEachRow(
        m_vault, query, {messages.first().id, messages.last().id}, [&](const SqlStatement &row) {
            const auto index = indexById.find(row.int64(1));
            if (index == indexById.end())
                return;
            Attachment attachment;
            attachment.id = row.int64(0);
            attachment.mimeType = row.text(2);
            attachment.pixelSize = QSize(int(row.int64(4)), int(row.int64(5)));
            attachment.sha256 = row.blob(6);
            if (!row.isNull(7))
                attachment.removedMetadata = RemovedMetadata::fromJson(row.text(7).toUtf8());
            if (loading == AttachmentLoading::WithData)
                attachment.data = row.blob(8);
            messages[*index].attachments.append(attachment);
        });
}

VaultResult<QByteArray> MessageRepository::attachmentData(qint64 attachmentId)
{
    return orNotFound(sql::row(m_vault, "SELECT data FROM attachments WHERE id = ?1", {attachmentId},
                               [](const SqlStatement &row) {
                                   return row.blob(0);
                               }),
                      tr("There is no attachment %1.").arg(attachmentId));
}

VaultResult<void> MessageRepository::touchConversation(qint64 conversationId, qint64 whenMs)
{
    if (auto ran
        = sql::run(m_vault, "UPDATE conversations SET updated_at = max(updated_at, ?1) WHERE id = ?2",
                   {whenMs, conversationId});
        !ran)
        return ran;
    m_vault.pendingChanges().conversations = true;
    return {};
}

VaultResult<Message> MessageRepository::append(const Message &draft)
{
    Message message = draft;
    const qint64 now = nowMs();
    message.createdAt = fromMs(now);
    message.updatedAt = message.createdAt;

    auto appended = sql::inTransaction(m_vault, [&]() -> VaultResult<void> {
        if (auto inserted = insertRows(message); !inserted)
            return inserted;
        // A new version (a regeneration, an edit) is the one shown, as the newest is.
        if (auto ran
            = sql::run(m_vault, "DELETE FROM version_choices WHERE conversation_id = ?1 AND parent_id = ?2",
                       {message.conversationId, message.parentId});
            !ran)
            return ran;
        return touchConversation(message.conversationId, now);
    });
    return std::move(appended).transform([&] {
        m_vault.pendingChanges().messages.insert(message.conversationId);
        return message;
    });
}

VaultResult<QHash<qint64, qint64>> MessageRepository::restore(qint64 conversationId,
                                                              const QList<Message> &messages)
{
    QHash<qint64, qint64> ids; // the caller's → the vault's
    ids.reserve(messages.size());
    const QDateTime now = fromMs(nowMs());
    auto restored = sql::inTransaction(m_vault, [&]() -> VaultResult<void> {
        for (const Message &draft : messages) {
            Message message = draft;
            message.conversationId = conversationId;
            message.parentId = draft.parentId > 0 ? ids.value(draft.parentId, 0) : 0;
            if (!message.createdAt.isValid())
                message.createdAt = now;
            if (!message.updatedAt.isValid())
                message.updatedAt = message.createdAt;
            if (auto inserted = insertRows(message); !inserted)
                return inserted;
            ids.insert(draft.id, message.id);
        }
        return {};
    });
    return std::move(restored).transform([&] {
        m_vault.pendingChanges().messages.insert(conversationId);
        return std::move(ids);
    });
}

VaultResult<void> MessageRepository::insertRows(Message &message)
{
    if (message.status == MessageStatus::Streaming)
        message.status = MessageStatus::Partial;
    if (auto ran = sql::run(
            m_vault,
            "INSERT INTO messages (conversation_id, parent_id, turn_id, role, content, "
            "thinking, mode, provider, model, "
            "input_tokens, output_tokens, status, error_text, created_at, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            {message.conversationId, idOrNull(message.parentId), message.turnId, roleName(message.role),
             message.content, message.thinking, modeName(message.mode), message.provider, message.model,
             inputTokens(message.usage), outputTokens(message.usage), storedStatus(message.status),
             message.errorText, toMs(message.createdAt), toMs(message.updatedAt)});
        !ran) {
        if (ran.error().code == VaultError::InvalidArgument) {
            return vaultError(VaultError::NotFound,
                              tr("There is no conversation %1.").arg(message.conversationId),
                              ran.error().detail);
        }
        return ran;
    }
    message.id = m_vault.lastInsertId();
    for (qsizetype i = 0; i < message.attachments.size(); ++i) {
        Attachment &attachment = message.attachments[i];
        if (attachment.sha256.isEmpty())
            attachment.sha256 = QCryptographicHash::hash(attachment.data, QCryptographicHash::Sha256);
        const std::optional<QString> removedMetadata = attachment.removedMetadata
            ? std::optional<QString>(QString::fromUtf8(attachment.removedMetadata->toJson()))
            : std::nullopt;
        if (auto ran
            = sql::run(m_vault,
                       "INSERT INTO attachments (message_id, position, mime_type, byte_size, width, "
                       "height, sha256, data, metadata_removed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                       {message.id, qint64(i), attachment.mimeType, qint64(attachment.data.size()),
                        attachment.pixelSize.width(), attachment.pixelSize.height(), attachment.sha256,
                        attachment.data, removedMetadata});
            !ran)
            return ran;
        attachment.id = m_vault.lastInsertId();
    }
    return {};
}

VaultResult<void> MessageRepository::update(const Message &message)
{
    const qint64 now = nowMs();
    qint64 conversationId = 0;
    auto updated = sql::inTransaction(m_vault, [&]() -> VaultResult<void> {
        // `message` holds the whole text (as read, chunks and segments joined): they
        // would repeat it.
        if (auto dropped = sql::run(m_vault, "DELETE FROM message_chunks WHERE message_id = ?1", {message.id})
                               .and_then([&] {
                                   return sql::run(m_vault,
                                                   "DELETE FROM message_segments WHERE message_id = ?1",
                                                   {message.id});
                               });
            !dropped)
            return dropped;
        auto updatedIn = orNotFound(
            sql::row(
                m_vault,
                "UPDATE messages SET parent_id = ?1, turn_id = ?2, role = ?3, content = ?4, thinking = ?5, "
                "mode = ?6, provider = ?7, model = ?8, input_tokens = ?9, output_tokens = ?10, status = ?11, "
                "error_text = ?12, updated_at = ?13, segmented = 0 WHERE id = ?14 RETURNING conversation_id",
                {idOrNull(message.parentId), message.turnId, roleName(message.role), message.content,
                 message.thinking, modeName(message.mode), message.provider, message.model,
                 inputTokens(message.usage), outputTokens(message.usage), storedStatus(message.status),
                 message.errorText, now, message.id},
                sql::firstInteger),
            tr("There is no message %1.").arg(message.id));
        return std::move(updatedIn).and_then([&](qint64 in) {
            conversationId = in;
            return touchConversation(conversationId, now);
        });
    });
    return std::move(updated).transform([&] {
        m_vault.pendingChanges().messages.insert(conversationId);
    });
}

VaultResult<void> MessageRepository::setStatus(qint64 id, MessageStatus status, const QString &errorText)
{
    qint64 conversationId = 0;
    auto updated = sql::inTransaction(m_vault, [&]() -> VaultResult<void> {
        // Only a partial message keeps chunks: a final status joins them first.
        if (storedStatus(status) != storedStatus(MessageStatus::Partial)) {
            if (auto settled = MessageChunks::settle(m_vault, id); !settled)
                return settled;
        }
        auto updatedIn
            = orNotFound(sql::row(m_vault,
                                  "UPDATE messages SET status = ?1, error_text = ?2, updated_at = ?3 "
                                  "WHERE id = ?4 RETURNING conversation_id",
                                  {storedStatus(status), errorText, nowMs(), id}, sql::firstInteger),
                         tr("There is no message %1.").arg(id));
        return std::move(updatedIn).transform([&](qint64 in) {
            conversationId = in;
        });
    });
    return std::move(updated).transform([&] {
        m_vault.pendingChanges().messages.insert(conversationId);
    });
}

VaultResult<void> MessageRepository::remove(qint64 id)
{
    qint64 conversationId = 0;
    auto removed = sql::inTransaction(m_vault, [&]() -> VaultResult<void> {
        // One version among others (an edited question, a regenerated answer): the
        // branch that follows it goes with it, the other versions stay reachable.
        // The only one: what followed it now follows what it followed, so deleting a
        // question in the middle leaves the conversation in one piece.
        auto siblings = sql::integer(
            m_vault,
            "SELECT count(*) FROM messages AS other, messages AS self WHERE self.id = ?1 AND other.id != "
            "self.id "
            "AND other.conversation_id = self.conversation_id AND other.parent_id IS self.parent_id "
            "AND other.role = self.role",
            {id});
        if (!siblings)
            return Unexpected<VaultFailure>(std::move(siblings).error());
        const bool oneOfSeveral = *siblings > 0;
        if (!oneOfSeveral) {
            // The version chosen after it is now chosen after its parent (its children follow the parent).
            if (auto moved
                = sql::run(m_vault,
                           "UPDATE OR REPLACE version_choices SET parent_id = "
                           "(SELECT ifnull(parent_id, 0) FROM messages WHERE id = ?1) WHERE parent_id = ?1 "
                           "AND conversation_id = (SELECT conversation_id FROM messages WHERE id = ?1)",
                           {id});
                !moved)
                return moved;
        }
        if (auto followed = sql::run(
                m_vault,
                oneOfSeveral
                    ? "WITH RECURSIVE branch(id) AS (SELECT id FROM messages WHERE parent_id = ?1 UNION "
                      "SELECT m.id FROM messages AS m JOIN branch ON m.parent_id = branch.id) "
                      "DELETE FROM messages WHERE id IN branch"
                    : "UPDATE messages SET parent_id = (SELECT parent_id FROM messages WHERE id = ?1) "
                      "WHERE parent_id = ?1",
                {id});
            !followed)
            return followed;
        auto removedFrom
            = orNotFound(sql::row(m_vault, "DELETE FROM messages WHERE id = ?1 RETURNING conversation_id",
                                  {id}, sql::firstInteger),
                         tr("There is no message %1.").arg(id));
        return std::move(removedFrom).transform([&](qint64 in) {
            conversationId = in;
        });
    });
    return std::move(removed).transform([&] {
        m_vault.pendingChanges().messages.insert(conversationId);
    });
}

} // namespace sotto
