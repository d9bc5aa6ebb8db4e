// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// MarkdownStreamSplitter on model output cut into arbitrary deltas: its text is
// what was appended, the stable prefix only grows, ends at a line boundary, and
// is the same however the deltas were cut.
#include "core/chat/MarkdownStreamSplitter.h"

#include "tests/fuzz/FuzzSupport.h"

#include <QString>

using sotto::MarkdownStreamSplitter;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const sotto::fuzz::Input input = sotto::fuzz::split(data, size);
    const QString text = QString::fromUtf8(input.body);

    MarkdownStreamSplitter whole;
    whole.append(text);
    if (whole.text() != text)
        sotto::fuzz::fail("MarkdownStreamSplitter changed the text it was given");

    MarkdownStreamSplitter pieces;
    qsizetype start = 0;
    qsizetype stable = 0;
    QList<qsizetype> cuts = input.cuts;
    cuts.append(text.size());
    for (qsizetype cut : std::as_const(cuts)) {
        cut = std::min(cut, text.size());
        if (cut < start)
            continue;
        pieces.append(QStringView(text).mid(start, cut - start));
        start = cut;
        if (pieces.stableLength() < stable)
            sotto::fuzz::fail("the stable prefix shrank");
        stable = pieces.stableLength();
        if (stable > pieces.text().size())
            sotto::fuzz::fail("the stable prefix is longer than the text");
        if (stable > 0 && pieces.text().at(stable - 1) != QLatin1Char('\n'))
            sotto::fuzz::fail("the stable prefix does not end a line");
    }
    if (pieces.text() != text)
        sotto::fuzz::fail("the deltas did not add up to the text");
    if (pieces.stableLength() != whole.stableLength())
        sotto::fuzz::fail("the stable prefix depends on how the deltas are cut");

    pieces.reset();
    if (!pieces.text().isEmpty() || pieces.stableLength() != 0)
        sotto::fuzz::fail("reset() left something behind");
    return 0;
}
