// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/ConversationRepository.h"

#include "core/store/StoreValues.h"
#include "core/store/Vault.h"

#include <QUuid>

namespace sotto {

using namespace store;

namespace {

constexpr char COLUMNS[]
    = "id, title, created_at, updated_at, pinned, provider, model, mode, local_only, source_id";

Conversation readConversation(const SqlStatement &row)
{
    Conversation conversation;
    conversation.id = row.int64(0);
    conversation.title = row.text(1);
    conversation.createdAt = fromMs(row.int64(2));
    conversation.updatedAt = fromMs(row.int64(3));
    conversation.pinned = row.int64(4) != 0;
    conversation.provider = row.text(5);
    conversation.model = row.text(6);
    conversation.mode = modeFromStored(row.text(7));
    conversation.localOnly = row.int64(8) != 0;
    conversation.sourceId = row.text(9);
    return conversation;
}

} // namespace

ConversationRepository::ConversationRepository(Vault &vault)
    : m_vault(vault)
{ }

VaultResult<Conversation> ConversationRepository::create(const Conversation &draft)
{
    if (draft.incognito) {
        return vaultError(VaultError::InvalidArgument, tr("An incognito conversation is never stored."));
    }
    Conversation conversation = draft;
    const qint64 now = nowMs();
    if (!conversation.createdAt.isValid())
        conversation.createdAt = fromMs(now);
    if (!conversation.updatedAt.isValid())
        conversation.updatedAt = conversation.createdAt;
    if (conversation.sourceId.isEmpty())
        conversation.sourceId = newSourceId();
    auto insert
        = m_vault.prepare("INSERT INTO conversations (title, created_at, updated_at, pinned, provider, "
                          "model, mode, local_only, source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert)
        return Unexpected<VaultFailure>(std::move(insert).error());
    insert->bind(1, conversation.title)
        .bind(2, toMs(conversation.createdAt))
        .bind(3, toMs(conversation.updatedAt))
        .bind(4, conversation.pinned)
        .bind(5, conversation.provider)
        .bind(6, conversation.model)
        .bind(7, modeName(conversation.mode))
        .bind(8, conversation.localOnly)
        .bind(9, conversation.sourceId);
    if (auto ran = insert->run(); !ran)
        return Unexpected<VaultFailure>(std::move(ran).error());
    conversation.id = m_vault.lastInsertId();
    m_vault.pendingChanges().conversations = true;
    return conversation;
}

QString ConversationRepository::newSourceId()
{
    return QStringLiteral("sotto:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

VaultResult<qint64> ConversationRepository::findBySource(const QString &sourceId)
{
    auto select = m_vault.prepare("SELECT id FROM conversations WHERE source_id = ?1");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, sourceId);
    auto row = select->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    return *row ? select->int64(0) : qint64(0);
}

VaultResult<Conversation> ConversationRepository::get(qint64 id)
{
    static const QByteArray sql = QByteArray("SELECT ") + COLUMNS + " FROM conversations WHERE id = ?1";
    auto select = m_vault.prepare(sql.constData());
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    if (!*row)
        return vaultError(VaultError::NotFound, tr("There is no conversation %1.").arg(id));
    return readConversation(*select);
}

VaultResult<QList<Conversation>> ConversationRepository::list(int offset, int limit)
{
    static const QByteArray sql = QByteArray("SELECT ") + COLUMNS
        + " FROM conversations ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT ?1 OFFSET ?2";
    auto select = m_vault.prepare(sql.constData());
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, qint64(limit)).bind(2, qint64(qMax(0, offset)));
    QList<Conversation> conversations;
    for (;;) {
        auto row = select->step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (!*row)
            return conversations;
        conversations.append(readConversation(*select));
    }
}

VaultResult<qint64> ConversationRepository::count()
{
    auto select = m_vault.prepare("SELECT count(*) FROM conversations");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    auto row = select->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    return select->int64(0);
}

template <typename T>
VaultResult<void> ConversationRepository::setColumn(const char *sql, qint64 id, const T &value)
{
    auto update = m_vault.prepare(sql);
    if (!update)
        return Unexpected<VaultFailure>(std::move(update).error());
    update->bind(1, value).bind(2, id);
    if (auto ran = update->run(); !ran)
        return ran;
    if (m_vault.changes() == 0)
        return vaultError(VaultError::NotFound, tr("There is no conversation %1.").arg(id));
    m_vault.pendingChanges().conversations = true;
    return {};
}

VaultResult<void> ConversationRepository::rename(qint64 id, const QString &title)
{
    return setColumn("UPDATE conversations SET title = ?1 WHERE id = ?2", id, title);
}

VaultResult<void> ConversationRepository::setPinned(qint64 id, bool pinned)
{
    return setColumn("UPDATE conversations SET pinned = ?1 WHERE id = ?2", id, pinned);
}

VaultResult<void> ConversationRepository::setLocalOnly(qint64 id, bool localOnly)
{
    return setColumn("UPDATE conversations SET local_only = ?1 WHERE id = ?2", id, localOnly);
}

VaultResult<void> ConversationRepository::setMode(qint64 id, Mode mode)
{
    return setColumn("UPDATE conversations SET mode = ?1 WHERE id = ?2", id, modeName(mode));
}

VaultResult<void> ConversationRepository::setProvider(qint64 id, const QString &provider)
{
    return setColumn("UPDATE conversations SET provider = ?1 WHERE id = ?2", id, provider);
}

VaultResult<void> ConversationRepository::setModel(qint64 id, const QString &model)
{
    return setColumn("UPDATE conversations SET model = ?1 WHERE id = ?2", id, model);
}

VaultResult<void> ConversationRepository::touch(qint64 id, const QDateTime &when)
{
    return setColumn("UPDATE conversations SET updated_at = ?1 WHERE id = ?2", id, toMs(when));
}

VaultResult<void> ConversationRepository::remove(qint64 id)
{
    auto transaction = m_vault.transaction();
    if (!transaction)
        return Unexpected<VaultFailure>(std::move(transaction).error());
    auto remove = m_vault.prepare("DELETE FROM conversations WHERE id = ?1");
    if (!remove)
        return Unexpected<VaultFailure>(std::move(remove).error());
    remove->bind(1, id);
    if (auto ran = remove->run(); !ran)
        return ran;
    if (m_vault.changes() == 0)
        return vaultError(VaultError::NotFound, tr("There is no conversation %1.").arg(id));
    if (auto committed = transaction->commit(); !committed)
        return committed;
    m_vault.pendingChanges().conversations = true;
    m_vault.pendingChanges().messages.insert(id);
    m_vault.pendingChanges().auditLog = true; // its request copies went with it
    return {};
}

VaultResult<int> ConversationRepository::removeOlderThan(const QDateTime &cutoff, bool includePinned)
{
    auto remove = m_vault.prepare("DELETE FROM conversations WHERE updated_at < ?1 AND (pinned = 0 OR ?2)");
    if (!remove)
        return Unexpected<VaultFailure>(std::move(remove).error());
    remove->bind(1, toMs(cutoff)).bind(2, includePinned);
    if (auto ran = remove->run(); !ran)
        return Unexpected<VaultFailure>(std::move(ran).error());
    const int removed = m_vault.changes();
    if (removed > 0) {
        m_vault.pendingChanges().conversations = true;
        m_vault.pendingChanges().auditLog = true;
    }
    return removed;
}

} // namespace sotto
