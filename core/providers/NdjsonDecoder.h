// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace sotto {

/// An incremental splitter for newline-delimited JSON bodies (Ollama's streams): one
/// value per line, LF or CRLF terminated. Lines holding only whitespace are skipped;
/// finish() delivers a last line that has no newline. It does not parse JSON: each
/// returned line is the raw bytes of one value, without its terminator.
///
/// The result is the same for any split of the byte stream, including splits inside a
/// UTF-8 sequence. Cost is linear; only an incomplete line is buffered between calls.
///
/// Bounded: a line longer than MAX_LINE_BYTES overflows the decoder (a hostile or
/// broken server could otherwise grow it without end): the partial line is dropped,
/// the lines completed before are still returned, and everything after is ignored
/// (hasOverflowed()) until finish().
///
/// A plain value; not thread-safe; one instance per response body.
class NdjsonDecoder final {
public:
    /// The longest line (the bytes before its LF, a CR included): 8 MiB.
    static constexpr qsizetype MAX_LINE_BYTES = 8 * 1024 * 1024;

    /// Consumes the next bytes of the body; returns the lines they complete.
    QList<QByteArray> feed(QByteArrayView bytes);
    /// Ends the body: returns a pending unterminated line, if any, and resets.
    QList<QByteArray> finish();
    /// A line broke MAX_LINE_BYTES; the rest of the stream is ignored.
    bool hasOverflowed() const { return m_overflowed; }

private:
    static void emitLine(QByteArrayView line, QList<QByteArray> &out);

    void overflow();

    QByteArray m_line; // an incomplete line carried over from the previous chunk
    bool m_overflowed = false;
};

} // namespace sotto
