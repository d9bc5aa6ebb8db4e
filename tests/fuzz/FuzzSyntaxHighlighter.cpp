// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// SyntaxHighlighter on arbitrary text in every language: spans are ordered,
// never empty, inside their line, and the same whether the text arrives whole
// or a line at a time with the state carried (as while an answer streams).
#include "core/chat/SyntaxHighlighter.h"
#include "core/chat/SyntaxLanguage.h"

#include "tests/fuzz/FuzzSupport.h"

#include <QString>

using sotto::SyntaxHighlighter;
using sotto::SyntaxLanguage;
using sotto::SyntaxSpan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const sotto::fuzz::Input input = sotto::fuzz::split(data, size);
    if (input.body.isEmpty())
        return 0;
    const QList<SyntaxLanguage> &languages = SyntaxLanguage::all();
    // The first byte picks the language; the rest is the code.
    const SyntaxLanguage &language = languages.at(qsizetype(uint8_t(input.body.at(0))) % languages.size());
    const QString code = QString::fromUtf8(input.body.sliced(1));
    const QList<QStringView> lines = QStringView(code).split(QLatin1Char('\n'));

    QList<QList<SyntaxSpan>> first;
    int state = SyntaxHighlighter::START_STATE;
    for (const QStringView line : lines) {
        const QList<SyntaxSpan> spans = SyntaxHighlighter::highlightLine(language, line, state);
        qsizetype end = 0;
        for (const SyntaxSpan &span : spans) {
            if (span.length <= 0)
                sotto::fuzz::fail("an empty span");
            if (span.start < end)
                sotto::fuzz::fail("spans overlap or are out of order");
            if (span.start + span.length > line.size())
                sotto::fuzz::fail("a span leaves its line");
            if (span.token == sotto::SyntaxToken::Plain)
                sotto::fuzz::fail("a plain span was reported");
            end = span.start + span.length;
        }
        first << spans;
    }

    // Again, from copies of each line (the stream's chunks): the same spans.
    state = SyntaxHighlighter::START_STATE;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString copy = lines.at(i).toString();
        if (SyntaxHighlighter::highlightLine(language, copy, state) != first.at(i))
            sotto::fuzz::fail("highlighting depends on more than the line and its state");
    }
    return 0;
}
