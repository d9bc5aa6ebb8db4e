// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/JsonSkim.h"
#include "core/providers/NdjsonDecoder.h"
#include "core/providers/StreamParser.h"
#include "core/providers/ThinkTagSplitter.h"

namespace sotto {

/// Parses Ollama's native NDJSON streams, from /api/chat (`message.content`,
/// `message.thinking`) and /api/generate (`response`, `thinking`). Content goes
/// through a ThinkTagSplitter (models that write `<think>` tags on servers that do not
/// separate them). The final `"done": true` object may still carry text; it gives the
/// usage (`prompt_eval_count` / `eval_count`), the `done_reason`, and is the
/// terminator. An `{"error": …}` line, mid-stream or as the whole body, becomes a
/// ProviderError. The content type is not trusted (ollama.com sends NDJSON as
/// application/json): a pretty-printed single JSON body is read too.
class OllamaStreamParser final : public StreamParser {
public:
    OllamaStreamParser();

    QList<StreamEvent> feed(QByteArrayView bytes) override;
    QList<StreamEvent> finish() override;

private:
    void handleLine(const QByteArray &line, QList<StreamEvent> &out);
    void handleObject(const JsonSkim::Value &object, QList<StreamEvent> &out);

    NdjsonDecoder m_decoder;
    JsonSkim m_json;
    ThinkTagSplitter m_splitter;
    QByteArray m_unparsed; // lines that were not JSON on their own: maybe one pretty-printed body
    bool m_sawObject = false;
};

} // namespace sotto
