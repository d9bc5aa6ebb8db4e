// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace sotto::fuzz {

/// A fuzz input: the first byte says how the rest is cut into network reads, the rest
/// is the body. Mode 0 delivers the body whole; any other mode cuts it into chunks of
/// 1 to 2^(mode % 8) bytes, their sizes drawn from a generator seeded with the mode.
/// So one corpus file exercises both the bytes and the way they arrive.
struct Input {
    QByteArrayView body;
    QList<qsizetype> cuts; // ascending offsets inside body
};

inline Input split(const uint8_t *data, size_t size)
{
    Input input;
    if (size == 0)
        return input;
    const uint8_t mode = data[0];
    input.body = QByteArrayView(data + 1, static_cast<qsizetype>(size - 1));
    if (mode == 0)
        return input;
    uint32_t state = mode * 2654435761u | 1u;
    const uint32_t maxChunk = 1u << (mode % 8);
    for (qsizetype at = 0;;) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        at += 1 + static_cast<qsizetype>(state % maxChunk);
        if (at >= input.body.size())
            break;
        input.cuts.append(at);
    }
    return input;
}

/// The pieces of `body` between `cuts`, in order.
inline QList<QByteArrayView> pieces(QByteArrayView body, const QList<qsizetype> &cuts)
{
    QList<QByteArrayView> result;
    qsizetype start = 0;
    for (qsizetype cut : cuts) {
        result.append(body.sliced(start, cut - start));
        start = cut;
    }
    result.append(body.sliced(start));
    return result;
}

/// Stops the run: an invariant does not hold. libFuzzer keeps the input as a crash.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace sotto::fuzz
