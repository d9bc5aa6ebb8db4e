// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/MessageRepository.h"

#include "core/store/MessageChunks.h"
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
// Only partial messages are looked up, so listing a long conversation costs no more.
#define SOTTO_JOINED(column)                                                                                 \
    "CASE WHEN status = 'partial' THEN " column " || ifnull((SELECT group_concat(c." column                  \
    ", '' ORDER BY c.seq) FROM message_chunks AS c WHERE c.message_id = messages.id), '') ELSE " column      \
    " END"

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

void bindUsage(SqlStatement &statement, int index, const std::optional<Usage> &usage)
{
    if (usage) {
        statement.bind(index, usage->inputTokens).bind(index + 1, usage->outputTokens);
    } else {
        statement.bindNull(index).bindNull(index + 1);
    }
}

void bindParent(SqlStatement &statement, int index, qint64 parentId)
{
    if (parentId > 0)
        statement.bind(index, parentId);
    else
        statement.bindNull(index);
}

} // namespace

MessageRepository::MessageRepository(Vault &vault)
    : m_vault(vault)
{ }

VaultResult<QList<Message>> MessageRepository::collect(SqlStatement &select, AttachmentLoading loading)
{
    QList<Message> messages;
    for (;;) {
        auto row = select.step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (!*row)
            break;
        messages.append(readMessage(select));
    }
    if (auto loaded = loadAttachments(messages, loading); !loaded)
        return Unexpected<VaultFailure>(std::move(loaded).error());
    return messages;
}

VaultResult<QList<Message>> MessageRepository::list(qint64 conversationId, AttachmentLoading loading)
{
    auto select = m_vault.prepare("SELECT " SOTTO_MESSAGE_COLUMNS
                                  " FROM messages WHERE conversation_id = ?1 ORDER BY id");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, conversationId);
    return collect(*select, loading);
}

VaultResult<QList<Message>> MessageRepository::listLatest(qint64 conversationId, int limit, qint64 beforeId,
                                                          AttachmentLoading loading)
{
    auto select = m_vault.prepare("SELECT * FROM (SELECT " SOTTO_MESSAGE_COLUMNS
                                  " FROM messages WHERE conversation_id = ?1 AND id < ?2 "
                                  "ORDER BY id DESC LIMIT ?3) ORDER BY id");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, conversationId).bind(2, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    select->bind(3, qint64(limit));
    return collect(*select, loading);
}

VaultResult<QList<MessageNode>> MessageRepository::tree(qint64 conversationId)
{
    auto select
        = m_vault.prepare("SELECT id, parent_id, role FROM messages WHERE conversation_id = ?1 ORDER BY id");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, conversationId);
    QList<MessageNode> nodes;
    for (;;) {
        auto row = select->step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (!*row)
            return nodes;
        nodes.append(MessageNode{select->int64(0), select->isNull(1) ? 0 : select->int64(1),
                                 roleFromStored(select->text(2))});
    }
}

VaultResult<QHash<qint64, qint64>> MessageRepository::choices(qint64 conversationId)
{
    auto select
        = m_vault.prepare("SELECT parent_id, message_id FROM version_choices WHERE conversation_id = ?1");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, conversationId);
    QHash<qint64, qint64> choices;
    for (;;) {
        auto row = select->step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (!*row)
            return choices;
        choices.insert(select->int64(0), select->int64(1));
    }
}

VaultResult<void> MessageRepository::choose(qint64 id)
{
    auto insert = m_vault.prepare("INSERT OR REPLACE INTO version_choices (conversation_id, parent_id, "
                                  "message_id) SELECT conversation_id, ifnull(parent_id, 0), id "
                                  "FROM messages WHERE id = ?1 RETURNING message_id");
    if (!insert)
        return Unexpected<VaultFailure>(std::move(insert).error());
    insert->bind(1, id);
    auto row = insert->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    if (!*row)
        return vaultError(VaultError::NotFound, tr("There is no message %1.").arg(id));
    return insert->run();
}

VaultResult<QList<Message>> MessageRepository::getMany(QList<qint64> ids, AttachmentLoading loading)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto select = m_vault.prepare("SELECT " SOTTO_MESSAGE_COLUMNS " FROM messages WHERE id = ?1");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    QList<Message> messages;
    messages.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        select->reset();
        select->bind(1, id);
        auto row = select->step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (*row)
            messages.append(readMessage(*select));
    }
    if (auto loaded = loadAttachments(messages, loading); !loaded)
        return Unexpected<VaultFailure>(std::move(loaded).error());
    return messages;
}

VaultResult<qint64> MessageRepository::count(qint64 conversationId)
{
    auto select = m_vault.prepare("SELECT count(*) FROM messages WHERE conversation_id = ?1");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, conversationId);
    auto row = select->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    return select->int64(0);
}

