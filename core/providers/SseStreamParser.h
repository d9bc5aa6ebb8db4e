// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/JsonSkim.h"
#include "core/providers/SseDecoder.h"
#include "core/providers/StreamParser.h"

#include <optional>

namespace sotto {

/// The common part of the parsers for SSE protocols (OpenAI, Anthropic, Gemini): it
/// drives an SseDecoder, and when the body turns out to be plain JSON instead of an
/// event stream (an error object sent with status 200, a server that ignored
/// `stream: true`) it hands the whole document to onPlainBody() at the end. Event data
/// is read with a JsonSkim of the subclass's shape, which must include what
/// onPlainBody() reads. Internal to core/providers; use StreamParser::create().
class SseStreamParser : public StreamParser {
public:
    QList<StreamEvent> feed(QByteArrayView bytes) final;
    QList<StreamEvent> finish() final;

protected:
    /// `shape` must outlive the parser (a function-local static).
    explicit SseStreamParser(const JsonShape &shape)
        : m_json(shape)
    { }

    /// One decoded event.
    virtual void onEvent(const SseEvent &event, QList<StreamEvent> &out) = 0;
    /// The body held no event and was this JSON document (an object or an array).
    virtual void onPlainBody(const JsonSkim::Value &document, QList<StreamEvent> &out) = 0;
    /// The body ended (after the last event).
    virtual void onEnd(QList<StreamEvent> &out) = 0;

    /// Reads event data as a JSON object; reports a ProtocolError and returns nothing
    /// when it is not one. The value is valid until the next parse.
    std::optional<JsonSkim::Value> parseObject(const QByteArray &data, QList<StreamEvent> &out);
    /// Reads event data that may be JSON; an undefined value when it is not.
    JsonSkim::Value parseValue(const QByteArray &data);

private:
    void handle(const QList<SseEvent> &events, QList<StreamEvent> &out);

    SseDecoder m_decoder;
    JsonSkim m_json;
    QByteArray m_head; // the body so far, until an event proves it is an event stream
    bool m_sawEvent = false;
};

} // namespace sotto
