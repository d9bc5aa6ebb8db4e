// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/chat/SyntaxHighlighter.h"

#include <algorithm>

namespace sotto {

namespace {

// States beyond START_STATE: what the previous line left open.
constexpr int BLOCK_COMMENT = 1;
constexpr int IN_TAG = 2; // markup: inside <name …, before its >
constexpr int STRING_BASE = 16; // + the index of the open multi-line string's delimiter

using Flavour = SyntaxLanguage::Flavour;

/// Collects spans; drops empty and Plain ones.
class Spans final {
public:
    void add(qsizetype start, qsizetype length, SyntaxToken token)
    {
        if (length > 0 && token != SyntaxToken::Plain)
            m_spans.append({start, length, token});
    }
    QList<SyntaxSpan> take() { return std::move(m_spans); }

private:
    QList<SyntaxSpan> m_spans;
};

bool isWordStart(QChar c, const SyntaxLanguage &language)
{
    return c.isLetter() || c == QLatin1Char('_')
        || (c != QLatin1Char('-') && language.identifierExtra.contains(c));
}

bool isWordChar(QChar c, const SyntaxLanguage &language)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || language.identifierExtra.contains(c);
}

/// Where a string opened before `from` ends (just past its closing delimiter), or -1.
qsizetype closeOfString(QStringView line, qsizetype from, QStringView delimiter, bool escapes)
{
    const qsizetype n = line.size();
    for (qsizetype i = from; i < n; ++i) {
        if (escapes && line[i] == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (line.mid(i).startsWith(delimiter))
            return i + delimiter.size();
    }
    return -1;
}

qsizetype skipSpaces(QStringView line, qsizetype i)
{
    while (i < line.size() && line[i].isSpace())
        ++i;
    return i;
}

/// Which of the language's string delimiters opens at `i`, or -1 (they are listed longest first).
qsizetype stringAt(const SyntaxLanguage &language, QStringView line, qsizetype i)
{
    for (qsizetype k = 0; k < language.strings.size(); ++k) {
        if (line.mid(i).startsWith(language.strings.at(k)))
            return k;
    }
    return -1;
}

void highlightDiff(QStringView line, Spans &spans)
{
    const qsizetype n = line.size();
    if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---"))
        || line.startsWith(QLatin1String("diff ")) || line.startsWith(QLatin1String("index ")))
        spans.add(0, n, SyntaxToken::Keyword);
    else if (line.startsWith(QLatin1String("@@")))
        spans.add(0, n, SyntaxToken::Function);
    else if (line.startsWith(QLatin1Char('+')))
        spans.add(0, n, SyntaxToken::String);
    else if (line.startsWith(QLatin1Char('-')))
        spans.add(0, n, SyntaxToken::Number);
}

void highlightMarkup(const SyntaxLanguage &language, QStringView line, int &state, Spans &spans)
{
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n) {
        if (state == BLOCK_COMMENT) {
            const qsizetype end = line.indexOf(language.blockCommentEnd, i);
            const qsizetype stop = end < 0 ? n : end + language.blockCommentEnd.size();
            spans.add(i, stop - i, SyntaxToken::Comment);
            if (end >= 0)
                state = SyntaxHighlighter::START_STATE;
            i = stop;
            continue;
        }
        const QChar c = line[i];
        if (state == IN_TAG) {
            if (c == QLatin1Char('>')) {
                state = SyntaxHighlighter::START_STATE;
                ++i;
            } else if (const qsizetype k = stringAt(language, line, i); k >= 0) {
                const qsizetype end = closeOfString(line, i + 1, language.strings.at(k), false);
                const qsizetype stop = end < 0 ? n : end;
                spans.add(i, stop - i, SyntaxToken::String);
                i = stop;
            } else if (c.isLetter() || c == QLatin1Char('_')) {
                qsizetype j = i + 1;
                while (j < n
                       && (line[j].isLetterOrNumber() || line[j] == QLatin1Char('-')
                           || line[j] == QLatin1Char(':') || line[j] == QLatin1Char('_')
                           || line[j] == QLatin1Char('.')))
                    ++j;
                spans.add(i, j - i, SyntaxToken::Builtin);
                i = j;
            } else {
                ++i;
            }
            continue;
        }
        if (line.mid(i).startsWith(language.blockCommentStart)) {
            state = BLOCK_COMMENT;
            continue;
        }
        if (c == QLatin1Char('<')) {
            qsizetype j = i + 1;
            while (j < n
                   && (line[j] == QLatin1Char('/') || line[j] == QLatin1Char('!')
                       || line[j] == QLatin1Char('?')))
                ++j;
            const qsizetype nameStart = j;
            while (j < n
                   && (line[j].isLetterOrNumber() || line[j] == QLatin1Char('-')
                       || line[j] == QLatin1Char(':') || line[j] == QLatin1Char('_')
                       || line[j] == QLatin1Char('.')))
                ++j;
            if (j > nameStart && line[nameStart].isLetter()) {
                spans.add(nameStart, j - nameStart, SyntaxToken::Keyword);
                state = IN_TAG;
                i = j;
                continue;
            }
        } else if (c == QLatin1Char('&')) {
            qsizetype j = i + 1;
            while (j < n && j - i < 12 && (line[j].isLetterOrNumber() || line[j] == QLatin1Char('#')))
                ++j;
            if (j < n && j > i + 1 && line[j] == QLatin1Char(';')) {
                spans.add(i, j + 1 - i, SyntaxToken::Number);
                i = j + 1;
                continue;
            }
        }
        ++i;
    }
}

