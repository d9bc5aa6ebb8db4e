// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Message.h"
#include "core/types/Mode.h"

#include <QList>
#include <QString>

#include <optional>

namespace sotto {

/// What one chat call asks of a model, independent of the wire protocol.
///
/// `history` is the conversation oldest first; its last entry is the new user message.
/// Only `role`, `content` and `attachments` (already sanitised image bytes and their
/// MIME type) of each Message are sent; system messages are merged into the system
/// prompt, and messages with neither text nor images (a failed answer) are skipped.
/// Reasoning text of earlier answers is not sent back.
struct ChatRequest {
    QString model; // empty: the provider's default model
    QString systemPrompt;
    QList<Message> history;
    Mode mode = Mode::Instant; // Contemplating agents are sent as Thinking
    std::optional<int> maxOutputTokens; // the answer's length limit; the provider default when unset
    std::optional<int> thinkingBudget;
    /// Sampling temperature, sent only where the API accepts it with reasoning on
    /// (Ollama, Gemini); OpenAI's reasoning models reject it and Anthropic's
    /// extended thinking requires 1, so those never carry it.
    std::optional<double> temperature; // reasoning tokens in Thinking mode; a per-protocol default when unset
    /// The context budget the history was fitted to; Ollama also gets it as
    /// options.num_ctx (it cuts longer input itself). 0: not set.
    qint64 contextTokens = 0;
};

} // namespace sotto
