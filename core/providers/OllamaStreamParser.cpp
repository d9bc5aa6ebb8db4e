// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/OllamaStreamParser.h"

#include "core/providers/ProviderJson.h"

namespace sotto {

namespace {

using Kind = StreamEvent::Kind;

// Bounds what is kept of a body whose lines are not JSON objects on their own.
constexpr qsizetype MAX_UNPARSED = 8 * 1024 * 1024;

void appendSplit(ThinkTagSplitter::Output split, QList<StreamEvent> &out)
{
    if (!split.reasoning.isEmpty())
        out.append(StreamEvent::ofText(Kind::Reasoning, std::move(split.reasoning)));
    if (!split.answer.isEmpty())
        out.append(StreamEvent::ofText(Kind::Text, std::move(split.answer)));
}

} // namespace

QList<StreamEvent> OllamaStreamParser::feed(QByteArrayView bytes)
{
    QList<StreamEvent> out;
    const QList<QByteArray> lines = m_decoder.feed(bytes);
    for (const QByteArray &line : lines)
        handleLine(line, out);
    reportOverflow(m_decoder.hasOverflowed(), out);
    return out;
}

QList<StreamEvent> OllamaStreamParser::finish()
{
    QList<StreamEvent> out;
    const QList<QByteArray> lines = m_decoder.finish();
    for (const QByteArray &line : lines)
        handleLine(line, out);
    if (!m_unparsed.isEmpty()) {
        const QJsonDocument document = providerjson::parse(m_unparsed);
        m_unparsed = QByteArray();
        if (document.isObject())
            handleObject(document.object(), out);
        else
            reportMalformed(out);
    }
    appendSplit(m_splitter.finish(), out);
    return out;
}

void OllamaStreamParser::handleLine(const QByteArray &line, QList<StreamEvent> &out)
{
    const QJsonDocument document = providerjson::parse(line);
    if (document.isObject()) {
        if (!m_sawObject && !m_unparsed.isEmpty()) {
            m_unparsed = QByteArray();
            reportMalformed(out);
        }
        m_sawObject = true;
        handleObject(document.object(), out);
    } else if (!m_sawObject && m_unparsed.size() < MAX_UNPARSED) {
        // Perhaps one pretty-printed object (an error body); judged at the end.
        m_unparsed.append(line).append('\n');
    } else {
        reportMalformed(out);
    }
}

void OllamaStreamParser::handleObject(const QJsonObject &object, QList<StreamEvent> &out)
{
    if (const auto error = providerjson::errorFrom(object.value(QLatin1String("error")))) {
        out.append(StreamEvent{Kind::ProviderError, error->message, error->code, {}});
        return;
    }

    // /api/chat nests the deltas in `message`; /api/generate has them at the top.
    const auto appendDeltas = [&](const QJsonObject &source, QLatin1String contentKey) {
        QString thinking = providerjson::string(source, QLatin1String("thinking"));
        if (!thinking.isEmpty())
            out.append(StreamEvent::ofText(Kind::Reasoning, std::move(thinking)));
        QString content = providerjson::string(source, contentKey);
        if (!content.isEmpty())
            appendSplit(m_splitter.feed(std::move(content)), out);
    };
    appendDeltas(object.value(QLatin1String("message")).toObject(), QLatin1String("content"));
    appendDeltas(object, QLatin1String("response"));

    if (!object.value(QLatin1String("done")).toBool())
        return;
    appendSplit(m_splitter.finish(), out);
    const auto input = providerjson::integer(object, QLatin1String("prompt_eval_count"));
    const auto output = providerjson::integer(object, QLatin1String("eval_count"));
    if (input || output)
        out.append(StreamEvent::ofUsage({input.value_or(0), output.value_or(0)}));
    QString reason = providerjson::string(object, QLatin1String("done_reason"));
    if (!reason.isEmpty())
        out.append(StreamEvent::ofText(Kind::Finish, std::move(reason)));
    markComplete(out);
}

} // namespace sotto
