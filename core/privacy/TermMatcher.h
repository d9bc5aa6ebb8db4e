// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/privacy/RedactionEntity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sotto {

/// Finds the user's own terms (names, a company, code names) in a text: whole words,
/// case-insensitive; where terms overlap, the longer wins ("Acme Labs" before "Acme").
/// A plain value.
class TermMatcher final {
public:
    TermMatcher() = default;
    /// Blank terms are dropped, duplicates (ignoring case) kept once.
    explicit TermMatcher(const QStringList &terms);

    bool isEmpty() const { return m_terms.isEmpty(); }
    /// The terms, longest first.
    const QStringList &terms() const { return m_terms; }
    /// Every whole-word occurrence of every term (occurrences may overlap).
    void find(const QString &text, QList<RedactionEntity> &found) const;

private:
    QStringList m_terms;
};

} // namespace sotto
