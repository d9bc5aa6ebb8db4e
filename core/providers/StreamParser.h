// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/StreamEvent.h"
#include "core/types/ProviderConfig.h"

#include <QByteArrayView>
#include <QList>

#include <memory>

namespace sotto {

/// Turns the body of one streamed chat answer, fed in whatever pieces the network
/// delivers, into StreamEvents. One implementation per wire protocol; create one with
/// create(). Pure: no I/O, no timers, no signals; it never throws and never crashes on
/// bad input: malformed parts become ProtocolError events and parsing goes on, so what
/// arrived is kept.
///
/// The events are the same for every split of the body (tested at every byte offset),
/// and each is delivered as soon as its part of the body is complete. A stream is
/// complete when a Done event was produced (isComplete()): at the protocol's
/// terminator, or at finish() when the body ended right after the provider's stop
/// reason without its terminator (a finish_reason without [DONE], a message_delta
/// without message_stop). A body that ends without one was cut short: its text is
/// partial. Bytes after the terminator are still parsed.
///
/// Not thread-safe; one instance per response body; owned by its caller.
class StreamParser {
public:
    virtual ~StreamParser();
    StreamParser(const StreamParser &) = delete;
    StreamParser &operator=(const StreamParser &) = delete;

    /// Consumes the next bytes of the response body.
    virtual QList<StreamEvent> feed(QByteArrayView bytes) = 0;
    /// Ends the body (the connection closed): flushes what was held back. Call once.
    virtual QList<StreamEvent> finish() = 0;

    /// Whether the protocol's terminator was seen (a Done event was produced).
    bool isComplete() const { return m_complete; }

    /// The parser for `api`: OpenAI Chat Completions SSE, Anthropic Messages SSE,
    /// Ollama /api/chat or /api/generate NDJSON, Gemini streamGenerateContent SSE.
    static std::unique_ptr<StreamParser> create(Api api);

protected:
    StreamParser() = default;
    /// Emits Done, once per stream.
    void markComplete(QList<StreamEvent> &out);
    /// Emits a ProtocolError for an event whose JSON could not be read.
    static void reportMalformed(QList<StreamEvent> &out);
    /// Emits LimitExceeded, once per stream, when `overflowed` (the decoder's state).
    void reportOverflow(bool overflowed, QList<StreamEvent> &out);

private:
    bool m_complete = false;
    bool m_overflowReported = false;
};

} // namespace sotto