VaultResult<Message> MessageRepository::get(qint64 id, AttachmentLoading loading)
{
    auto select = m_vault.prepare("SELECT " SOTTO_MESSAGE_COLUMNS " FROM messages WHERE id = ?1");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, id);
    auto messages = collect(*select, loading);
    if (!messages)
        return Unexpected<VaultFailure>(std::move(messages).error());
    if (messages->isEmpty())
        return vaultError(VaultError::NotFound, tr("There is no message %1.").arg(id));
    return messages->first();
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
    const char *sql = loading == AttachmentLoading::WithData
        ? "SELECT id, message_id, mime_type, byte_size, width, height, sha256, metadata_removed, data "
          "FROM attachments WHERE message_id BETWEEN ?1 AND ?2 ORDER BY message_id, position"
        : "SELECT id, message_id, mime_type, byte_size, width, height, sha256, metadata_removed "
          "FROM attachments WHERE message_id BETWEEN ?1 AND ?2 ORDER BY message_id, position";
    auto select = m_vault.prepare(sql);
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, messages.first().id).bind(2, messages.last().id);
    for (;;) {
        auto row = select->step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (!*row)
            return {};
        const auto index = indexById.find(select->int64(1));
        if (index == indexById.end())
            continue;
        Attachment attachment;
        attachment.id = select->int64(0);
        attachment.mimeType = select->text(2);
        attachment.pixelSize = QSize(int(select->int64(4)), int(select->int64(5)));
        attachment.sha256 = select->blob(6);
        if (!select->isNull(7))
            attachment.removedMetadata = RemovedMetadata::fromJson(select->text(7).toUtf8());
        if (loading == AttachmentLoading::WithData)
            attachment.data = select->blob(8);
        messages[*index].attachments.append(attachment);
    }
}

VaultResult<QByteArray> MessageRepository::attachmentData(qint64 attachmentId)
{
    auto select = m_vault.prepare("SELECT data FROM attachments WHERE id = ?1");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, attachmentId);
    auto row = select->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    if (!*row)
        return vaultError(VaultError::NotFound, tr("There is no attachment %1.").arg(attachmentId));
    return select->blob(0);
}

VaultResult<void> MessageRepository::touchConversation(qint64 conversationId, qint64 whenMs)
{
    auto touch = m_vault.prepare("UPDATE conversations SET updated_at = max(updated_at, ?1) WHERE id = ?2");
    if (!touch)
        return Unexpected<VaultFailure>(std::move(touch).error());
    touch->bind(1, whenMs).bind(2, conversationId);
    if (auto ran = touch->run(); !ran)
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

    auto transaction = m_vault.transaction();
    if (!transaction)
        return Unexpected<VaultFailure>(std::move(transaction).error());
    if (auto inserted = insertRows(message); !inserted)
        return Unexpected<VaultFailure>(std::move(inserted).error());
    // A new version (a regeneration, an edit) is the one shown, as the newest is.
    auto unchoose
        = m_vault.prepare("DELETE FROM version_choices WHERE conversation_id = ?1 AND parent_id = ?2");
    if (!unchoose)
        return Unexpected<VaultFailure>(std::move(unchoose).error());
    unchoose->bind(1, message.conversationId).bind(2, message.parentId);
    if (auto ran = unchoose->run(); !ran)
        return Unexpected<VaultFailure>(std::move(ran).error());
    if (auto touched = touchConversation(message.conversationId, now); !touched)
        return Unexpected<VaultFailure>(std::move(touched).error());
    if (auto committed = transaction->commit(); !committed)
        return Unexpected<VaultFailure>(std::move(committed).error());
    m_vault.pendingChanges().messages.insert(message.conversationId);
    return message;
}

VaultResult<QHash<qint64, qint64>> MessageRepository::restore(qint64 conversationId,
                                                              const QList<Message> &messages)
{
    auto transaction = m_vault.transaction();
    if (!transaction)
        return Unexpected<VaultFailure>(std::move(transaction).error());
    QHash<qint64, qint64> ids; // the caller's → the vault's
    ids.reserve(messages.size());
    const QDateTime now = fromMs(nowMs());
    for (const Message &draft : messages) {
        Message message = draft;
        message.conversationId = conversationId;
        message.parentId = draft.parentId > 0 ? ids.value(draft.parentId, 0) : 0;
        if (!message.createdAt.isValid())
            message.createdAt = now;
        if (!message.updatedAt.isValid())
            message.updatedAt = message.createdAt;
        if (auto inserted = insertRows(message); !inserted)
            return Unexpected<VaultFailure>(std::move(inserted).error());
        ids.insert(draft.id, message.id);
    }
    if (auto committed = transaction->commit(); !committed)
        return Unexpected<VaultFailure>(std::move(committed).error());
    m_vault.pendingChanges().messages.insert(conversationId);
    return ids;
}

