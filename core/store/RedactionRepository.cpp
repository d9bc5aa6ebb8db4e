// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/RedactionRepository.h"

#include "core/store/Vault.h"

#include <QDateTime>

namespace sotto {

namespace {

/// Terms are the same term whatever their case.
QString folded(const QString &term)
{
    return term.trimmed().toCaseFolded();
}

} // namespace

RedactionRepository::RedactionRepository(Vault &vault)
    : m_vault(vault)
{ }

VaultResult<QStringList> RedactionRepository::terms()
{
    auto select = m_vault.prepare("SELECT term FROM redaction_terms ORDER BY id");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    QStringList terms;
    for (;;) {
        auto row = select->step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (!*row)
            return terms;
        terms.append(select->text(0));
    }
}

VaultResult<bool> RedactionRepository::addTerm(const QString &term)
{
    const QString trimmed = term.trimmed();
    if (trimmed.isEmpty())
        return false;
    auto insert
        = m_vault.prepare("INSERT INTO redaction_terms (term, folded, created_at) VALUES (?1, ?2, ?3) "
                          "ON CONFLICT (folded) DO NOTHING");
    if (!insert)
        return Unexpected<VaultFailure>(std::move(insert).error());
    insert->bind(1, trimmed).bind(2, folded(trimmed)).bind(3, QDateTime::currentMSecsSinceEpoch());
    if (auto ran = insert->run(); !ran)
        return Unexpected<VaultFailure>(std::move(ran).error());
    const bool added = m_vault.changes() > 0;
    if (added)
        m_vault.pendingChanges().settings = true;
    return added;
}

VaultResult<bool> RedactionRepository::removeTerm(const QString &term)
{
    auto remove = m_vault.prepare("DELETE FROM redaction_terms WHERE folded = ?1");
    if (!remove)
        return Unexpected<VaultFailure>(std::move(remove).error());
    remove->bind(1, folded(term));
    if (auto ran = remove->run(); !ran)
        return Unexpected<VaultFailure>(std::move(ran).error());
    const bool removed = m_vault.changes() > 0;
    if (removed)
        m_vault.pendingChanges().settings = true;
    return removed;
}

VaultResult<QByteArray> RedactionRepository::map(qint64 conversationId)
{
    auto select = m_vault.prepare("SELECT map FROM redaction_maps WHERE conversation_id = ?1");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, conversationId);
    auto row = select->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    return *row ? select->text(0).toUtf8() : QByteArray();
}

VaultResult<void> RedactionRepository::saveMap(qint64 conversationId, const QByteArray &json)
{
    auto upsert
        = m_vault.prepare("INSERT INTO redaction_maps (conversation_id, map, updated_at) VALUES (?1, ?2, ?3) "
                          "ON CONFLICT (conversation_id) DO UPDATE SET map = excluded.map, "
                          "updated_at = excluded.updated_at");
    if (!upsert)
        return Unexpected<VaultFailure>(std::move(upsert).error());
    upsert->bind(1, conversationId)
        .bind(2, QString::fromUtf8(json))
        .bind(3, QDateTime::currentMSecsSinceEpoch());
    return upsert->run();
}

} // namespace sotto
