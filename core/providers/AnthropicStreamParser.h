// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/SseStreamParser.h"

#include <QHash>

namespace sotto {

/// Parses an Anthropic Messages stream. `message_start` gives the first usage;
/// `content_block_delta` carries `text_delta` (text), `thinking_delta` (reasoning) and
/// `signature_delta` (collected per block and emitted as ReasoningSignature at
/// `content_block_stop`, never appended to the reasoning); `input_json_delta` (tool
/// input) and `ping` are ignored. `message_delta` gives the stop reason and cumulative
/// usage (it replaces, never adds). `message_stop` is the terminator; a body that ends
/// after a `message_delta` with a stop reason is complete too. `error` events become
/// ProviderError "<error.type>: <error.message>".
class AnthropicStreamParser final : public SseStreamParser {
public:
    AnthropicStreamParser();

protected:
    void onEvent(const SseEvent &event, QList<StreamEvent> &out) override;
    void onPlainBody(const JsonSkim::Value &document, QList<StreamEvent> &out) override;
    void onEnd(QList<StreamEvent> &out) override;

private:
    void handleObject(const JsonSkim::Value &object, QList<StreamEvent> &out);
    void updateUsage(const JsonSkim::Value &usage, QList<StreamEvent> &out);
    static void appendError(const JsonSkim::Value &object, QList<StreamEvent> &out);

    QHash<qint64, QString> m_signatures; // block index → signature so far
    std::optional<qint64> m_inputTokens;
    std::optional<qint64> m_outputTokens;
    bool m_sawStopReason = false;
};

} // namespace sotto
