// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"
#include "core/types/Mode.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace sotto {

class Vault;

/// One search result: a conversation whose title matched (messageId 0) or a
/// message whose content or thinking matched. `snippet` is plain text (an
/// excerpt, "…" where cut); `highlights` are the matched ranges in it.
struct SearchHit {
    qint64 conversationId = 0;
    QString conversationTitle;
    qint64 messageId = 0;
    Role role = Role::User;
    QString snippet;
    QList<QPair<qsizetype, qsizetype>> highlights; // (start, length) in snippet
    double score = 0.0; // bm25: lower is better
    QDateTime time; // the message's (or conversation's) last update

    /// The snippet with each highlight wrapped in `open`/`close` (e.g. ANSI bold
    /// for a terminal). The text is not escaped.
    QString markedSnippet(const QString &open, const QString &close) const;
    /// HTML-escaped, highlights in <b>…</b>: safe to show in a rich-text label.
    QString htmlSnippet() const;
};

struct SearchOptions {
    int limit = 50;
    int offset = 0;
    int snippetTokens = 16; // words around the match (FTS5 allows 1–64)
    /// Also match words that start with the last one typed (search as you
    /// type). Broad prefixes are the slowest queries.
    bool prefixLastWord = false;
    /// Ranks at most this many of the newest matches per index (titles,
    /// messages), which bounds the cost of very common words; <= 0: rank all.
    int candidates = 2000;
};

/// Full-text search over conversation titles, message content and thinking,
/// inside the encrypted database (FTS5, unicode61 tokenizer with diacritics
/// removed: "resume" finds "résumé"). Ranked by bm25, title hits weighted up.
/// The user's text is never FTS5 syntax: each word is quoted and all must match
/// (the last one also as a prefix when asked). Synchronous; vault thread.
class SearchRepository final {
public:
    explicit SearchRepository(Vault &vault);

    VaultResult<QList<SearchHit>> search(const QString &query, const SearchOptions &options = {});

    /// The FTS5 MATCH expression for what the user typed; empty when nothing
    /// searchable is left.
    static QString matchExpression(const QString &userQuery, bool prefixLastWord = false);

private:
    Vault &m_vault;
};

} // namespace sotto
