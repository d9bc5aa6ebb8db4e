// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/ConversationRepository.h"

#include "core/store/SqlQuery.h"
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
    auto inserted
        = sql::run(m_vault,
                   "INSERT INTO conversations (title, created_at, updated_at, pinned, provider, "
                   "model, mode, local_only, source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                   {conversation.title, toMs(conversation.createdAt), toMs(conversation.updatedAt),
                    conversation.pinned, conversation.provider, conversation.model,
                    modeName(conversation.mode), conversation.localOnly, conversation.sourceId});
    return std::move(inserted).transform([&] {
        conversation.id = m_vault.lastInsertId();
        m_vault.pendingChanges().conversations = true;
        return conversation;
    });
}

QString ConversationRepository::newSourceId()
{
    return QStringLiteral("sotto:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

VaultResult<qint64> ConversationRepository::findBySource(const QString &sourceId)
{
    return sql::integer(m_vault, "SELECT id FROM conversations WHERE source_id = ?1", {sourceId});
}

VaultResult<Conversation> ConversationRepository::get(qint64 id)
{
    static const QByteArray query = QByteArray("SELECT ") + COLUMNS + " FROM conversations WHERE id = ?1";
    return orNotFound(sql::row(m_vault, query.constData(), {id}, readConversation),
                      tr("There is no conversation %1.").arg(id));
}

VaultResult<QList<Conversation>> ConversationRepository::list(int offset, int limit)
{
    static const QByteArray query = QByteArray("SELECT ") + COLUMNS
        + " FROM conversations ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT ?1 OFFSET ?2";
    return sql::rows(m_vault, query.constData(), {limit, qMax(0, offset)}, readConversation);
}

VaultResult<qint64> ConversationRepository::count()
{
    return sql::integer(m_vault, "SELECT count(*) FROM conversations");
}

template <typename T>
VaultResult<void> ConversationRepository::setColumn(const char *statement, qint64 id, const T &value)
{
    if (auto ran = sql::run(m_vault, statement, {value, id}); !ran)
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
    auto removed = sql::inTransaction(m_vault, [&]() -> VaultResult<void> {
        if (auto ran = sql::run(m_vault, "DELETE FROM conversations WHERE id = ?1", {id}); !ran)
            return ran;
        if (m_vault.changes() == 0)
            return vaultError(VaultError::NotFound, tr("There is no conversation %1.").arg(id));
        return {};
    });
    if (!removed)
        return removed;
    m_vault.pendingChanges().conversations = true;
    m_vault.pendingChanges().messages.insert(id);
    m_vault.pendingChanges().auditLog = true; // its request copies went with it
    return {};
}

VaultResult<int> ConversationRepository::removeOlderThan(const QDateTime &cutoff, bool includePinned)
{
    return sql::run(m_vault, "DELETE FROM conversations WHERE updated_at < ?1 AND (pinned = 0 OR ?2)",
                    {toMs(cutoff), includePinned})
        .transform([this] {
            const int removed = m_vault.changes();
            if (removed > 0) {
                m_vault.pendingChanges().conversations = true;
                m_vault.pendingChanges().auditLog = true;
            }
            return removed;
        });
}

} // namespace sotto
