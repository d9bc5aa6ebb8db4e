// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/StreamParser.h"

#include "tests/fuzz/FuzzSupport.h"

#include <algorithm>

namespace sotto::fuzz {

/// One protocol parser on arbitrary bytes: no crash, the same events whether the
/// body arrives whole or cut, at most one Done, and isComplete() agrees with it.
inline int fuzzStreamParser(Api api, const uint8_t *data, size_t size)
{
    const Input input = split(data, size);

    const auto whole = StreamParser::create(api);
    QList<StreamEvent> expected = whole->feed(input.body);
    expected += whole->finish();

    const auto chunked = StreamParser::create(api);
    QList<StreamEvent> events;
    for (QByteArrayView piece : pieces(input.body, input.cuts))
        events += chunked->feed(piece);
    events += chunked->finish();

    if (events != expected)
        fail("parser events depend on how the body is cut");
    const auto done = std::count_if(events.cbegin(), events.cend(), [](const StreamEvent &event) {
        return event.kind == StreamEvent::Kind::Done;
    });
    if (done > 1 || (done == 1) != chunked->isComplete())
        fail("Done is not reported exactly once for a complete stream");
    return 0;
}

} // namespace sotto::fuzz
