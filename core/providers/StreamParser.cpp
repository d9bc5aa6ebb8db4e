// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/StreamParser.h"

#include "core/providers/AnthropicStreamParser.h"
#include "core/providers/GeminiStreamParser.h"
#include "core/providers/OllamaStreamParser.h"
#include "core/providers/OpenAiStreamParser.h"
#include "core/providers/SseDecoder.h"

#include <QCoreApplication>

namespace sotto {

StreamParser::~StreamParser() = default;

std::unique_ptr<StreamParser> StreamParser::create(Api api)
{
    switch (api) {
    case Api::OpenAi:
        return std::make_unique<OpenAiStreamParser>();
    case Api::Anthropic:
        return std::make_unique<AnthropicStreamParser>();
    case Api::Ollama:
        return std::make_unique<OllamaStreamParser>();
    case Api::Gemini:
        return std::make_unique<GeminiStreamParser>();
    }
    return std::make_unique<OpenAiStreamParser>();
}

void StreamParser::markComplete(QList<StreamEvent> &out)
{
    if (m_complete)
        return;
    m_complete = true;
    out.append(StreamEvent{StreamEvent::Kind::Done, {}, {}, {}});
}

void StreamParser::reportMalformed(QList<StreamEvent> &out)
{
    out.append(StreamEvent::ofText(
        StreamEvent::Kind::ProtocolError,
        QCoreApplication::translate(
            "sotto::StreamParser",
            "The server sent a part of the answer that is not valid JSON; it was skipped.")));
}

void StreamParser::reportOverflow(bool overflowed, QList<StreamEvent> &out)
{
    if (!overflowed || m_overflowReported)
        return;
    m_overflowReported = true;
    out.append(StreamEvent::ofText(
        StreamEvent::Kind::LimitExceeded,
        QCoreApplication::translate(
            "sotto::StreamParser",
            "The server sent a line or an event larger than %1 MiB; the answer was stopped there.")
            .arg(SseDecoder::MAX_LINE_BYTES / (1024 * 1024))));
}

} // namespace sotto
