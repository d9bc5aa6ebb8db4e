// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Message.h"
#include "core/types/ProviderConfig.h"
#include "tests/support/fake/StreamContent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace sotto::test::fake {

/// Writes the events of one streamed answer in a protocol's real shape (modelled on
/// tests/data/fixtures): OpenAI chat.completion.chunk SSE + [DONE]; Anthropic named
/// events message_start … message_stop with content blocks, ping and signature_delta;
/// Ollama NDJSON with a final done:true object; Gemini `data:` events framed with
/// CRLF (or, for a request without alt=sse, one streamed JSON array). Stateful: call
/// begin, then per part beginPart / deltas / endPart, then finish or error.
class StreamEncoder final {
public:
    enum class Part {
        Thinking,
        Text,
    };

    StreamEncoder(Api api, const QString &model, const QByteArray &openAiReasoningField = "reasoning_content",
                  bool geminiArray = false);

    QByteArray contentType() const;

    void appendBegin(QByteArray &out, const std::optional<Usage> &usage);
    void appendBeginPart(QByteArray &out, Part part);
    void appendDelta(QByteArray &out, Part part, QStringView text);
    /// Like appendDelta with text already JSON-escaped (the hot path of huge streams).
    void appendDeltaEscaped(QByteArray &out, Part part, QByteArrayView escaped);
    void appendEndPart(QByteArray &out, Part part);
    void appendFinish(QByteArray &out, Finish finish, const std::optional<Usage> &usage,
                      qint64 reasoningTokens);
    void appendError(QByteArray &out, const QString &message);
    void appendMalformed(QByteArray &out);

private:
    void appendFrame(QByteArray &out, const char *event, const QByteArray &json);
    void appendObjectStart(QByteArray &out);
    QByteArray openAiHead() const;

    Api m_api;
    QByteArray m_model; // JSON string literal
    QByteArray m_reasoningField;
    bool m_geminiArray;
    std::optional<Usage> m_usage;
    int m_blockIndex = -1;
    bool m_pinged = false;
    qint64 m_objects = 0;
    QByteArray m_prefix[2];
    QByteArray m_suffix[2];
};

} // namespace sotto::test::fake
