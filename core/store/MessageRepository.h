// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"
#include "core/types/Message.h"
#include "core/types/MessageNode.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace sotto {

class Vault;

/// Whether listing messages loads their images' bytes or only their metadata
/// (mime type, size, dimensions, hash); attachmentData() fetches bytes later.
enum class AttachmentLoading {
    WithData,
    MetadataOnly,
};

/// The messages of conversations, with their images. Appending or changing a
/// message moves its conversation's last update. A message stored with status
/// Streaming is stored (and read back) as Partial: see StreamingAppender.
/// Attachments are written with their message and never change afterwards.
/// Synchronous; used on the vault's thread; does not own the vault.
class MessageRepository final {
    Q_DECLARE_TR_FUNCTIONS(sotto::MessageRepository)

public:
    explicit MessageRepository(Vault &vault);

    /// Every message of a conversation, oldest first.
    VaultResult<QList<Message>> list(qint64 conversationId,
                                     AttachmentLoading loading = AttachmentLoading::WithData);
    /// Up to `limit` messages older than `beforeId` (0: the newest), oldest
    /// first: for opening a very long conversation at its end.
    VaultResult<QList<Message>> listLatest(qint64 conversationId, int limit, qint64 beforeId = 0,
                                           AttachmentLoading loading = AttachmentLoading::WithData);
    /// The conversation's tree, oldest first: ids, parents and roles, without
    /// any text (read from an index, so a long conversation costs little).
    VaultResult<QList<MessageNode>> tree(qint64 conversationId);
    /// The messages with these ids, in id order; ids that are gone are skipped.
    VaultResult<QList<Message>> getMany(QList<qint64> ids,
                                        AttachmentLoading loading = AttachmentLoading::WithData);
    VaultResult<qint64> count(qint64 conversationId);
    /// The versions the user chose to see (ConversationPath's choices): parent id
    /// (0: the first message) → the chosen child. Where none is stored the newest
    /// version is shown; appending a message makes it the one shown.
    VaultResult<QHash<qint64, qint64>> choices(qint64 conversationId);
    /// Stores message `id` as the version shown among its siblings. Announces no
    /// change: only the window that chose shows it.
    VaultResult<void> choose(qint64 id);
    VaultResult<Message> get(qint64 id, AttachmentLoading loading = AttachmentLoading::WithData);
    VaultResult<QByteArray> attachmentData(qint64 attachmentId);

    /// Stores `message` and its attachments (sha256 computed when empty); its
    /// id and times are ignored and set. Returns it as stored.
    VaultResult<Message> append(const Message &message);
    /// Stores the messages of a conversation as they were (an import), in one
    /// transaction: under `conversationId`, each with its attachments, its times kept
    /// (now when invalid); the versions chosen and the conversation's last update are
    /// left alone. `messages` come parents first; their ids and parent ids are the
    /// caller's own (a parent id not among them, or 0, makes a first message).
    /// Returns the stored id of each, by the caller's id.
    VaultResult<QHash<qint64, qint64>> restore(qint64 conversationId, const QList<Message> &messages);
    /// Rewrites the message's fields (not its attachments, conversation or
    /// creation time); updatedAt becomes now.
    VaultResult<void> update(const Message &message);
    VaultResult<void> setStatus(qint64 id, MessageStatus status, const QString &errorText = {});
    /// Deletes it, in one transaction. If it is one version among others (same
    /// parent and role), the branch that followed it goes too; if it is the only
    /// one, what followed it follows its parent instead, so the conversation
    /// stays one piece.
    VaultResult<void> remove(qint64 id);

private:
    VaultResult<QList<Message>> collect(class SqlStatement &select, AttachmentLoading loading);
    VaultResult<void> loadAttachments(QList<Message> &messages, AttachmentLoading loading);
    VaultResult<void> touchConversation(qint64 conversationId, qint64 whenMs);
    /// The message's and its attachments' rows, with its times; sets the ids.
    VaultResult<void> insertRows(Message &message);

    Vault &m_vault;
};

} // namespace sotto
