// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/chat/Message.h"

#include <QString>

#include <utility>

namespace sotto {

/// One thing a streamed answer told us, in the order the stream told it.
struct StreamEvent {
    enum class Kind {
        Text, // a delta of the visible answer, in `text` (never trimmed)
        Reasoning, // a delta of the reasoning trace, in `text`
        ReasoningSignature, // opaque token to echo back with the reasoning (Anthropic, Gemini), in `text`
        Usage, // token totals so far, in `usage`; the last one wins
        Finish, // why generation stopped, as the provider names it ("stop", "end_turn", "STOP", …), in `text`
        ProviderError, // the provider reported an error in the stream: its message in `text`, its type in
                       // `code`
        ProtocolError, // the bytes broke the protocol (malformed JSON, …): a translated sentence in `text`
        Done, // the protocol's terminator: the answer is complete
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
