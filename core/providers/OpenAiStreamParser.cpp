// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/OpenAiStreamParser.h"

#include "core/providers/ProviderJson.h"

#include <QJsonArray>

namespace sotto {

namespace {

using Kind = StreamEvent::Kind;

void appendSplit(ThinkTagSplitter::Output split, QList<StreamEvent> &out)
{
    if (!split.reasoning.isEmpty())
        out.append(StreamEvent::ofText(Kind::Reasoning, std::move(split.reasoning)));
    if (!split.answer.isEmpty())
        out.append(StreamEvent::ofText(Kind::Text, std::move(split.answer)));
}

// The choice with index 0 (or without an index), never blindly the first element.
QJsonObject firstChoice(const QJsonObject &chunk)
{
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &value : choices) {
        const QJsonObject choice = value.toObject();
        const QJsonValue index = choice.value(QLatin1String("index"));
        if (index.isUndefined() || index.isNull() || index.toInteger(-1) == 0)
            return choice;
    }
    return {};
}

} // namespace

void OpenAiStreamParser::onEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    if (event.data.startsWith("[DONE]")) {
        flushSplitter(out);
        markComplete(out);
        return;
    }
    if (event.type == "error") {
        const auto info = providerjson::findError(providerjson::parse(event.data));
        out.append(StreamEvent{Kind::ProviderError,
                               info ? info->message : QString::fromUtf8(event.data),
                               info ? info->code : QString(),
                               {}});
        return;
    }
    if (const auto chunk = parseObject(event.data, out))
        handleChunk(*chunk, QLatin1String("delta"), out);
}

void OpenAiStreamParser::onPlainBody(const QJsonDocument &document, QList<StreamEvent> &out)
{
    if (const auto error = providerjson::findError(document)) {
        out.append(StreamEvent{Kind::ProviderError, error->message, error->code, {}});
        return;
    }
    // A server that ignored `stream: true` answers with one completion object.
    if (document.isObject())
        handleChunk(document.object(), QLatin1String("message"), out);
    else
        reportMalformed(out);
}

void OpenAiStreamParser::onEnd(QList<StreamEvent> &out)
{
    flushSplitter(out);
    if (m_sawFinishReason)
        markComplete(out);
}

void OpenAiStreamParser::handleChunk(const QJsonObject &chunk, QLatin1String deltaKey,
                                     QList<StreamEvent> &out)
{
    if (const auto error = providerjson::errorFrom(chunk.value(QLatin1String("error")))) {
        out.append(StreamEvent{Kind::ProviderError, error->message, error->code, {}});
        return;
    }

    const QJsonObject choice = firstChoice(chunk);
    if (!choice.isEmpty()) {
        const QJsonObject delta = choice.value(deltaKey).toObject();
        // Servers name it either way; a few send both with the same text, so take one.
        QString reasoning = providerjson::string(delta, QLatin1String("reasoning_content"));
        if (reasoning.isEmpty())
            reasoning = providerjson::string(delta, QLatin1String("reasoning"));
        if (!reasoning.isEmpty())
            out.append(StreamEvent::ofText(Kind::Reasoning, std::move(reasoning)));
        handleContent(delta.value(QLatin1String("content")), out);
        QString refusal = providerjson::string(delta, QLatin1String("refusal"));
        if (!refusal.isEmpty())
            appendSplit(m_splitter.feed(std::move(refusal)), out);

        QString finishReason = providerjson::string(choice, QLatin1String("finish_reason"));
        if (!finishReason.isEmpty()) {
            m_sawFinishReason = true;
            out.append(StreamEvent::ofText(Kind::Finish, std::move(finishReason)));
        }
    }

    const QJsonValue usage = chunk.value(QLatin1String("usage"));
    if (usage.isObject()) {
        const QJsonObject counts = usage.toObject();
        out.append(StreamEvent::ofUsage(
            {providerjson::integer(counts, QLatin1String("prompt_tokens")).value_or(0),
             providerjson::integer(counts, QLatin1String("completion_tokens")).value_or(0)}));
    }
}

void OpenAiStreamParser::handleContent(const QJsonValue &content, QList<StreamEvent> &out)
{
    if (content.isString()) {
        QString text = content.toString();
        if (!text.isEmpty())
            appendSplit(m_splitter.feed(std::move(text)), out);
        return;
    }
    // Mistral's reasoning models stream content as parts: {"type":"text","text":…} and
    // {"type":"thinking","thinking":[{"type":"text","text":…}]}.
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &value : parts) {
        const QJsonObject part = value.toObject();
        const QString type = providerjson::string(part, QLatin1String("type"));
        if (type == QLatin1String("text")) {
            QString text = providerjson::string(part, QLatin1String("text"));
            if (!text.isEmpty())
                appendSplit(m_splitter.feed(std::move(text)), out);
        } else if (type == QLatin1String("thinking")) {
            const QJsonArray thoughts = part.value(QLatin1String("thinking")).toArray();
            for (const QJsonValue &thought : thoughts) {
                QString text = providerjson::string(thought.toObject(), QLatin1String("text"));
                if (!text.isEmpty())
                    out.append(StreamEvent::ofText(Kind::Reasoning, std::move(text)));
            }
        }
    }
}

void OpenAiStreamParser::flushSplitter(QList<StreamEvent> &out)
{
    appendSplit(m_splitter.finish(), out);
}

} // namespace sotto
