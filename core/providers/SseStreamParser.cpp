// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/SseStreamParser.h"

namespace sotto {

namespace {

// A plain JSON reply (error or non-streamed answer) is small; past this, stop keeping
// the head of a body that has not produced an event.
constexpr qsizetype MAX_PLAIN_BODY = 8 * 1024 * 1024;

} // namespace

QList<StreamEvent> SseStreamParser::feed(QByteArrayView bytes)
{
    QList<StreamEvent> out;
    if (!m_sawEvent && m_head.size() < MAX_PLAIN_BODY)
        m_head.append(bytes);
    handle(m_decoder.feed(bytes), out);
    reportOverflow(m_decoder.hasOverflowed(), out);
    return out;
}

QList<StreamEvent> SseStreamParser::finish()
{
    QList<StreamEvent> out;
    handle(m_decoder.finish(), out);
    if (!m_sawEvent) {
        const QByteArray head = m_head.trimmed();
        if (head.startsWith('{') || head.startsWith('[')) {
            if (m_json.parse(head))
                onPlainBody(m_json.root(), out);
            else
                reportMalformed(out);
        }
    }
    m_head = QByteArray();
    onEnd(out);
    return out;
}

std::optional<JsonSkim::Value> SseStreamParser::parseObject(const QByteArray &data, QList<StreamEvent> &out)
{
    const JsonSkim::Value document = parseValue(data);
    if (!document.isObject()) {
        reportMalformed(out);
        return std::nullopt;
    }
    return document;
}

JsonSkim::Value SseStreamParser::parseValue(const QByteArray &data)
{
    return m_json.parse(data) ? m_json.root() : JsonSkim::Value();
}

void SseStreamParser::handle(const QList<SseEvent> &events, QList<StreamEvent> &out)
{
    if (events.isEmpty())
        return;
    if (!m_sawEvent) {
        m_sawEvent = true;
        m_head = QByteArray();
    }
    for (const SseEvent &event : events)
        onEvent(event, out);
}

} // namespace sotto
