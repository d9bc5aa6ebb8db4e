// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/bench/BenchChatViewText.h"

namespace sotto {

namespace {

const char *const WORDS[] = {
    "the",        "of",       "and",      "to",        "a",        "in",       "is",        "that",
    "for",        "it",       "with",     "as",        "on",       "be",       "this",      "are",
    "you",        "can",      "if",       "or",        "not",      "when",     "which",     "each",
    "from",       "by",       "your",     "one",       "all",      "then",     "will",      "more",
    "function",   "value",    "return",   "string",    "list",     "memory",   "thread",    "query",
    "database",   "index",    "request",  "response",  "server",   "client",   "cache",     "layout",
    "document",   "window",   "widget",   "signal",    "event",    "loop",     "timer",     "buffer",
    "pointer",    "vector",   "compile",  "template",  "type",     "error",    "result",    "option",
    "example",    "approach", "because",  "instead",   "usually",  "simply",   "first",     "second",
    "faster",     "slower",   "larger",   "smaller",   "safe",     "unsafe",   "explicit",  "implicit",
    "recipe",     "flour",    "oven",     "minutes",   "garden",   "summer",   "history",   "century",
    "river",      "mountain", "city",     "language",  "grammar",  "sentence", "meaning",   "context",
    "model",      "answer",   "question", "reasoning", "evidence", "argument", "benchmark", "profile",
    "kubernetes", "python",   "rust",     "postgres",  "sqlite",   "linux",    "compiler",  "allocator",
    "résumé",     "café",     "naïve",    "Zürich",    "über",     "señor",    "façade",    "coöperate",
};

const char *const IDENTIFIERS[] = {
    "count", "items", "result", "buffer", "index", "total", "name", "value", "config", "path", "size", "node",
};

} // namespace

BenchChatViewText::BenchChatViewText(quint32 seed)
    : m_random(seed)
{
    for (const char *w : WORDS)
        m_words << QString::fromUtf8(w);
}

QString BenchChatViewText::word()
{
    // Cubing a uniform draw favours the common words at the front of the list.
    const double u = m_random.generateDouble();
    return m_words.at(int(u * u * u * double(m_words.size())));
}

QString BenchChatViewText::sentence()
{
    const int length = 6 + int(m_random.bounded(16));
    QString text;
    for (int i = 0; i < length; ++i) {
        QString w = word();
        if (i == 0)
            w[0] = w.at(0).toUpper();
        const quint32 decoration = m_random.bounded(40);
        if (decoration == 0)
            w = QStringLiteral("**") + w + QStringLiteral("**");
        else if (decoration == 1)
            w = QLatin1Char('`') + w + QStringLiteral("()`");
        else if (decoration == 2)
            w = QStringLiteral("[%1](https://example.org/docs/%1)").arg(w);
        text += (i ? QStringLiteral(" ") : QString()) + w;
    }
    return text + (m_random.bounded(6) == 0 ? QStringLiteral("?") : QStringLiteral("."));
}

QString BenchChatViewText::paragraph()
{
    const int sentences = 2 + int(m_random.bounded(4));
    QString text;
    for (int i = 0; i < sentences; ++i)
        text += (i ? QStringLiteral(" ") : QString()) + sentence();
    return text;
}

QString BenchChatViewText::list(bool numbered)
{
    const int items = 3 + int(m_random.bounded(4));
    QString text;
    for (int i = 0; i < items; ++i) {
        text += numbered ? QStringLiteral("%1. ").arg(i + 1) : QStringLiteral("- ");
        text += sentence();
        if (i + 1 < items)
            text += QLatin1Char('\n');
    }
    return text;
}

QString BenchChatViewText::codeBlock(int lines)
{
    const bool python = m_random.bounded(2) == 0;
    QString text = python ? QStringLiteral("```python\n") : QStringLiteral("```cpp\n");
    int depth = 0;
    for (int i = 0; i < lines; ++i) {
        const QString a = QString::fromLatin1(IDENTIFIERS[m_random.bounded(int(std::size(IDENTIFIERS)))]);
        const QString b = QString::fromLatin1(IDENTIFIERS[m_random.bounded(int(std::size(IDENTIFIERS)))]);
        const QString indent(4 * depth, QLatin1Char(' '));
        const quint32 kind = m_random.bounded(6);
        QString line;
        if (python) {
            if (kind == 0 && depth < 3) {
                line = QStringLiteral("for %1 in %2:").arg(a, b);
                ++depth;
            } else if (kind == 1) {
                line = QStringLiteral("# %1 %2 %3").arg(word(), word(), word());
            } else {
                line = QStringLiteral("%1 = %2(%3, %4)").arg(a, word(), b, QString::number(i));
                if (depth > 0 && m_random.bounded(3) == 0)
                    --depth;
            }
        } else {
            if (kind == 0 && depth < 3) {
                line = QStringLiteral("for (const auto &%1 : %2) {").arg(a, b);
                ++depth;
            } else if (kind == 1 && depth > 0) {
                --depth;
                line = QStringLiteral("}");
                text += QString(4 * depth, QLatin1Char(' ')) + line + QLatin1Char('\n');
                continue;
            } else if (kind == 2) {
                line = QStringLiteral("// %1 %2 %3").arg(word(), word(), word());
            } else {
                line = QStringLiteral("auto %1 = %2(%3, %4);").arg(a, word(), b, QString::number(i));
            }
        }
        text += indent + line + QLatin1Char('\n');
    }
    return text + QStringLiteral("```");
}

QString BenchChatViewText::table()
{
    const int columns = 3 + int(m_random.bounded(2));
    const int rows = 3 + int(m_random.bounded(5));
    QString text = QStringLiteral("|");
    QString rule = QStringLiteral("|");
    for (int c = 0; c < columns; ++c) {
        text += QLatin1Char(' ') + word() + QStringLiteral(" |");
        rule += QStringLiteral(" --- |");
    }
    text += QLatin1Char('\n') + rule;
    for (int r = 0; r < rows; ++r) {
        text += QStringLiteral("\n|");
        for (int c = 0; c < columns; ++c)
            text += QLatin1Char(' ')
                + (c == 0 ? word() : QString::number(m_random.bounded(10000) / 100.0, 'f', 2))
                + QStringLiteral(" |");
    }
    return text;
}

QString BenchChatViewText::heading()
{
    QString text = QStringLiteral("### ") + word() + QLatin1Char(' ') + word();
    text[4] = text.at(4).toUpper();
    return text;
}

QString BenchChatViewText::block()
{
    const quint32 kind = m_random.bounded(100);
    if (kind < 45)
        return paragraph();
    if (kind < 60)
        return list(false);
    if (kind < 70)
        return list(true);
    if (kind < 85)
        return codeBlock(5 + int(m_random.bounded(20)));
    if (kind < 95)
        return heading();
    if (kind < 98)
        return table();
    return QStringLiteral("> ") + sentence();
}

QString BenchChatViewText::userMessage()
{
    QString text = sentence();
    if (m_random.bounded(3) == 0)
        text += QLatin1Char(' ') + sentence();
    if (m_random.bounded(10) == 0)
        text += QStringLiteral("\n\n") + codeBlock(3 + int(m_random.bounded(8)));
    return text;
}

QString BenchChatViewText::assistantMessage()
{
    const int blocks = 3 + int(m_random.bounded(6));
    QString text = paragraph();
    for (int i = 1; i < blocks; ++i)
        text += QStringLiteral("\n\n") + block();
    return text;
}

QString BenchChatViewText::longAnswer(int lines)
{
    QString text;
    int count = 0;
    while (count < lines) {
        QString next = block();
        QStringList blockLines = next.split(QLatin1Char('\n'));
        // Separator line before every block but the first.
        const int separator = count ? 1 : 0;
        const int room = lines - count - separator;
        if (room <= 0)
            break;
        if (blockLines.size() > room) {
            // Close the answer with a paragraph cut to fit: one line.
            next = sentence();
            blockLines = {next};
        }
        if (separator)
            text += QStringLiteral("\n\n");
        text += next;
        count += separator + int(blockLines.size());
    }
    while (count < lines) {
        text += QLatin1Char('\n');
        ++count;
    }
    return text + QLatin1Char('\n');
}

QString BenchChatViewText::title()
{
    QString text = word() + QLatin1Char(' ') + word() + QLatin1Char(' ') + word();
    text[0] = text.at(0).toUpper();
    return text;
}

QStringList BenchChatViewText::tokens(const QString &text)
{
    QStringList out;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            out << current;
        current.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            flush();
            out << QStringLiteral("\n");
            continue;
        }
        const bool startsWord
            = c == QLatin1Char(' ') && !current.isEmpty() && current.back() != QLatin1Char(' ');
        if (startsWord || current.size() >= 6)
            flush();
        current += c;
    }
    flush();
    return out;
}

} // namespace sotto
