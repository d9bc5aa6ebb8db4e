// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/ConversationCatalog.h"

#include "core/store/ConversationRepository.h"
#include "core/store/SearchRepository.h"
#include "core/store/VaultService.h"

#include <QSet>

namespace sotto {

ConversationCatalog::ConversationCatalog(VaultService &vault, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
{
    connect(&vault, &VaultService::conversationsChanged, this, &ConversationCatalog::changed);
}

bool ConversationCatalog::isAvailable() const
{
    return m_vault.isUnlocked();
}

void ConversationCatalog::list(const QString &filter, QObject *context, Listed done)
{
    m_vault.run(
        [filter](Vault &vault) -> VaultResult<QList<ConversationSummary>> {
            QList<ConversationSummary> rows;
            ConversationRepository conversations(vault);
            if (filter.isEmpty()) {
                return conversations.list().transform([&rows](const QList<Conversation> &list) {
                    for (const Conversation &c : list)
                        rows.append({c, {}, {}, 0});
                    return rows;
                });
            }
            SearchOptions options;
            options.limit = SEARCH_LIMIT;
            options.prefixLastWord = true;
            return SearchRepository(vault)
                .search(filter, options)
                .transform([&](const QList<SearchHit> &hits) {
                    QSet<qint64> seen;
                    for (const SearchHit &hit : hits) {
                        if (seen.contains(hit.conversationId))
                            continue;
                        seen.insert(hit.conversationId);
                        if (auto c = conversations.get(hit.conversationId))
                            rows.append({*c, hit.snippet, hit.highlights, hit.messageId});
                    }
                    return rows;
                });
        },
        context, std::move(done));
}

void ConversationCatalog::rename(qint64 id, const QString &title, QObject *context, Done done)
{
    m_vault.run(
        [id, title](Vault &vault) {
            return ConversationRepository(vault).rename(id, title);
        },
        context, std::move(done));
}

void ConversationCatalog::setPinned(qint64 id, bool pinned, QObject *context, Done done)
{
    m_vault.run(
        [id, pinned](Vault &vault) {
            return ConversationRepository(vault).setPinned(id, pinned);
        },
        context, std::move(done));
}

void ConversationCatalog::remove(qint64 id, QObject *context, Done done)
{
    m_vault.run(
        [id](Vault &vault) {
            return ConversationRepository(vault).remove(id);
        },
        context, std::move(done));
}

} // namespace sotto