VaultResult<void> MessageRepository::insertRows(Message &message)
{
    if (message.status == MessageStatus::Streaming)
        message.status = MessageStatus::Partial;
    auto insert
        = m_vault.prepare("INSERT INTO messages (conversation_id, parent_id, turn_id, role, content, "
                          "thinking, mode, provider, model, "
                          "input_tokens, output_tokens, status, error_text, created_at, updated_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    if (!insert)
        return Unexpected<VaultFailure>(std::move(insert).error());
    insert->bind(1, message.conversationId);
    bindParent(*insert, 2, message.parentId);
    insert->bind(3, message.turnId)
        .bind(4, roleName(message.role))
        .bind(5, message.content)
        .bind(6, message.thinking)
        .bind(7, modeName(message.mode))
        .bind(8, message.provider)
        .bind(9, message.model);
    bindUsage(*insert, 10, message.usage);
    insert->bind(12, storedStatus(message.status))
        .bind(13, message.errorText)
        .bind(14, toMs(message.createdAt))
        .bind(15, toMs(message.updatedAt));
    if (auto ran = insert->run(); !ran) {
        if (ran.error().code == VaultError::InvalidArgument) {
            return vaultError(VaultError::NotFound,
                              tr("There is no conversation %1.").arg(message.conversationId),
                              ran.error().detail);
        }
        return Unexpected<VaultFailure>(std::move(ran).error());
    }
    message.id = m_vault.lastInsertId();
    for (qsizetype i = 0; i < message.attachments.size(); ++i) {
        Attachment &attachment = message.attachments[i];
        if (attachment.sha256.isEmpty())
            attachment.sha256 = QCryptographicHash::hash(attachment.data, QCryptographicHash::Sha256);
        auto add = m_vault.prepare(
            "INSERT INTO attachments (message_id, position, mime_type, byte_size, width, "
            "height, sha256, data, metadata_removed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        if (!add)
            return Unexpected<VaultFailure>(std::move(add).error());
        add->bind(1, message.id)
            .bind(2, qint64(i))
            .bind(3, attachment.mimeType)
            .bind(4, qint64(attachment.data.size()))
            .bind(5, attachment.pixelSize.width())
            .bind(6, attachment.pixelSize.height())
            .bindBlob(7, attachment.sha256)
            .bindBlob(8, attachment.data);
        if (attachment.removedMetadata)
            add->bind(9, QString::fromUtf8(attachment.removedMetadata->toJson()));
        else
            add->bindNull(9);
        if (auto ran = add->run(); !ran)
            return Unexpected<VaultFailure>(std::move(ran).error());
        attachment.id = m_vault.lastInsertId();
    }
    return {};
}

VaultResult<void> MessageRepository::update(const Message &message)
{
    const qint64 now = nowMs();
    auto transaction = m_vault.transaction();
    if (!transaction)
        return Unexpected<VaultFailure>(std::move(transaction).error());
    // `message` holds the whole text (as read, chunks joined): chunks would repeat it.
    auto dropChunks = m_vault.prepare("DELETE FROM message_chunks WHERE message_id = ?1");
    if (!dropChunks)
        return Unexpected<VaultFailure>(std::move(dropChunks).error());
    dropChunks->bind(1, message.id);
    if (auto dropped = dropChunks->run(); !dropped)
        return dropped;
    auto update = m_vault.prepare(
        "UPDATE messages SET parent_id = ?1, turn_id = ?2, role = ?3, content = ?4, thinking = ?5, mode = "
        "?6, "
        "provider = ?7, model = ?8, input_tokens = ?9, output_tokens = ?10, status = ?11, error_text = ?12, "
        "updated_at = ?13 WHERE id = ?14 RETURNING conversation_id");
    if (!update)
        return Unexpected<VaultFailure>(std::move(update).error());
    bindParent(*update, 1, message.parentId);
    update->bind(2, message.turnId)
        .bind(3, roleName(message.role))
        .bind(4, message.content)
        .bind(5, message.thinking)
        .bind(6, modeName(message.mode))
        .bind(7, message.provider)
        .bind(8, message.model);
    bindUsage(*update, 9, message.usage);
    update->bind(11, storedStatus(message.status))
        .bind(12, message.errorText)
        .bind(13, now)
        .bind(14, message.id);
    auto row = update->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    if (!*row)
        return vaultError(VaultError::NotFound, tr("There is no message %1.").arg(message.id));
    const qint64 conversationId = update->int64(0);
    if (auto rest = update->run(); !rest)
        return rest;
    if (auto touched = touchConversation(conversationId, now); !touched)
        return touched;
    if (auto committed = transaction->commit(); !committed)
        return committed;
    m_vault.pendingChanges().messages.insert(conversationId);
    return {};
}

VaultResult<void> MessageRepository::setStatus(qint64 id, MessageStatus status, const QString &errorText)
{
    auto transaction = m_vault.transaction();
    if (!transaction)
        return Unexpected<VaultFailure>(std::move(transaction).error());
    // Only a partial message keeps chunks: a final status joins them first.
    if (storedStatus(status) != storedStatus(MessageStatus::Partial)) {
        if (auto settled = MessageChunks::settle(m_vault, id); !settled)
            return settled;
    }
    auto update
        = m_vault.prepare("UPDATE messages SET status = ?1, error_text = ?2, updated_at = ?3 WHERE id = ?4 "
                          "RETURNING conversation_id");
    if (!update)
        return Unexpected<VaultFailure>(std::move(update).error());
    update->bind(1, storedStatus(status)).bind(2, errorText).bind(3, nowMs()).bind(4, id);
    auto row = update->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    if (!*row)
        return vaultError(VaultError::NotFound, tr("There is no message %1.").arg(id));
    const qint64 conversationId = update->int64(0);
    if (auto rest = update->run(); !rest)
        return rest;
    if (auto committed = transaction->commit(); !committed)
        return committed;
    m_vault.pendingChanges().messages.insert(conversationId);
    return {};
}

VaultResult<void> MessageRepository::remove(qint64 id)
{
    auto transaction = m_vault.transaction();
    if (!transaction)
        return Unexpected<VaultFailure>(std::move(transaction).error());
    // One version among others (an edited question, a regenerated answer): the
    // branch that follows it goes with it, the other versions stay reachable.
    // The only one: what followed it now follows what it followed, so deleting a
    // question in the middle leaves the conversation in one piece.
    auto siblings = m_vault.prepare(
        "SELECT count(*) FROM messages AS other, messages AS self WHERE self.id = ?1 AND other.id != self.id "
        "AND other.conversation_id = self.conversation_id AND other.parent_id IS self.parent_id "
        "AND other.role = self.role");
    if (!siblings)
        return Unexpected<VaultFailure>(std::move(siblings).error());
    siblings->bind(1, id);
    auto counted = siblings->step();
    if (!counted)
        return Unexpected<VaultFailure>(std::move(counted).error());
    const bool oneOfSeveral = *counted && siblings->int64(0) > 0;
    if (auto rest = siblings->run(); !rest)
        return rest;
    if (!oneOfSeveral) {
        // The version chosen after it is now chosen after its parent (its children follow the parent).
        auto moveChoice = m_vault.prepare(
            "UPDATE OR REPLACE version_choices SET parent_id = "
            "(SELECT ifnull(parent_id, 0) FROM messages WHERE id = ?1) WHERE parent_id = ?1 "
            "AND conversation_id = (SELECT conversation_id FROM messages WHERE id = ?1)");
        if (!moveChoice)
            return Unexpected<VaultFailure>(std::move(moveChoice).error());
        moveChoice->bind(1, id);
        if (auto moved = moveChoice->run(); !moved)
            return moved;
    }
    auto follow = m_vault.prepare(
        oneOfSeveral ? "WITH RECURSIVE branch(id) AS (SELECT id FROM messages WHERE parent_id = ?1 UNION "
                       "SELECT m.id FROM messages AS m JOIN branch ON m.parent_id = branch.id) "
                       "DELETE FROM messages WHERE id IN branch"
                     : "UPDATE messages SET parent_id = (SELECT parent_id FROM messages WHERE id = ?1) "
                       "WHERE parent_id = ?1");
    if (!follow)
        return Unexpected<VaultFailure>(std::move(follow).error());
    follow->bind(1, id);
    if (auto done = follow->run(); !done)
        return done;
    auto remove = m_vault.prepare("DELETE FROM messages WHERE id = ?1 RETURNING conversation_id");
    if (!remove)
        return Unexpected<VaultFailure>(std::move(remove).error());
    remove->bind(1, id);
    auto row = remove->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    if (!*row)
        return vaultError(VaultError::NotFound, tr("There is no message %1.").arg(id));
    const qint64 conversationId = remove->int64(0);
    if (auto rest = remove->run(); !rest)
        return rest;
    if (auto committed = transaction->commit(); !committed)
        return committed;
    m_vault.pendingChanges().messages.insert(conversationId);
    return {};
}

} // namespace sotto
