// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"
#include "core/types/Conversation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace sotto {

class Vault;

/// Conversations (their headers; MessageRepository holds the messages). Lists
/// are ordered pinned first, then by last update, newest first. Incognito
/// conversations are refused: they never reach the vault. Synchronous; used on
/// the vault's thread; does not own the vault. Notes changes for VaultService.
class ConversationRepository final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ConversationRepository)

public:
    explicit ConversationRepository(Vault &vault);

    /// Stores `draft` (its id is ignored); created/updated default to now, an empty
    /// source id to a new "sotto:<uuid>". A source id already stored is refused
    /// (VaultError::InvalidArgument or the constraint's error).
    VaultResult<Conversation> create(const Conversation &draft);
    /// The conversation with this source id, or 0.
    VaultResult<qint64> findBySource(const QString &sourceId);
    static QString newSourceId();
    VaultResult<Conversation> get(qint64 id);
    /// A page of the list; limit < 0 means all.
    VaultResult<QList<Conversation>> list(int offset = 0, int limit = -1);
    VaultResult<qint64> count();

    VaultResult<void> rename(qint64 id, const QString &title);
    VaultResult<void> setPinned(qint64 id, bool pinned);
    VaultResult<void> setLocalOnly(qint64 id, bool localOnly);
    VaultResult<void> setMode(qint64 id, Mode mode);
    VaultResult<void> setProvider(qint64 id, const QString &provider);
    VaultResult<void> setModel(qint64 id, const QString &model);
    /// Moves the conversation's last update (and so its place in the list).
    VaultResult<void> touch(qint64 id, const QDateTime &when = QDateTime::currentDateTimeUtc());

    /// Deletes it with its messages, images, agent lanes and request copies.
    VaultResult<void> remove(qint64 id);
    /// Retention: deletes conversations last updated before `cutoff`; pinned ones
    /// are kept unless `includePinned`. Returns how many were deleted.
    VaultResult<int> removeOlderThan(const QDateTime &cutoff, bool includePinned = false);

private:
    template <typename T>
    VaultResult<void> setColumn(const char *statement, qint64 id, const T &value);

    Vault &m_vault;
};

} // namespace sotto