/// YAML: the key of a mapping line (after its indent and any "- "), and document markers.
qsizetype yamlKey(QStringView line, Spans &spans)
{
    const qsizetype n = line.size();
    qsizetype i = skipSpaces(line, 0);
    if (line.mid(i).startsWith(QLatin1String("---")) || line.mid(i).startsWith(QLatin1String("..."))) {
        if (line.mid(i + 3).trimmed().isEmpty()) {
            spans.add(i, 3, SyntaxToken::Keyword);
            return n;
        }
    }
    while (i + 1 < n && line[i] == QLatin1Char('-') && line[i + 1].isSpace())
        i = skipSpaces(line, i + 1);
    if (i >= n || line[i] == QLatin1Char('#') || line[i] == QLatin1Char('"') || line[i] == QLatin1Char('\'')
        || line[i] == QLatin1Char('{') || line[i] == QLatin1Char('['))
        return i;
    for (qsizetype j = i; j < n; ++j) {
        if (line[j] == QLatin1Char(':') && (j + 1 == n || line[j + 1].isSpace())) {
            spans.add(i, j - i, SyntaxToken::Function);
            return j + 1;
        }
        if (line[j] == QLatin1Char('#') && j > i && line[j - 1].isSpace())
            break;
    }
    return i;
}

void highlightCode(const SyntaxLanguage &language, QStringView line, int &state, Spans &spans, qsizetype i)
{
    const qsizetype n = line.size();
    // What the previous line left open.
    if (state == BLOCK_COMMENT) {
        const qsizetype end = line.indexOf(language.blockCommentEnd, i);
        if (end < 0) {
            spans.add(i, n - i, SyntaxToken::Comment);
            return;
        }
        spans.add(i, end + language.blockCommentEnd.size() - i, SyntaxToken::Comment);
        i = end + language.blockCommentEnd.size();
        state = SyntaxHighlighter::START_STATE;
    } else if (state >= STRING_BASE) {
        const qsizetype k = state - STRING_BASE;
        state = SyntaxHighlighter::START_STATE;
        if (k < language.strings.size()) {
            const qsizetype end = closeOfString(line, i, language.strings.at(k), true);
            if (end < 0) {
                spans.add(i, n - i, SyntaxToken::String);
                state = STRING_BASE + int(k);
                return;
            }
            spans.add(i, end - i, SyntaxToken::String);
            i = end;
        }
    }

    bool afterDefiner = false;
    while (i < n) {
        const QChar c = line[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const QStringView rest = line.mid(i);
        bool comment = false;
        for (const QString &marker : language.lineComments) {
            if (rest.startsWith(marker)
                && !(language.hashCommentNeedsSpace && marker == QLatin1String("#") && i > 0
                     && !line[i - 1].isSpace())) {
                comment = true;
                break;
            }
        }
        if (comment) {
            spans.add(i, n - i, SyntaxToken::Comment);
            return;
        }
        if (!language.blockCommentStart.isEmpty() && rest.startsWith(language.blockCommentStart)) {
            const qsizetype end
                = line.indexOf(language.blockCommentEnd, i + language.blockCommentStart.size());
            if (end < 0) {
                spans.add(i, n - i, SyntaxToken::Comment);
                state = BLOCK_COMMENT;
                return;
            }
            spans.add(i, end + language.blockCommentEnd.size() - i, SyntaxToken::Comment);
            i = end + language.blockCommentEnd.size();
            afterDefiner = false;
            continue;
        }
        if (const qsizetype k = stringAt(language, line, i); k >= 0) {
            const QString &delimiter = language.strings.at(k);
            if (language.shortQuotes && delimiter == QLatin1String("'")) {
                // 'x' or '\n' is a character; 'a alone is a lifetime.
                const qsizetype end = closeOfString(line.left(std::min(n, i + 5)), i + 1, delimiter, true);
                if (end < 0 || end - i > 4) {
                    ++i;
                    continue;
                }
            }
            const qsizetype end = closeOfString(line, i + delimiter.size(), delimiter, true);
            if (end < 0) {
                spans.add(i, n - i, SyntaxToken::String);
                if (language.multilineStrings.contains(delimiter))
                    state = STRING_BASE + int(k);
                return;
            }
            SyntaxToken token = SyntaxToken::String;
            if (language.keysBeforeColon) {
                const qsizetype next = skipSpaces(line, end);
                if (next < n && line[next] == QLatin1Char(':'))
                    token = SyntaxToken::Function;
            }
            spans.add(i, end - i, token);
            i = end;
            afterDefiner = false;
            continue;
        }
        if (!language.variableSigil.isNull() && c == language.variableSigil) {
            qsizetype j = i + 1;
            if (j < n && line[j] == QLatin1Char('{')) {
                const qsizetype close = line.indexOf(QLatin1Char('}'), j);
                j = close < 0 ? n : close + 1;
            } else if (j < n && (line[j].isDigit() || QStringView(u"?@#*!$-").contains(line[j]))) {
                ++j;
            } else {
                while (j < n && (line[j].isLetterOrNumber() || line[j] == QLatin1Char('_')))
                    ++j;
            }
            spans.add(i, j - i, SyntaxToken::Builtin);
            i = std::max(j, i + 1);
            continue;
        }
        const bool digit = c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && line[i + 1].isDigit());
        if (digit && (i == 0 || !isWordChar(line[i - 1], language))) {
            qsizetype j = i + 1;
            const bool hex = c == QLatin1Char('0') && j < n
                && (line[j] == QLatin1Char('x') || line[j] == QLatin1Char('X'));
            while (j < n) {
                const QChar d = line[j];
                if (d.isLetterOrNumber() || d == QLatin1Char('_') || d == QLatin1Char('\'')
                    || d == QLatin1Char('.'))
                    ++j;
                else if ((d == QLatin1Char('+') || d == QLatin1Char('-')) && !hex
                         && (line[j - 1] == QLatin1Char('e') || line[j - 1] == QLatin1Char('E')))
                    ++j;
                else
                    break;
            }
            // "1..5" is two numbers and a range.
            if (const qsizetype range = line.mid(i, j - i).indexOf(QLatin1String("..")); range > 0)
                j = i + range;
            spans.add(i, j - i, SyntaxToken::Number);
            i = j;
            afterDefiner = false;
            continue;
        }
        if (isWordStart(c, language)) {
            qsizetype j = i + 1;
            while (j < n && isWordChar(line[j], language))
                ++j;
            const QStringView word = line.mid(i, j - i);
            const QString key = language.caseInsensitive ? word.toString().toLower() : word.toString();
            SyntaxToken token = SyntaxToken::Plain;
            if (language.keywords.contains(key)) {
                token = SyntaxToken::Keyword;
            } else if (afterDefiner) {
                token = SyntaxToken::Function;
            } else if (language.builtins.contains(key)) {
                token = SyntaxToken::Builtin;
            } else {
                const qsizetype next = skipSpaces(line, j);
                if (next < n && line[next] == QLatin1Char('('))
                    token = SyntaxToken::Function;
                else if (language.capitalisedAreTypes && word.front().isUpper()
                         && std::any_of(word.begin(), word.end(), [](QChar w) {
                                return w.isLower();
                            }))
                    token = SyntaxToken::Function;
            }
            spans.add(i, j - i, token);
            afterDefiner = language.definers.contains(key);
            i = j;
            continue;
        }
        afterDefiner = false;
        ++i;
    }
}

} // namespace

QList<SyntaxSpan> SyntaxHighlighter::highlightLine(const SyntaxLanguage &language, QStringView line,
                                                   int &state)
{
    Spans spans;
    switch (language.flavour) {
    case Flavour::Diff:
        state = START_STATE;
        highlightDiff(line, spans);
        break;
    case Flavour::Markup:
        if (state != BLOCK_COMMENT && state != IN_TAG)
            state = START_STATE;
        highlightMarkup(language, line, state, spans);
        break;
    case Flavour::Yaml:
        state = START_STATE;
        highlightCode(language, line, state, spans, yamlKey(line, spans));
        state = START_STATE;
        break;
    case Flavour::Code:
        if (state != BLOCK_COMMENT && (state < STRING_BASE || state - STRING_BASE >= language.strings.size()))
            state = START_STATE;
        highlightCode(language, line, state, spans, 0);
        break;
    }
    return spans.take();
}

} // namespace sotto
