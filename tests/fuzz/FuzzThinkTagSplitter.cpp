// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// ThinkTagSplitter on arbitrary text: the same reasoning and answer however the
// deltas are cut, and no character is invented.
#include "core/providers/ThinkTagSplitter.h"

#include "tests/fuzz/FuzzSupport.h"

#include <QString>

using sotto::ThinkTagSplitter;

namespace {

void run(const QStringList &deltas, QString &reasoning, QString &answer)
{
    ThinkTagSplitter splitter;
    for (const QString &delta : deltas) {
        const ThinkTagSplitter::Output output = splitter.feed(delta);
        reasoning += output.reasoning;
        answer += output.answer;
    }
    const ThinkTagSplitter::Output output = splitter.finish();
    reasoning += output.reasoning;
    answer += output.answer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const sotto::fuzz::Input input = sotto::fuzz::split(data, size);
    const QString text = QString::fromUtf8(input.body);

    QStringList deltas;
    qsizetype start = 0;
    for (qsizetype cut : input.cuts) {
        if (cut > text.size())
            break;
        deltas << text.mid(start, cut - start);
        start = cut;
    }
    deltas << text.mid(start);

    QString wholeReasoning;
    QString wholeAnswer;
    run({text}, wholeReasoning, wholeAnswer);
    QString reasoning;
    QString answer;
    run(deltas, reasoning, answer);

    if (reasoning != wholeReasoning || answer != wholeAnswer)
        sotto::fuzz::fail("ThinkTagSplitter output depends on how the deltas are cut");
    if (reasoning.size() + answer.size() > text.size())
        sotto::fuzz::fail("ThinkTagSplitter produced more text than it was given");
    return 0;
}
