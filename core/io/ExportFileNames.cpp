// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ExportFileNames.h"

#include <QStringView>

namespace sotto {

namespace {

constexpr qsizetype MAX_NAME = 80;

bool isUnsafe(QChar c)
{
    static const QString reserved = QStringLiteral("/\\:*?\"<>|");
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
        || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph
        || reserved.contains(c);
}

} // namespace

QString ExportFileNames::sanitised(const QString &title, qint64 id)
{
    QString name;
    name.reserve(title.size());
    bool lastWasSpace = false;
    for (const QChar c : title) {
        const bool space = c.isSpace() || isUnsafe(c);
        if (space) {
            if (!lastWasSpace && !name.isEmpty())
                name.append(isUnsafe(c) && !c.isSpace() ? QLatin1Char('-') : QLatin1Char(' '));
            lastWasSpace = true;
            continue;
        }
        name.append(c);
        lastWasSpace = false;
    }
    if (name.size() > MAX_NAME) {
        qsizetype cut = MAX_NAME;
        if (name.at(cut - 1).isHighSurrogate())
            --cut; // never half a character
        name.truncate(cut);
    }
    // No hidden file, nothing a command line takes for an option.
    while (!name.isEmpty()
           && (name.front() == QLatin1Char('.') || name.front() == QLatin1Char('-')
               || name.front() == QLatin1Char(' ')))
        name.remove(0, 1);
    while (!name.isEmpty()
           && (name.back() == QLatin1Char('.') || name.back() == QLatin1Char(' ')
               || name.back() == QLatin1Char('-')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("Conversation %1").arg(id);
    return name;
}

QString ExportFileNames::next(const QString &title, qint64 id, const QString &suffix)
{
    const QString base = sanitised(title, id);
    QString name = base + QLatin1Char('.') + suffix;
    for (int n = 2; m_taken.contains(name.toLower()); ++n)
        name = QStringLiteral("%1 (%2).%3").arg(base, QString::number(n), suffix);
    m_taken.insert(name.toLower());
    return name;
}

} // namespace sotto
