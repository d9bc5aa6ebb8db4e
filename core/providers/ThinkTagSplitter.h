// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

namespace sotto {

/// Splits a `<think>…</think>` block that opens a streamed answer into reasoning, as
/// served by reasoning models behind servers that do not separate it themselves
/// (DeepSeek-R1 and QwQ through many OpenAI-compatible servers, older Ollama).
///
/// Rules: only a block at the very start of the content counts (whitespace before it
/// is allowed and dropped); whitespace right after `</think>` is dropped too, the rest
/// is answer text; a `<think>` later in the text is ordinary text; a block that never
/// closes is reasoning until finish(). Tags split across chunks at any character are
/// recognised: text that might be the start of a tag is held back until the next
/// chunk (or finish()) decides. Text before the first non-whitespace character is also
/// held back, so whitespace-only first deltas arrive with the next one.
///
/// A plain value; not thread-safe; one instance per answer.
class ThinkTagSplitter final {
public:
    /// What one call produced. Within one call reasoning comes before answer text.
    struct Output {
        QString reasoning;
        QString answer;
    };

    /// Consumes the next content delta.
    Output feed(QString content);
    /// Ends the answer: releases held-back text and resets the splitter.
    Output finish();

private:
    enum class State {
        Start, // before the first non-whitespace character
        InThink, // inside the opening block
        AfterThink, // right after </think>, dropping whitespace
        Answer, // plain answer text; nothing special any more
    };

    void consume(QString text, Output &out);

    State m_state = State::Start;
    QString m_pending;
};

} // namespace sotto
