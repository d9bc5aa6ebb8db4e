// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace sotto {

/// One dispatched server-sent event. `data` is the UTF-8 payload, its `data:` lines
/// joined with "\n". `type` is the `event:` field, empty when the event had none
/// (the WHATWG default type, "message"). `id` is the last event id seen so far.
struct SseEvent {
    QByteArray type;
    QByteArray data;
    QByteArray id;

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

/// An incremental decoder for `text/event-stream` bodies, following the WHATWG
/// event-stream interpretation rules: fields `event`, `data`, `id`, `retry` (others
/// ignored), one optional space after the colon, `:` comment lines, CRLF, LF or CR line
/// endings (also when a CR ends one chunk and its LF starts the next), a UTF-8 BOM at the
/// start. Unlike a strict browser parser, finish() also dispatches a last event that
/// the stream ended without its blank line (real servers do that).
///
/// The result is the same for any split of the byte stream into feed() calls,
/// including one byte at a time and splits inside a UTF-8 sequence: the decoder works
/// on bytes and never decodes text. Cost is linear in the input; only an incomplete
/// line is buffered between calls.
///
/// Bounded: a line longer than MAX_LINE_BYTES, or an event whose data lines add up to
/// more, overflows the decoder (a hostile or broken server could otherwise grow it
/// without end): what it holds is dropped, the events completed before are still
/// returned, and everything after is ignored (hasOverflowed()) until finish().
///
/// A plain value; not thread-safe; one instance per response body.
class SseDecoder final {
public:
    /// The longest line, and the most data one event may gather: 8 MiB.
    static constexpr qsizetype MAX_LINE_BYTES = 8 * 1024 * 1024;

    /// Consumes the next bytes of the body; returns the events they complete.
    QList<SseEvent> feed(QByteArrayView bytes);
    /// Ends the body: treats a pending line as terminated and dispatches a pending
    /// event. The decoder is then reset and may decode a new stream.
    QList<SseEvent> finish();

    /// The last `retry:` value in milliseconds, if the server sent one.
    std::optional<qint64> retryMs() const { return m_retryMs; }
    /// A line or an event broke MAX_LINE_BYTES; the rest of the stream is ignored.
    bool hasOverflowed() const { return m_overflowed; }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);
    void overflow();

    QByteArray m_line; // an incomplete line carried over from the previous chunk
    QByteArray m_type;
    QByteArray m_data;
    QByteArray m_lastId;
    std::optional<qint64> m_retryMs;
    bool m_hasData = false; // at least one data: line in the pending event
    bool m_skipLf = false; // the previous chunk ended in CR: a leading LF belongs to it
    int m_bomMatched = 0; // bytes of a leading BOM matched so far
    bool m_started = false; // past the point where a BOM could appear
    bool m_overflowed = false;
};

} // namespace sotto
