// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QList>
#include <QString>

namespace sotto {

/// A run of digit groups as people write phone and card numbers: "+1 (415) 555-2671",
/// "4111 1111 1111 1111". Groups are digits, optionally in parentheses; between two
/// groups stands at most one separator character from a given set (a parenthesised
/// group may also follow or precede a group directly). A plain value.
class DigitGroups final {
public:
    struct Group {
        qsizetype start = 0; // in the text, the opening parenthesis included
        qsizetype end = 0; // after the last digit (or the closing parenthesis)
        qsizetype digitsStart = 0;
        int digits = 0;
        bool parenthesised = false;
    };

    /// Reads groups from `at` (after a leading '+', when there is one) as far as they
    /// go. `separators` are the characters allowed between groups; `parentheses`
    /// allows "(415)". Empty when no group starts at `at`.
    static DigitGroups read(const QString &text, qsizetype at, QStringView separators, bool parentheses);

    bool isEmpty() const { return m_groups.isEmpty(); }
    qsizetype count() const { return m_groups.size(); }
    const Group &group(qsizetype i) const { return m_groups[i]; }
    /// The separator before group `i` (i ≥ 1); a null QChar when there is none.
    QChar separatorBefore(qsizetype i) const { return m_separators[i - 1]; }
    /// Whether the separators before groups first…last−1 (first ≥ 1) are all the same.
    bool uniformSeparators(qsizetype first, qsizetype last) const;
    /// Total digits of groups [0, last).
    int digitCount(qsizetype last) const;
    /// The digits of groups [0, last), compact.
    QString digitsOf(const QString &text, qsizetype last) const;

private:
    QList<Group> m_groups;
    QList<QChar> m_separators;
};

} // namespace sotto
