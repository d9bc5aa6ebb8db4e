// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// NdjsonDecoder on arbitrary bytes: no crash, the same lines however the body is
// cut, and no line holds a newline or is blank.
#include "core/providers/NdjsonDecoder.h"

#include "tests/fuzz/FuzzSupport.h"

using sotto::NdjsonDecoder;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const sotto::fuzz::Input input = sotto::fuzz::split(data, size);

    NdjsonDecoder whole;
    QList<QByteArray> expected = whole.feed(input.body);
    expected += whole.finish();

    NdjsonDecoder chunked;
    QList<QByteArray> lines;
    for (QByteArrayView piece : sotto::fuzz::pieces(input.body, input.cuts))
        lines += chunked.feed(piece);
    lines += chunked.finish();

    if (lines != expected)
        sotto::fuzz::fail("NdjsonDecoder lines depend on how the body is cut");
    for (const QByteArray &line : lines) {
        if (line.contains('\n') || line.trimmed().isEmpty())
            sotto::fuzz::fail("a line holds a newline or is blank");
    }
    return 0;
}
