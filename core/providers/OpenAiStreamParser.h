// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/SseStreamParser.h"
#include "core/providers/ThinkTagSplitter.h"

namespace sotto {

/// Parses an OpenAI Chat Completions stream, as OpenAI and compatible servers
/// (llama.cpp, vLLM, DeepSeek, OpenRouter, LM Studio, …) send it.
///
/// Per chunk it reads `choices[index 0].delta`: `content` (text; a string or, as
/// Mistral sends it, an array of text/thinking parts) through a ThinkTagSplitter,
/// `reasoning_content` or else `reasoning` (reasoning), `refusal` (text), then
/// `finish_reason` and a non-null `usage` (`prompt_tokens` / `completion_tokens`; the
/// include_usage chunk has empty `choices`). An `error` object, or an event named
/// `error`, becomes a ProviderError. `data: [DONE]` is the terminator; when a server
/// omits it, a `finish_reason` seen before the end also counts as complete. A body that
/// is one JSON document (an error, or a non-streamed completion) is read the same way.
class OpenAiStreamParser final : public SseStreamParser {
public:
    OpenAiStreamParser();

protected:
    void onEvent(const SseEvent &event, QList<StreamEvent> &out) override;
    void onPlainBody(const JsonSkim::Value &document, QList<StreamEvent> &out) override;
    void onEnd(QList<StreamEvent> &out) override;

private:
    void handleChunk(const JsonSkim::Value &chunk, std::string_view deltaKey, QList<StreamEvent> &out);
    void handleContent(const JsonSkim::Value &content, QList<StreamEvent> &out);
    void flushSplitter(QList<StreamEvent> &out);

    ThinkTagSplitter m_splitter;
    bool m_sawFinishReason = false;
};

} // namespace sotto
