// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// SseDecoder on arbitrary bytes: no crash, and the same events whether the body
// arrives whole or cut as the input's first byte says.
#include "core/providers/SseDecoder.h"

#include "tests/fuzz/FuzzSupport.h"

using sotto::SseDecoder;
using sotto::SseEvent;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const sotto::fuzz::Input input = sotto::fuzz::split(data, size);

    SseDecoder whole;
    QList<SseEvent> expected = whole.feed(input.body);
    expected += whole.finish();

    SseDecoder chunked;
    QList<SseEvent> events;
    for (QByteArrayView piece : sotto::fuzz::pieces(input.body, input.cuts))
        events += chunked.feed(piece);
    events += chunked.finish();

    if (events != expected)
        sotto::fuzz::fail("SseDecoder events depend on how the body is cut");
    for (const SseEvent &event : events) {
        if (event.data.contains('\r') || event.type.contains('\n') || event.type.contains('\r'))
            sotto::fuzz::fail("a line terminator leaked into an event");
    }
    return 0;
}
