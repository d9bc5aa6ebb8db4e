// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/AnthropicStreamParser.h"

#include "core/providers/ProviderJson.h"

#include <QCoreApplication>

namespace sotto {

namespace {

using Kind = StreamEvent::Kind;

// What the events and a non-streamed message carry that handleObject() and
// onPlainBody() read, plus the errors.
const JsonShape &eventShape()
{
    static const JsonShape shape = [] {
        std::vector<std::string> paths = providerjson::findErrorPaths();
        for (const char *path :
             {"type", "index", "delta.type", "delta.text", "delta.thinking", "delta.signature",
              "delta.stop_reason", "content_block.type", "content_block.text", "content_block.thinking",
              "message.usage.input_tokens", "message.usage.output_tokens", "usage.input_tokens",
              "usage.output_tokens", "content[].type", "content[].text", "content[].thinking",
              "content[].signature", "stop_reason"})
            paths.emplace_back(path);
        return JsonShape(paths);
    }();
    return shape;
}

void appendDelta(Kind kind, QString text, QList<StreamEvent> &out)
{
    if (!text.isEmpty())
        out.append(StreamEvent::ofText(kind, std::move(text)));
}

} // namespace

AnthropicStreamParser::AnthropicStreamParser()
    : SseStreamParser(eventShape())
{ }

void AnthropicStreamParser::onEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    const auto object = parseObject(event.data, out);
    if (!object)
        return;
    // The event name and the JSON `type` agree; the JSON is authoritative, the name
    // covers an error event whose data lacks a type.
    if (event.type == "error" && (*object)["type"].isUndefined())
        appendError(*object, out);
    else
        handleObject(*object, out);
}

void AnthropicStreamParser::onPlainBody(const JsonSkim::Value &object, QList<StreamEvent> &out)
{
    const QString type = object["type"].toString();
    if (type == QLatin1String("error")) {
        appendError(object, out);
        return;
    }
    if (type != QLatin1String("message")) {
        reportMalformed(out);
        return;
    }
    // A non-streamed message: its blocks, stop reason and usage.
    for (const JsonSkim::Value block : object["content"].elements()) {
        const QString blockType = block["type"].toString();
        if (blockType == QLatin1String("thinking")) {
            appendDelta(Kind::Reasoning, block["thinking"].toString(), out);
            appendDelta(Kind::ReasoningSignature, block["signature"].toString(), out);
        } else if (blockType == QLatin1String("text")) {
            appendDelta(Kind::Text, block["text"].toString(), out);
        }
    }
    updateUsage(object["usage"], out);
    const QString stopReason = object["stop_reason"].toString();
    if (!stopReason.isEmpty()) {
        m_sawStopReason = true;
        out.append(StreamEvent::ofText(Kind::Finish, stopReason));
    }
}

void AnthropicStreamParser::onEnd(QList<StreamEvent> &out)
{
    if (m_sawStopReason)
        markComplete(out);
}

void AnthropicStreamParser::handleObject(const JsonSkim::Value &object, QList<StreamEvent> &out)
{
    const QString type = object["type"].toString();
    if (type == QLatin1String("content_block_delta")) {
        const JsonSkim::Value delta = object["delta"];
        const QString deltaType = delta["type"].toString();
        if (deltaType == QLatin1String("text_delta")) {
            appendDelta(Kind::Text, delta["text"].toString(), out);
        } else if (deltaType == QLatin1String("thinking_delta")) {
            appendDelta(Kind::Reasoning, delta["thinking"].toString(), out);
        } else if (deltaType == QLatin1String("signature_delta")) {
            const qint64 index = object["index"].toCount().value_or(0);
            m_signatures[index] += delta["signature"].toString();
        }
    } else if (type == QLatin1String("content_block_start")) {
        // A block may open with text already in it.
        const JsonSkim::Value block = object["content_block"];
        const QString blockType = block["type"].toString();
        if (blockType == QLatin1String("text"))
            appendDelta(Kind::Text, block["text"].toString(), out);
        else if (blockType == QLatin1String("thinking"))
            appendDelta(Kind::Reasoning, block["thinking"].toString(), out);
    } else if (type == QLatin1String("content_block_stop")) {
        const qint64 index = object["index"].toCount().value_or(0);
        appendDelta(Kind::ReasoningSignature, m_signatures.take(index), out);
    } else if (type == QLatin1String("message_start")) {
        updateUsage(object["message"]["usage"], out);
    } else if (type == QLatin1String("message_delta")) {
        const QString stopReason = object["delta"]["stop_reason"].toString();
        updateUsage(object["usage"], out);
        if (!stopReason.isEmpty()) {
            m_sawStopReason = true;
            out.append(StreamEvent::ofText(Kind::Finish, stopReason));
        }
    } else if (type == QLatin1String("message_stop")) {
        markComplete(out);
    } else if (type == QLatin1String("error")) {
        appendError(object, out);
    }
    // ping and event types added later are ignored.
}

void AnthropicStreamParser::updateUsage(const JsonSkim::Value &usage, QList<StreamEvent> &out)
{
    const auto input = usage["input_tokens"].toCount();
    const auto output = usage["output_tokens"].toCount();
    if (!input && !output)
        return;
    // Counts are cumulative: a later value replaces the earlier one.
    if (input)
        m_inputTokens = input;
    if (output)
        m_outputTokens = output;
    out.append(StreamEvent::ofUsage({m_inputTokens.value_or(0), m_outputTokens.value_or(0)}));
}

void AnthropicStreamParser::appendError(const JsonSkim::Value &object, QList<StreamEvent> &out)
{
    const auto info = providerjson::errorFrom(object["error"]);
    if (!info) {
        QString message = object["message"].toString();
        if (message.isEmpty())
            message = QCoreApplication::translate("sotto::StreamParser", "The provider reported an error.");
        out.append(StreamEvent{Kind::ProviderError, message, {}, {}});
        return;
    }
    const QString message
        = info->code.isEmpty() ? info->message : info->code + QStringLiteral(": ") + info->message;
    out.append(StreamEvent{Kind::ProviderError, message, info->code, {}});
}

} // namespace sotto
