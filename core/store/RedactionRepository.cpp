// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/RedactionRepository.h"

#include "core/store/SqlQuery.h"
#include "core/store/Vault.h"

#include <QDateTime>

namespace sotto {

namespace {

/// Terms are the same term whatever their case.
QString folded(const QString &term)
{
    return term.trimmed().toCaseFolded();
}

// Whether the statement just run added or removed a term; one that did is a
// settings change.
bool termsChanged(Vault &vault)
{
    const bool changed = vault.changes() > 0;
    if (changed)
        vault.pendingChanges().settings = true;
    return changed;
}

} // namespace

RedactionRepository::RedactionRepository(Vault &vault)
    : m_vault(vault)
{ }

VaultResult<QStringList> RedactionRepository::terms()
{
    return sql::rows(m_vault, "SELECT term FROM redaction_terms ORDER BY id", {},
                     [](const SqlStatement &row) {
                         return row.text(0);
                     });
}

VaultResult<bool> RedactionRepository::addTerm(const QString &term)
{
    const QString trimmed = term.trimmed();
    if (trimmed.isEmpty())
        return false;
    auto inserted = sql::run(m_vault,
                             "INSERT INTO redaction_terms (term, folded, created_at) VALUES (?1, ?2, ?3) "
                             "ON CONFLICT (folded) DO NOTHING",
                             {trimmed, folded(trimmed), QDateTime::currentMSecsSinceEpoch()});
    return std::move(inserted).transform([this] {
        return termsChanged(m_vault);
    });
}

VaultResult<bool> RedactionRepository::removeTerm(const QString &term)
{
    return sql::run(m_vault, "DELETE FROM redaction_terms WHERE folded = ?1", {folded(term)})
        .transform([this] {
            return termsChanged(m_vault);
        });
}

VaultResult<QByteArray> RedactionRepository::map(qint64 conversationId)
{
    return sql::row(m_vault, "SELECT map FROM redaction_maps WHERE conversation_id = ?1", {conversationId},
                    [](const SqlStatement &row) {
                        return row.text(0).toUtf8();
                    })
        .transform([](std::optional<QByteArray> map) {
            return map.value_or(QByteArray());
        });
}

VaultResult<void> RedactionRepository::saveMap(qint64 conversationId, const QByteArray &json)
{
    return sql::run(m_vault,
                    "INSERT INTO redaction_maps (conversation_id, map, updated_at) VALUES (?1, ?2, ?3) "
                    "ON CONFLICT (conversation_id) DO UPDATE SET map = excluded.map, "
                    "updated_at = excluded.updated_at",
                    {conversationId, QString::fromUtf8(json), QDateTime::currentMSecsSinceEpoch()});
}

} // namespace sotto
