// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/GeminiStreamParser.h"

#include "core/providers/ProviderJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sotto {

namespace {

using Kind = StreamEvent::Kind;

} // namespace

void GeminiStreamParser::onEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    if (const auto chunk = parseObject(event.data, out))
        handleChunk(*chunk, out);
}

void GeminiStreamParser::onPlainBody(const QJsonDocument &document, QList<StreamEvent> &out)
{
    if (document.isObject()) {
        handleChunk(document.object(), out);
        return;
    }
    const QJsonArray chunks = document.array();
    for (const QJsonValue &chunk : chunks)
        handleChunk(chunk.toObject(), out);
}

void GeminiStreamParser::onEnd(QList<StreamEvent> &out)
{
    if (m_sawFinishReason)
        markComplete(out);
}

void GeminiStreamParser::handleChunk(const QJsonObject &chunk, QList<StreamEvent> &out)
{
    if (const auto error = providerjson::errorFrom(chunk.value(QLatin1String("error")))) {
        out.append(StreamEvent{Kind::ProviderError, error->message, error->code, {}});
        return;
    }

    const QJsonObject candidate = chunk.value(QLatin1String("candidates")).toArray().at(0).toObject();
    const QJsonArray parts
        = candidate.value(QLatin1String("content")).toObject().value(QLatin1String("parts")).toArray();
    for (const QJsonValue &value : parts) {
        const QJsonObject part = value.toObject();
        QString text = providerjson::string(part, QLatin1String("text"));
        if (!text.isEmpty()) {
            const bool thought = part.value(QLatin1String("thought")).toBool();
            out.append(StreamEvent::ofText(thought ? Kind::Reasoning : Kind::Text, std::move(text)));
        }
        QString signature = providerjson::string(part, QLatin1String("thoughtSignature"));
        if (!signature.isEmpty())
            out.append(StreamEvent::ofText(Kind::ReasoningSignature, std::move(signature)));
    }

    const QJsonValue usage = chunk.value(QLatin1String("usageMetadata"));
    if (usage.isObject()) {
        const QJsonObject counts = usage.toObject();
        const auto prompt = providerjson::integer(counts, QLatin1String("promptTokenCount"));
        const auto candidates = providerjson::integer(counts, QLatin1String("candidatesTokenCount"));
        const auto thoughts = providerjson::integer(counts, QLatin1String("thoughtsTokenCount"));
        if (prompt || candidates || thoughts)
            out.append(
                StreamEvent::ofUsage({prompt.value_or(0), candidates.value_or(0) + thoughts.value_or(0)}));
    }

    const QString blockReason = providerjson::string(chunk.value(QLatin1String("promptFeedback")).toObject(),
                                                     QLatin1String("blockReason"));
    if (!blockReason.isEmpty()) {
        out.append(
            StreamEvent{Kind::ProviderError,
                        QCoreApplication::translate("sotto::StreamParser", "Gemini refused the prompt (%1).")
                            .arg(blockReason),
                        blockReason,
                        {}});
    }

    QString finishReason = providerjson::string(candidate, QLatin1String("finishReason"));
    if (!finishReason.isEmpty()) {
        out.append(StreamEvent::ofText(Kind::Finish, std::move(finishReason)));
        m_sawFinishReason = true;
        markComplete(out);
    }
}

} // namespace sotto
