// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/TermMatcher.h"

#include <algorithm>

namespace sotto {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

TermMatcher::TermMatcher(const QStringList &terms)
{
    for (const QString &term : terms) {
        const QString trimmed = term.trimmed();
        if (trimmed.isEmpty() || m_terms.contains(trimmed, Qt::CaseInsensitive))
            continue;
        m_terms.append(trimmed);
    }
    std::stable_sort(m_terms.begin(), m_terms.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
}

void TermMatcher::find(const QString &text, QList<RedactionEntity> &found) const
{
    for (const QString &term : m_terms) {
        // A term edge that is a word character needs a non-word character beside it.
        const bool wordStart = isWordChar(term.front());
        const bool wordEnd = isWordChar(term.back());
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + 1, Qt::CaseInsensitive)) {
            const qsizetype end = at + term.size();
            if (wordStart && at > 0 && isWordChar(text[at - 1]))
                continue;
            if (wordEnd && end < text.size() && isWordChar(text[end]))
                continue;
            found.append({RedactionKind::Term, at, term.size()});
        }
    }
}

} // namespace sotto
