// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/Placeholder.h"

namespace sotto {

namespace {

bool isNameChar(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool isDigitChar(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/// How far a placeholder's shape goes from `text[0]`: the parts read and whether
/// the closing bracket was reached.
struct Scan {
    qsizetype length = 0; // characters that fit the shape so far
    bool complete = false;
    bool broken = false; // a character that cannot continue the shape
};

Scan scan(QStringView text)
{
    Scan result;
    if (text.isEmpty() || text.front() != QChar(Placeholder::OPEN)) {
        result.broken = true;
        return result;
    }
    qsizetype i = 1;
    qsizetype letters = 0;
    while (i < text.size() && isNameChar(text[i]) && letters < Placeholder::MAX_NAME) {
        ++i;
        ++letters;
    }
    result.length = i;
    if (i == text.size())
        return result;
    if (letters == 0 || text[i] != QLatin1Char('_')) {
        result.broken = true;
        return result;
    }
    ++i;
    qsizetype digits = 0;
    while (i < text.size() && isDigitChar(text[i]) && digits < Placeholder::MAX_NUMBER) {
        ++i;
        ++digits;
    }
    result.length = i;
    if (i == text.size())
        return result;
    if (digits == 0 || text[i] != QChar(Placeholder::CLOSE)) {
        result.broken = true;
        return result;
    }
    result.length = i + 1;
    result.complete = true;
    return result;
}

} // namespace

QString Placeholder::make(const QString &name, qint64 number)
{
    return QChar(OPEN) + name + QLatin1Char('_') + QString::number(number) + QChar(CLOSE);
}

qsizetype Placeholder::matchAt(QStringView text, qsizetype at)
{
    const Scan result = scan(text.mid(at, MAX_LENGTH));
    return result.complete ? result.length : 0;
}

bool Placeholder::isPrefix(QStringView text)
{
    if (text.size() >= MAX_LENGTH)
        return false;
    const Scan result = scan(text);
    return !result.broken && !result.complete && result.length == text.size();
}

QString Placeholder::name(QStringView placeholder)
{
    const qsizetype underscore = placeholder.indexOf(QLatin1Char('_'));
    return placeholder.mid(1, underscore - 1).toString();
}

} // namespace sotto
