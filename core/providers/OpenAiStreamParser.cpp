// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/OpenAiStreamParser.h"

#include "core/providers/ProviderJson.h"

namespace sotto {

namespace {

using Kind = StreamEvent::Kind;

// What handleChunk() reads, for a streamed chunk (`delta`) and a whole completion
// (`message`), plus the errors findError() reads.
const JsonShape &chunkShape()
{
    static const JsonShape shape = [] {
        std::vector<std::string> paths = providerjson::findErrorPaths();
        for (const std::string delta : {"delta", "message"}) {
            for (const char *field : {"reasoning_content", "reasoning", "refusal", "content[].type",
                                      "content[].text", "content[].thinking[].text"})
                paths.push_back("choices[]." + delta + "." + field);
        }
        for (const char *path :
             {"choices[].index", "choices[].finish_reason", "usage.prompt_tokens", "usage.completion_tokens"})
            paths.emplace_back(path);
        return JsonShape(paths);
    }();
    return shape;
}

void appendSplit(ThinkTagSplitter::Output split, QList<StreamEvent> &out)
{
    if (!split.reasoning.isEmpty())
        out.append(StreamEvent::ofText(Kind::Reasoning, std::move(split.reasoning)));
    if (!split.answer.isEmpty())
        out.append(StreamEvent::ofText(Kind::Text, std::move(split.answer)));
}

// The choice with index 0 (or without an index), never blindly the first element. An
// element that is not an object counts as one without an index, and holds nothing.
JsonSkim::Value firstChoice(const JsonSkim::Value &chunk)
{
    for (const JsonSkim::Value choice : chunk["choices"].elements()) {
        const JsonSkim::Value index = choice["index"];
        if (index.isUndefined() || index.isNull() || index.toExactInteger() == 0)
            return choice;
    }
    return {};
}

} // namespace

OpenAiStreamParser::OpenAiStreamParser()
    : SseStreamParser(chunkShape())
{ }

void OpenAiStreamParser::onEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    if (event.data.startsWith("[DONE]")) {
        flushSplitter(out);
        markComplete(out);
        return;
    }
    if (event.type == "error") {
        const auto info = providerjson::findError(parseValue(event.data));
        out.append(StreamEvent{Kind::ProviderError,
                               info ? info->message : QString::fromUtf8(event.data),
                               info ? info->code : QString(),
                               {}});
        return;
    }
    if (const auto chunk = parseObject(event.data, out))
        handleChunk(*chunk, "delta", out);
}

void OpenAiStreamParser::onPlainBody(const JsonSkim::Value &document, QList<StreamEvent> &out)
{
    if (const auto error = providerjson::findError(document)) {
        out.append(StreamEvent{Kind::ProviderError, error->message, error->code, {}});
        return;
    }
    // A server that ignored `stream: true` answers with one completion object.
    if (document.isObject())
        handleChunk(document, "message", out);
    else
        reportMalformed(out);
}

void OpenAiStreamParser::onEnd(QList<StreamEvent> &out)
{
    flushSplitter(out);
    if (m_sawFinishReason)
        markComplete(out);
}

void OpenAiStreamParser::handleChunk(const JsonSkim::Value &chunk, std::string_view deltaKey,
                                     QList<StreamEvent> &out)
{
    if (const auto error = providerjson::errorFrom(chunk["error"])) {
        out.append(StreamEvent{Kind::ProviderError, error->message, error->code, {}});
        return;
    }

    const JsonSkim::Value choice = firstChoice(chunk);
    const JsonSkim::Value delta = choice[deltaKey];
    // Servers name it either way; a few send both with the same text, so take one.
    QString reasoning = delta["reasoning_content"].toString();
    if (reasoning.isEmpty())
        reasoning = delta["reasoning"].toString();
    if (!reasoning.isEmpty())
        out.append(StreamEvent::ofText(Kind::Reasoning, std::move(reasoning)));
    handleContent(delta["content"], out);
    QString refusal = delta["refusal"].toString();
    if (!refusal.isEmpty())
        appendSplit(m_splitter.feed(std::move(refusal)), out);

    QString finishReason = choice["finish_reason"].toString();
    if (!finishReason.isEmpty()) {
        m_sawFinishReason = true;
        out.append(StreamEvent::ofText(Kind::Finish, std::move(finishReason)));
    }

    const JsonSkim::Value usage = chunk["usage"];
    if (usage.isObject()) {
        out.append(StreamEvent::ofUsage({usage["prompt_tokens"].toCount().value_or(0),
                                         usage["completion_tokens"].toCount().value_or(0)}));
    }
}

void OpenAiStreamParser::handleContent(const JsonSkim::Value &content, QList<StreamEvent> &out)
{
    if (content.isString()) {
        QString text = content.toString();
        if (!text.isEmpty())
            appendSplit(m_splitter.feed(std::move(text)), out);
        return;
    }
    // Mistral's reasoning models stream content as parts: {"type":"text","text":…} and
    // {"type":"thinking","thinking":[{"type":"text","text":…}]}.
    for (const JsonSkim::Value part : content.elements()) {
        const QString type = part["type"].toString();
        if (type == QLatin1String("text")) {
            QString text = part["text"].toString();
            if (!text.isEmpty())
                appendSplit(m_splitter.feed(std::move(text)), out);
        } else if (type == QLatin1String("thinking")) {
            for (const JsonSkim::Value thought : part["thinking"].elements()) {
                QString text = thought["text"].toString();
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
