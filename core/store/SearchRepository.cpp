// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/SearchRepository.h"

#include "core/store/MessageChunks.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreValues.h"
#include "core/store/Vault.h"

#include <QRegularExpression>

namespace sotto {

using namespace store;

namespace {

// Private-use characters mark the matches in FTS5's snippets; they are parsed
// out into ranges, so the caller decides how to show them.
constexpr char16_t OPEN_MARK = u'\uE000';
constexpr char16_t CLOSE_MARK = u'\uE001';

// Title hits count double: a conversation named after the query is usually
// what the user is looking for.
constexpr double TITLE_WEIGHT = 2.0;

void parseMarks(const QString &marked, SearchHit &hit)
{
    hit.snippet.reserve(marked.size());
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c == QChar(OPEN_MARK)) {
            start = hit.snippet.size();
        } else if (c == QChar(CLOSE_MARK)) {
            if (start >= 0 && hit.snippet.size() > start)
                hit.highlights.append({start, hit.snippet.size() - start});
            start = -1;
        } else {
            hit.snippet.append(c);
        }
    }
}

} // namespace

QString SearchHit::markedSnippet(const QString &open, const QString &close) const
{
    QString result;
    qsizetype position = 0;
    for (const auto &[start, length] : highlights) {
        result += QStringView(snippet).mid(position, start - position) + open
            + QStringView(snippet).mid(start, length) + close;
        position = start + length;
    }
    result += QStringView(snippet).mid(position);
    return result;
}

QString SearchHit::htmlSnippet() const
{
    QString result;
    qsizetype position = 0;
    for (const auto &[start, length] : highlights) {
        result += snippet.mid(position, start - position).toHtmlEscaped() + QStringLiteral("<b>")
            + snippet.mid(start, length).toHtmlEscaped() + QStringLiteral("</b>");
        position = start + length;
    }
    result += snippet.mid(position).toHtmlEscaped();
    return result;
}

SearchRepository::SearchRepository(Vault &vault)
    : m_vault(vault)
{ }

QString SearchRepository::matchExpression(const QString &userQuery, bool prefixLastWord)
{
    // Words as unicode61 sees them: letters, digits, marks. Everything else
    // (quotes, stars, parentheses, NEAR, column filters, minus signs) is a separator.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}\\p{M}\\p{Co}]+"));
    QStringList terms;
    auto it = word.globalMatch(userQuery);
    while (it.hasNext()) {
        const QString term = it.next().captured(0);
        terms << QLatin1Char('"') + term + QLatin1Char('"');
    }
    if (terms.isEmpty())
        return {};
    if (prefixLastWord)
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

VaultResult<QList<SearchHit>> SearchRepository::search(const QString &query, const SearchOptions &options)
{
    QList<SearchHit> hits;
    const QString match = matchExpression(query, options.prefixLastWord);
    if (match.isEmpty())
        return hits;
    // An answer still streaming is indexed only once it ends; a search meanwhile
    // joins (and so indexes) what it has committed, so it is found too.
    if (auto settled = MessageChunks::settleAll(m_vault); !settled)
        return Unexpected<VaultFailure>(std::move(settled).error());
    // First the ranking alone over both indexes (bm25 is negative, lower is
    // better), then snippets for the page that is shown: snippet() is far
    // costlier than bm25() and a broad query matches most of the vault.
    // A broad query matches most of the vault and bm25 costs per match: rank the
    // `candidates` most recent matches of each index (FTS5 walks its doclists in
    // rowid order, so the cut comes before any scoring).
    struct Ranked {
        bool message;
        qint64 id;
        double score;
    };
    // A long answer kept in segments (MessageChunks) ranks by its best segment.
    auto page = sql::rows(
        m_vault,
        "SELECT kind, id, min(score) AS score FROM ("
        "  SELECT * FROM (SELECT 0 AS kind, rowid AS id, bm25(conversations_fts) * ?2 AS score "
        "    FROM conversations_fts WHERE conversations_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?5) "
        "  UNION ALL "
        "  SELECT * FROM (SELECT 1, rowid, bm25(messages_fts, 1.0, 0.5) "
        "    FROM messages_fts WHERE messages_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?5)"
        "  UNION ALL "
        "  SELECT * FROM (SELECT 1, s.message_id, bm25(message_segments_fts, 1.0, 0.5) "
        "    FROM message_segments_fts JOIN message_segments AS s ON s.id = message_segments_fts.rowid "
        "    WHERE message_segments_fts MATCH ?1 ORDER BY message_segments_fts.rowid DESC LIMIT ?5)"
        ") GROUP BY kind, id ORDER BY score, id DESC LIMIT ?3 OFFSET ?4",
        {match, TITLE_WEIGHT, options.limit, qMax(0, options.offset),
         options.candidates > 0 ? options.candidates : -1},
        [](const SqlStatement &row) {
            return Ranked{row.int64(0) == 1, row.int64(1), row.real(2)};
        });
    if (!page)
        return Unexpected<VaultFailure>(std::move(page).error());

    // A message's snippet comes from its row, or else from its best segment.
    constexpr const char *snippetSql[] = {
        "SELECT c.id, c.title, 0, '', highlight(conversations_fts, 0, ?2, ?3), "
        "c.updated_at + 0 * ?4 FROM conversations_fts "
        "JOIN conversations c ON c.id = conversations_fts.rowid "
        "WHERE conversations_fts MATCH ?1 AND conversations_fts.rowid = ?5",
        "SELECT c.id, c.title, m.id, m.role, snippet(messages_fts, -1, ?2, ?3, '…', ?4), "
        "m.updated_at FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
        "JOIN conversations c ON c.id = m.conversation_id "
        "WHERE messages_fts MATCH ?1 AND messages_fts.rowid = ?5",
        "SELECT c.id, c.title, m.id, m.role, snippet(message_segments_fts, -1, ?2, ?3, '…', ?4), "
        "m.updated_at FROM message_segments_fts "
        "JOIN message_segments AS s ON s.id = message_segments_fts.rowid "
        "JOIN messages m ON m.id = s.message_id JOIN conversations c ON c.id = m.conversation_id "
        "WHERE message_segments_fts MATCH ?1 AND s.message_id = ?5 "
        "ORDER BY bm25(message_segments_fts, 1.0, 0.5) LIMIT 1",
    };
    for (const Ranked &entry : std::as_const(*page)) {
        const auto find = [&](const char *sql) {
            return sql::row(m_vault, sql,
                            {match, QString(QChar(OPEN_MARK)), QString(QChar(CLOSE_MARK)),
                             qBound(1, options.snippetTokens, 64), entry.id},
                            [&entry](const SqlStatement &row) {
                                SearchHit found;
                                found.conversationId = row.int64(0);
                                found.conversationTitle = row.text(1);
                                found.messageId = row.int64(2);
                                found.role = found.messageId ? roleFromStored(row.text(3)) : Role::User;
                                parseMarks(row.text(4), found);
                                found.score = entry.score;
                                found.time = fromMs(row.int64(5));
                                return found;
                            });
        };
        auto hit = find(snippetSql[entry.message ? 1 : 0]);
        if (entry.message && hit && !*hit)
            hit = find(snippetSql[2]);
        if (!hit)
            return Unexpected<VaultFailure>(std::move(hit).error());
        if (*hit)
            hits.append(**hit);
    }
    return hits;
}

} // namespace sotto
