// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/SseStreamParser.h"

namespace sotto {

/// Parses a Gemini `streamGenerateContent?alt=sse` stream. Per chunk it reads
/// `candidates[0].content.parts[]` (`text`; parts with `"thought": true` are
/// reasoning; a `thoughtSignature` becomes ReasoningSignature), `finishReason` and the
/// cumulative `usageMetadata` (input `promptTokenCount`, output `candidatesTokenCount`
/// + `thoughtsTokenCount`). Gemini sends no `[DONE]`: the chunk that carries a
/// `finishReason` is the terminator. An `error` object, or a prompt blocked by
/// `promptFeedback.blockReason`, becomes a ProviderError. A body that is plain JSON
/// (an error, or the array the endpoint returns without `alt=sse`) is read the same way.
class GeminiStreamParser final : public SseStreamParser {
public:
    GeminiStreamParser();

protected:
    void onEvent(const SseEvent &event, QList<StreamEvent> &out) override;
    void onPlainBody(const JsonSkim::Value &document, QList<StreamEvent> &out) override;
    void onEnd(QList<StreamEvent> &out) override;

private:
    void handleChunk(const JsonSkim::Value &chunk, QList<StreamEvent> &out);

    bool m_sawFinishReason = false;
};

} // namespace sotto
