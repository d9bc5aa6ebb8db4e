// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/DigitGroups.h"

namespace sotto {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/// Reads one group at `at`; false when none starts there.
bool readGroup(const QString &text, qsizetype at, bool parentheses, DigitGroups::Group &group)
{
    qsizetype i = at;
    group.start = at;
    group.parenthesised = parentheses && i < text.size() && text[i] == QLatin1Char('(');
    if (group.parenthesised)
        ++i;
    group.digitsStart = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    group.digits = static_cast<int>(i - group.digitsStart);
    if (group.digits == 0)
        return false;
    if (group.parenthesised) {
        if (i >= text.size() || text[i] != QLatin1Char(')'))
            return false;
        ++i;
    }
    group.end = i;
    return true;
}

} // namespace

DigitGroups DigitGroups::read(const QString &text, qsizetype at, QStringView separators, bool parentheses)
{
    DigitGroups result;
    Group group;
    if (!readGroup(text, at, parentheses, group))
        return result;
    result.m_groups.append(group);
    for (;;) {
        const Group &last = result.m_groups.constLast();
        qsizetype i = last.end;
        if (i >= text.size())
            break;
        QChar separator;
        if (separators.contains(text[i])) {
            separator = text[i];
            ++i;
        } else if (!(parentheses && (text[i] == QLatin1Char('(') || last.parenthesised))) {
            break; // two groups meet without a separator only around parentheses
        }
        Group next;
        if (!readGroup(text, i, parentheses, next))
            break;
        result.m_separators.append(separator);
        result.m_groups.append(next);
    }
    return result;
}

bool DigitGroups::uniformSeparators(qsizetype first, qsizetype last) const
{
    for (qsizetype i = first + 1; i < last; ++i) {
        if (m_separators[i - 1] != m_separators[first - 1])
            return false;
    }
    return true;
}

int DigitGroups::digitCount(qsizetype last) const
{
    int total = 0;
    for (qsizetype i = 0; i < last; ++i)
        total += m_groups[i].digits;
    return total;
}

QString DigitGroups::digitsOf(const QString &text, qsizetype last) const
{
    QString digits;
    for (qsizetype i = 0; i < last; ++i)
        digits += QStringView(text).mid(m_groups[i].digitsStart, m_groups[i].digits);
    return digits;
}

} // namespace sotto
