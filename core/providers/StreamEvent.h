// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Message.h"

#include <QString>

#include <utility>

namespace sotto {

/// One thing a streamed answer told us, in the order the stream told it. `text`
/// carries the payload of every kind except Usage and Done.
struct StreamEvent {
    enum class Kind {
        /// A delta of the visible answer (never trimmed: whitespace deltas matter).
        Text,
        /// A delta of the reasoning trace.
        Reasoning,
        /// An opaque token the provider wants echoed back with the reasoning in later
        /// turns (Anthropic's thinking signature, Gemini's thoughtSignature). Never shown.
        ReasoningSignature,
        /// Token totals so far, in `usage`; the last one wins (counts are cumulative).
        Usage,
        /// Why generation stopped, as the provider names it ("stop", "length",
        /// "end_turn", "tool_use", "STOP", …).
        Finish,
        /// The provider reported an error inside the stream: its message in `text`
        /// (Anthropic: "<type>: <message>"), its error type in `code`.
        ProviderError,
        /// The bytes broke the protocol (malformed JSON, …): a translated sentence.
        ProtocolError,
        /// The body broke a size limit (a line or an event over 8 MiB): a translated
        /// sentence. Nothing after it is read; the answer ends here.
        LimitExceeded,
        /// The protocol's terminator: the answer is complete.
        Done,
    };

    Kind kind = Kind::Text;
    QString text;
    QString code;
    sotto::Usage usage;

    static StreamEvent ofText(Kind kind, QString text) { return {kind, std::move(text), {}, {}}; }
    static StreamEvent ofUsage(const sotto::Usage &usage) { return {Kind::Usage, {}, {}, usage}; }

    friend bool operator==(const StreamEvent &, const StreamEvent &) = default;
};

} // namespace sotto
