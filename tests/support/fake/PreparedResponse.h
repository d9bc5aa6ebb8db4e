// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "tests/support/fake/BodySource.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <memory>
#include <optional>

namespace sotto::test {

/// How a response body is delimited on the wire.
enum class Framing {
    ContentLength, // Content-Length header (the size is computed up front)
    Chunked, // Transfer-Encoding: chunked, one chunk per piece
    CloseDelimited, // no length; Connection: close and the body ends when the socket closes
};

} // namespace sotto::test

namespace sotto::test::fake {

/// A FakeResponse rendered for one request: what ResponseWriter puts on the wire
/// and how it paces it. Move-only (it owns its body source).
struct PreparedResponse {
    enum class Action {
        Respond,
        HangUp, // close the connection without a byte
        NeverAnswer, // keep the connection open and send nothing
    };

    Action action = Action::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides framing and Connection
    std::unique_ptr<BodySource> body;
    Framing framing = Framing::ContentLength;

    int dripBytes = 0; // > 0: write the whole response this many bytes at a time
    int dripIntervalMs = 0;
    int pieceIntervalMs = 0; // > 0: each body piece written at once, then this pause (a token rate)
    int slowHeadersMs = -1; // >= 0: write the header block one byte per this many ms
    std::optional<qint64> stallAfter; // body payload bytes before stalling
    std::optional<qint64> dropAfter; // body payload bytes before closing the connection
};

} // namespace sotto::test::fake
