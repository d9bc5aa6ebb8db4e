// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Message.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sotto::test {

/// How a generated stream ends.
enum class Finish {
    Stop, // normal end: OpenAI "stop" + [DONE], Anthropic end_turn + message_stop, Ollama done:true, Gemini
          // STOP
    Length, // cut by the token limit: "length", "max_tokens", "length", "MAX_TOKENS"
    Missing, // no terminator at all: the body just ends (a truncated stream that closes cleanly)
};

/// What a generated answer says; FakeResponse::stream() renders it in the protocol
/// of the route that is asked, split into deltas of `deltaChars` characters (Unicode
/// code points, so a surrogate pair is never split). Thinking streams first, then text.
/// Every member has an initializer, so designated initializers compile warning-free:
/// `FakeResponse::stream({.text = QStringLiteral("Hi"), .usage = Usage{3, 1}})`.
struct StreamContent {
    QString text{};
    QString thinking{};
    std::optional<Usage> usage{}; // input/output token counts; none: the stream carries no counts
    qint64 reasoningTokens = 0; // part of usage->outputTokens (Gemini thoughtsTokenCount, OpenAI details)
    Finish finish = Finish::Stop;
    int deltaChars = 8;
    /// Send the thinking as "<think>…</think>" at the start of the content (llama-server
    /// with reasoning_format none, many Ollama models) instead of the protocol's own field.
    bool thinkingAsTags = false;
    /// OpenAI-compatible reasoning field: "reasoning_content" (DeepSeek, llama.cpp) or "reasoning" (vLLM,
    /// OpenRouter).
    QByteArray openAiReasoningField = "reasoning_content";
    /// Non-empty: after the deltas, end with the protocol's in-stream error carrying this
    /// message (Anthropic `event: error` overloaded_error, Ollama {"error":…}, OpenAI and
    /// Gemini a data object with an "error" key) instead of the normal finish.
    QString streamError{};
    /// >= 0: insert one event whose JSON is cut short after this many deltas.
    int malformedAfter = -1;
    /// The model echoed in the stream; empty: the model the request asked for.
    QString model{};
};

} // namespace sotto::test
