// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/StreamEncoder.h"

#include "tests/support/fake/JsonText.h"

namespace sotto::test::fake {

namespace {

constexpr int THINKING = 0;
constexpr int TEXT = 1;

int slot(StreamEncoder::Part part)
{
    return part == StreamEncoder::Part::Thinking ? THINKING : TEXT;
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

const char *finishName(Api api, Finish finish)
{
    const bool length = finish == Finish::Length;
    switch (api) {
    case Api::OpenAi:
    case Api::Ollama:
        return length ? "length" : "stop";
    case Api::Anthropic:
        return length ? "max_tokens" : "end_turn";
    case Api::Gemini:
        return length ? "MAX_TOKENS" : "STOP";
    }
    return "stop";
}

// Fixed values keep generated streams byte-for-byte reproducible.
constexpr char OPENAI_ID[] = "chatcmpl-fake0001";
constexpr char ANTHROPIC_ID[] = "msg_fake0001";
constexpr char OLLAMA_TIME[] = "2025-01-01T00:00:00.000000Z";
constexpr char GEMINI_ID[] = "fakeResponse0001";
constexpr char SIGNATURE[] = "ZmFrZS1zaWduYXR1cmUtbm90LWZvci1kaXNwbGF5";

} // namespace

StreamEncoder::StreamEncoder(Api api, const QString &model, const QByteArray &openAiReasoningField,
                             bool geminiArray)
    : m_api(api)
    , m_model(jsonString(model))
    , m_reasoningField(openAiReasoningField)
    , m_geminiArray(geminiArray)
{ }

QByteArray StreamEncoder::contentType() const
{
    switch (m_api) {
    case Api::OpenAi:
    case Api::Anthropic:
        return "text/event-stream; charset=utf-8";
    case Api::Ollama:
        return "application/x-ndjson";
    case Api::Gemini:
        return m_geminiArray ? "application/json; charset=UTF-8" : "text/event-stream";
    }
    return "application/octet-stream";
}

QByteArray StreamEncoder::openAiHead() const
{
    return QByteArray("{\"id\":\"") + OPENAI_ID
        + "\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":" + m_model;
}

void StreamEncoder::appendObjectStart(QByteArray &out)
{
    if (m_api == Api::Gemini && m_geminiArray)
        out.append(m_objects == 0 ? "[" : ",\r\n");
    ++m_objects;
}

void StreamEncoder::appendFrame(QByteArray &out, const char *event, const QByteArray &json)
{
    appendObjectStart(out);
    switch (m_api) {
    case Api::OpenAi:
        out.append("data: ").append(json).append("\n\n");
        break;
    case Api::Anthropic:
        out.append("event: ").append(event).append("\ndata: ").append(json).append("\n\n");
        break;
    case Api::Ollama:
        out.append(json).append('\n');
        break;
    case Api::Gemini:
        if (m_geminiArray)
            out.append(json);
        else
            out.append("data: ").append(json).append("\r\n\r\n");
        break;
    }
}

void StreamEncoder::appendBegin(QByteArray &out, const std::optional<Usage> &usage)
{
    m_usage = usage;
    switch (m_api) {
    case Api::OpenAi:
        appendFrame(out, nullptr,
                    openAiHead()
                        + ",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
                          "\"finish_reason\":null}]}");
        m_prefix[TEXT] = "data: " + openAiHead() + ",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"";
        m_prefix[THINKING] = "data: " + openAiHead() + ",\"choices\":[{\"index\":0,\"delta\":{\""
            + m_reasoningField + "\":\"";
        m_suffix[TEXT] = m_suffix[THINKING] = "\"},\"finish_reason\":null}]}\n\n";
        break;
    case Api::Anthropic: {
        QByteArray json = QByteArray("{\"type\":\"message_start\",\"message\":{\"id\":\"") + ANTHROPIC_ID
            + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":" + m_model
            + ",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null";
        if (usage)
            json += ",\"usage\":{\"input_tokens\":" + number(usage->inputTokens) + ",\"output_tokens\":1}";
        json += "}}";
        appendFrame(out, "message_start", json);
        break;
    }
    case Api::Ollama: {
        const QByteArray head = "{\"model\":" + m_model + ",\"created_at\":\"" + OLLAMA_TIME
            + "\",\"message\":{\"role\":\"assistant\",\"content\":";
        m_prefix[TEXT] = head + "\"";
        m_suffix[TEXT] = "\"},\"done\":false}\n";
        m_prefix[THINKING] = head + "\"\",\"thinking\":\"";
        m_suffix[THINKING] = m_suffix[TEXT];
        break;
    }
    case Api::Gemini: {
        const QByteArray open = m_geminiArray ? "" : "data: ";
        const QByteArray close = m_geminiArray ? "" : "\r\n\r\n";
        QByteArray tail = "],\"role\":\"model\"},\"index\":0}]";
        if (usage) {
            tail += ",\"usageMetadata\":{\"promptTokenCount\":" + number(usage->inputTokens)
                + ",\"totalTokenCount\":" + number(usage->inputTokens) + "}";
        }
        tail += ",\"modelVersion\":" + m_model + ",\"responseId\":\"" + GEMINI_ID + "\"}";
        m_prefix[TEXT] = m_prefix[THINKING] = open + "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"";
        m_suffix[TEXT] = "\"}" + tail + close;
        m_suffix[THINKING] = "\",\"thought\":true}" + tail + close;
        break;
    }
    }
}

void StreamEncoder::appendBeginPart(QByteArray &out, Part part)
{
    if (m_api != Api::Anthropic)
        return;
    ++m_blockIndex;
    const QByteArray index = number(m_blockIndex);
    const QByteArray block = part == Part::Thinking
        ? "{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}"
        : "{\"type\":\"text\",\"text\":\"\"}";
    appendFrame(out, "content_block_start",
                "{\"type\":\"content_block_start\",\"index\":" + index + ",\"content_block\":" + block + "}");
    if (!m_pinged) {
        m_pinged = true;
        appendFrame(out, "ping", "{\"type\": \"ping\"}");
    }
    const QByteArray head
        = "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":" + index;
    if (part == Part::Thinking)
        m_prefix[THINKING] = head + ",\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"";
    else
        m_prefix[TEXT] = head + ",\"delta\":{\"type\":\"text_delta\",\"text\":\"";
    m_suffix[slot(part)] = "\"}}\n\n";
}

void StreamEncoder::appendDelta(QByteArray &out, Part part, QStringView text)
{
    QByteArray escaped;
    appendJsonEscaped(escaped, text);
    appendDeltaEscaped(out, part, escaped);
}

void StreamEncoder::appendDeltaEscaped(QByteArray &out, Part part, QByteArrayView escaped)
{
    appendObjectStart(out);
    const int s = slot(part);
    out.append(m_prefix[s]).append(escaped).append(m_suffix[s]);
}

void StreamEncoder::appendEndPart(QByteArray &out, Part part)
{
    if (m_api != Api::Anthropic)
        return;
    const QByteArray index = number(m_blockIndex);
    if (part == Part::Thinking) {
        appendFrame(out, "content_block_delta",
                    "{\"type\":\"content_block_delta\",\"index\":" + index
                        + ",\"delta\":{\"type\":\"signature_delta\",\"signature\":\"" + SIGNATURE + "\"}}");
    }
    appendFrame(out, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + index + "}");
}

void StreamEncoder::appendFinish(QByteArray &out, Finish finish, const std::optional<Usage> &usage,
                                 qint64 reasoningTokens)
{
    if (finish == Finish::Missing)
        return;
    const QByteArray reason = finishName(m_api, finish);
    switch (m_api) {
    case Api::OpenAi:
        appendFrame(out, nullptr,
                    openAiHead() + ",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"" + reason
                        + "\"}]}");
        if (usage) {
            QByteArray json = openAiHead() + ",\"choices\":[],\"usage\":{\"prompt_tokens\":"
                + number(usage->inputTokens) + ",\"completion_tokens\":" + number(usage->outputTokens)
                + ",\"total_tokens\":" + number(usage->inputTokens + usage->outputTokens);
            if (reasoningTokens > 0)
                json += ",\"completion_tokens_details\":{\"reasoning_tokens\":" + number(reasoningTokens)
                    + "}";
            json += "}}";
            appendFrame(out, nullptr, json);
        }
        out.append("data: [DONE]\n\n");
        break;
    case Api::Anthropic: {
        QByteArray json = "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + reason
            + "\",\"stop_sequence\":null}";
        if (usage)
            json += ",\"usage\":{\"output_tokens\":" + number(usage->outputTokens) + "}";
        json += "}";
        appendFrame(out, "message_delta", json);
        appendFrame(out, "message_stop", "{\"type\":\"message_stop\"}");
        break;
    }
    case Api::Ollama: {
        QByteArray json = "{\"model\":" + m_model + ",\"created_at\":\"" + OLLAMA_TIME
            + "\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\""
            + reason + "\",\"total_duration\":123456789,\"load_duration\":1234567";
        if (usage) {
            json += ",\"prompt_eval_count\":" + number(usage->inputTokens)
                + ",\"prompt_eval_duration\":1000000,\"eval_count\":" + number(usage->outputTokens)
                + ",\"eval_duration\":100000000";
        }
        json += "}";
        appendFrame(out, nullptr, json);
        break;
    }
    case Api::Gemini: {
        QByteArray json = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"\"}],\"role\":\"model\"},"
                          "\"finishReason\":\""
            + reason + "\",\"index\":0}]";
        if (usage) {
            json += ",\"usageMetadata\":{\"promptTokenCount\":" + number(usage->inputTokens)
                + ",\"candidatesTokenCount\":" + number(usage->outputTokens - reasoningTokens)
                + ",\"totalTokenCount\":" + number(usage->inputTokens + usage->outputTokens);
            if (reasoningTokens > 0)
                json += ",\"thoughtsTokenCount\":" + number(reasoningTokens);
            json += "}";
        }
        json += ",\"modelVersion\":" + m_model + ",\"responseId\":\"" + GEMINI_ID + "\"}";
        appendFrame(out, nullptr, json);
        if (m_geminiArray)
            out.append("]");
        break;
    }
    }
}

void StreamEncoder::appendError(QByteArray &out, const QString &message)
{
    const QByteArray text = jsonString(message);
    switch (m_api) {
    case Api::OpenAi:
        appendFrame(out, nullptr,
                    "{\"error\":{\"message\":" + text
                        + ",\"type\":\"server_error\",\"param\":null,\"code\":null}}");
        break;
    case Api::Anthropic:
        appendFrame(out, "error",
                    "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":" + text
                        + "}}");
        break;
    case Api::Ollama:
        appendFrame(out, nullptr, "{\"error\":" + text + "}");
        break;
    case Api::Gemini:
        appendFrame(out, nullptr,
                    "{\"error\":{\"code\":503,\"message\":" + text + ",\"status\":\"UNAVAILABLE\"}}");
        if (m_geminiArray)
            out.append("]");
        break;
    }
}

void StreamEncoder::appendMalformed(QByteArray &out)
{
    // A JSON object cut short, framed as a complete event/line so only the JSON is broken.
    switch (m_api) {
    case Api::OpenAi:
        appendFrame(out, nullptr, openAiHead() + ",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"cut");
        break;
    case Api::Anthropic:
        appendFrame(
            out, "content_block_delta",
            "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":");
        break;
    case Api::Ollama:
        appendFrame(out, nullptr,
                    "{\"model\":" + m_model + ",\"message\":{\"role\":\"assistant\",\"content\":\"cut");
        break;
    case Api::Gemini:
        appendFrame(out, nullptr, "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"cut");
        break;
    }
}

} // namespace sotto::test::fake
