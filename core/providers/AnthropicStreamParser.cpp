// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/AnthropicStreamParser.h"

#include "core/providers/ProviderJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sotto {

namespace {

using Kind = StreamEvent::Kind;

void appendDelta(Kind kind, QString text, QList<StreamEvent> &out)
{
    if (!text.isEmpty())
        out.append(StreamEvent::ofText(kind, std::move(text)));
}

} // namespace

void AnthropicStreamParser::onEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    const auto object = parseObject(event.data, out);
    if (!object)
        return;
    // The event name and the JSON `type` agree; the JSON is authoritative, the name
    // covers an error event whose data lacks a type.
    if (event.type == "error" && !object->contains(QLatin1String("type")))
        appendError(*object, out);
    else
        handleObject(*object, out);
}

void AnthropicStreamParser::onPlainBody(const QJsonDocument &document, QList<StreamEvent> &out)
{
    const QJsonObject object = document.object();
    const QString type = providerjson::string(object, QLatin1String("type"));
    if (type == QLatin1String("error")) {
        appendError(object, out);
        return;
    }
    if (type != QLatin1String("message")) {
        reportMalformed(out);
        return;
    }
    // A non-streamed message: its blocks, stop reason and usage.
    const QJsonArray blocks = object.value(QLatin1String("content")).toArray();
    for (const QJsonValue &value : blocks) {
        const QJsonObject block = value.toObject();
        const QString blockType = providerjson::string(block, QLatin1String("type"));
        if (blockType == QLatin1String("thinking")) {
            appendDelta(Kind::Reasoning, providerjson::string(block, QLatin1String("thinking")), out);
            appendDelta(Kind::ReasoningSignature, providerjson::string(block, QLatin1String("signature")),
                        out);
        } else if (blockType == QLatin1String("text")) {
            appendDelta(Kind::Text, providerjson::string(block, QLatin1String("text")), out);
        }
    }
    updateUsage(object.value(QLatin1String("usage")).toObject(), out);
    const QString stopReason = providerjson::string(object, QLatin1String("stop_reason"));
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

void AnthropicStreamParser::handleObject(const QJsonObject &object, QList<StreamEvent> &out)
{
    const QString type = providerjson::string(object, QLatin1String("type"));
    if (type == QLatin1String("content_block_delta")) {
        const QJsonObject delta = object.value(QLatin1String("delta")).toObject();
        const QString deltaType = providerjson::string(delta, QLatin1String("type"));
        if (deltaType == QLatin1String("text_delta")) {
            appendDelta(Kind::Text, providerjson::string(delta, QLatin1String("text")), out);
        } else if (deltaType == QLatin1String("thinking_delta")) {
            appendDelta(Kind::Reasoning, providerjson::string(delta, QLatin1String("thinking")), out);
        } else if (deltaType == QLatin1String("signature_delta")) {
            const qint64 index = providerjson::integer(object, QLatin1String("index")).value_or(0);
            m_signatures[index] += providerjson::string(delta, QLatin1String("signature"));
        }
    } else if (type == QLatin1String("content_block_start")) {
        // A block may open with text already in it.
        const QJsonObject block = object.value(QLatin1String("content_block")).toObject();
        const QString blockType = providerjson::string(block, QLatin1String("type"));
        if (blockType == QLatin1String("text"))
            appendDelta(Kind::Text, providerjson::string(block, QLatin1String("text")), out);
        else if (blockType == QLatin1String("thinking"))
            appendDelta(Kind::Reasoning, providerjson::string(block, QLatin1String("thinking")), out);
    } else if (type == QLatin1String("content_block_stop")) {
        const qint64 index = providerjson::integer(object, QLatin1String("index")).value_or(0);
        appendDelta(Kind::ReasoningSignature, m_signatures.take(index), out);
    } else if (type == QLatin1String("message_start")) {
        updateUsage(
            object.value(QLatin1String("message")).toObject().value(QLatin1String("usage")).toObject(), out);
    } else if (type == QLatin1String("message_delta")) {
        const QString stopReason = providerjson::string(object.value(QLatin1String("delta")).toObject(),
                                                        QLatin1String("stop_reason"));
        updateUsage(object.value(QLatin1String("usage")).toObject(), out);
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

void AnthropicStreamParser::updateUsage(const QJsonObject &usage, QList<StreamEvent> &out)
{
    const auto input = providerjson::integer(usage, QLatin1String("input_tokens"));
    const auto output = providerjson::integer(usage, QLatin1String("output_tokens"));
    if (!input && !output)
        return;
    // Counts are cumulative: a later value replaces the earlier one.
    if (input)
        m_inputTokens = input;
    if (output)
        m_outputTokens = output;
    out.append(StreamEvent::ofUsage({m_inputTokens.value_or(0), m_outputTokens.value_or(0)}));
}

void AnthropicStreamParser::appendError(const QJsonObject &object, QList<StreamEvent> &out)
{
    const auto info = providerjson::errorFrom(object.value(QLatin1String("error")));
    if (!info) {
        QString message = providerjson::string(object, QLatin1String("message"));
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
