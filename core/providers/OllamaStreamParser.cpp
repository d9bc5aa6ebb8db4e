// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/OllamaStreamParser.h"

#include "core/providers/ProviderJson.h"

namespace sotto {

namespace {

using Kind = StreamEvent::Kind;

// Bounds what is kept of a body whose lines are not JSON objects on their own.
constexpr qsizetype MAX_UNPARSED = 8 * 1024 * 1024;

// What handleObject() reads of /api/chat and /api/generate lines.
const JsonShape &lineShape()
{
    static const JsonShape shape = [] {
        std::vector<std::string> paths = providerjson::errorPaths("error.");
        for (const char *path : {"error", "message.thinking", "message.content", "thinking", "response",
                                 "done", "prompt_eval_count", "eval_count", "done_reason"})
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

} // namespace

OllamaStreamParser::OllamaStreamParser()
    : m_json(lineShape())
{ }

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
        const bool parsed = m_json.parse(m_unparsed);
        m_unparsed = QByteArray();
        if (parsed && m_json.root().isObject())
            handleObject(m_json.root(), out);
        else
            reportMalformed(out);
    }
    appendSplit(m_splitter.finish(), out);
    return out;
}

void OllamaStreamParser::handleLine(const QByteArray &line, QList<StreamEvent> &out)
{
    if (m_json.parse(line) && m_json.root().isObject()) {
        if (!m_sawObject && !m_unparsed.isEmpty()) {
            m_unparsed = QByteArray();
            reportMalformed(out);
        }
        m_sawObject = true;
        handleObject(m_json.root(), out);
    } else if (!m_sawObject && m_unparsed.size() < MAX_UNPARSED) {
        // Perhaps one pretty-printed object (an error body); judged at the end.
        m_unparsed.append(line).append('\n');
    } else {
        reportMalformed(out);
    }
}

void OllamaStreamParser::handleObject(const JsonSkim::Value &object, QList<StreamEvent> &out)
{
    if (const auto error = providerjson::errorFrom(object["error"])) {
        out.append(StreamEvent{Kind::ProviderError, error->message, error->code, {}});
        return;
    }

    // /api/chat nests the deltas in `message`; /api/generate has them at the top.
    const auto appendDeltas = [&](const JsonSkim::Value &source, std::string_view contentKey) {
        QString thinking = source["thinking"].toString();
        if (!thinking.isEmpty())
            out.append(StreamEvent::ofText(Kind::Reasoning, std::move(thinking)));
        QString content = source[contentKey].toString();
        if (!content.isEmpty())
            appendSplit(m_splitter.feed(std::move(content)), out);
    };
    appendDeltas(object["message"], "content");
    appendDeltas(object, "response");

    if (!object["done"].toBool())
        return;
    appendSplit(m_splitter.finish(), out);
    const auto input = object["prompt_eval_count"].toCount();
    const auto output = object["eval_count"].toCount();
    if (input || output)
        out.append(StreamEvent::ofUsage({input.value_or(0), output.value_or(0)}));
    QString reason = object["done_reason"].toString();
    if (!reason.isEmpty())
        out.append(StreamEvent::ofText(Kind::Finish, std::move(reason)));
    markComplete(out);
}

} // namespace sotto
