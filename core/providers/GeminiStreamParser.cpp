// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/GeminiStreamParser.h"

#include "core/providers/ProviderJson.h"

#include <QCoreApplication>

namespace sotto {

namespace {

using Kind = StreamEvent::Kind;

// What handleChunk() reads of a chunk, at the root (SSE) or in every element of a root
// array (the JSON array served without alt=sse).
const JsonShape &chunkShape()
{
    static const JsonShape shape = [] {
        std::vector<std::string> paths;
        for (const std::string root : {"", "[]."}) {
            for (std::string &path : providerjson::errorPaths(root + "error."))
                paths.push_back(std::move(path));
            for (const char *path :
                 {"error", "candidates[].content.parts[].text", "candidates[].content.parts[].thought",
                  "candidates[].content.parts[].thoughtSignature", "candidates[].finishReason",
                  "usageMetadata.promptTokenCount", "usageMetadata.candidatesTokenCount",
                  "usageMetadata.thoughtsTokenCount", "promptFeedback.blockReason"})
                paths.push_back(root + path);
        }
        return JsonShape(paths);
    }();
    return shape;
}

} // namespace

GeminiStreamParser::GeminiStreamParser()
    : SseStreamParser(chunkShape())
{ }

void GeminiStreamParser::onEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    if (const auto chunk = parseObject(event.data, out))
        handleChunk(*chunk, out);
}

void GeminiStreamParser::onPlainBody(const JsonSkim::Value &document, QList<StreamEvent> &out)
{
    if (document.isObject()) {
        handleChunk(document, out);
        return;
    }
    for (const JsonSkim::Value chunk : document.elements())
        handleChunk(chunk, out);
}

void GeminiStreamParser::onEnd(QList<StreamEvent> &out)
{
    if (m_sawFinishReason)
        markComplete(out);
}

void GeminiStreamParser::handleChunk(const JsonSkim::Value &chunk, QList<StreamEvent> &out)
{
    if (const auto error = providerjson::errorFrom(chunk["error"])) {
        out.append(StreamEvent{Kind::ProviderError, error->message, error->code, {}});
        return;
    }

    const JsonSkim::Value candidate = chunk["candidates"].at(0);
    for (const JsonSkim::Value part : candidate["content"]["parts"].elements()) {
        QString text = part["text"].toString();
        if (!text.isEmpty()) {
            const bool thought = part["thought"].toBool();
            out.append(StreamEvent::ofText(thought ? Kind::Reasoning : Kind::Text, std::move(text)));
        }
        QString signature = part["thoughtSignature"].toString();
        if (!signature.isEmpty())
            out.append(StreamEvent::ofText(Kind::ReasoningSignature, std::move(signature)));
    }

    const JsonSkim::Value usage = chunk["usageMetadata"];
    if (usage.isObject()) {
        const auto prompt = usage["promptTokenCount"].toCount();
        const auto candidates = usage["candidatesTokenCount"].toCount();
        const auto thoughts = usage["thoughtsTokenCount"].toCount();
        if (prompt || candidates || thoughts)
            out.append(
                StreamEvent::ofUsage({prompt.value_or(0), candidates.value_or(0) + thoughts.value_or(0)}));
    }

    const QString blockReason = chunk["promptFeedback"]["blockReason"].toString();
    if (!blockReason.isEmpty()) {
        out.append(
            StreamEvent{Kind::ProviderError,
                        QCoreApplication::translate("sotto::StreamParser", "Gemini refused the prompt (%1).")
                            .arg(blockReason),
                        blockReason,
                        {}});
    }

    QString finishReason = candidate["finishReason"].toString();
    if (!finishReason.isEmpty()) {
        out.append(StreamEvent::ofText(Kind::Finish, std::move(finishReason)));
        m_sawFinishReason = true;
        markComplete(out);
    }
}

} // namespace sotto
