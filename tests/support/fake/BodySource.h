// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>

namespace sotto::test::fake {

/// Where a response body comes from, piece by piece, so a huge generated stream
/// never sits in memory whole. A piece is what a real server would flush at once
/// (one event, or a batch of events); with chunked framing each piece is a chunk.
class BodySource {
public:
    virtual ~BodySource() = default;
    virtual bool atEnd() const = 0;
    /// The next non-empty piece; only called while !atEnd().
    virtual QByteArray next() = 0;
    /// Total body size in bytes (may cost a dry run for generated bodies).
    virtual qint64 size() const = 0;
};

} // namespace sotto::test::fake
