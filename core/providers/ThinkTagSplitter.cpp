// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/ThinkTagSplitter.h"

#include <algorithm>
#include <utility>

namespace sotto {

namespace {

const QLatin1String OPEN_TAG("<think>");
const QLatin1String CLOSE_TAG("</think>");

qsizetype firstNonSpace(QStringView text)
{
    const auto it = std::find_if(text.begin(), text.end(), [](QChar c) {
        return !c.isSpace();
    });
    return it - text.begin();
}

// The length of the longest end of `text` that is a proper prefix of `tag`.
qsizetype partialTagAtEnd(QStringView text, QLatin1String tag)
{
    for (qsizetype length = std::min(text.size(), tag.size() - 1); length > 0; --length) {
        if (text.endsWith(tag.first(length)))
            return length;
    }
    return 0;
}

} // namespace

ThinkTagSplitter::Output ThinkTagSplitter::feed(QString content)
{
    Output out;
    if (m_state == State::Answer) {
        out.answer = std::move(content);
        return out;
    }
    if (!m_pending.isEmpty())
        content.prepend(std::exchange(m_pending, {}));
    consume(std::move(content), out);
    return out;
}

ThinkTagSplitter::Output ThinkTagSplitter::finish()
{
    Output out;
    if (m_state == State::Start)
        out.answer = std::move(m_pending);
    else if (m_state == State::InThink)
        out.reasoning = std::move(m_pending);
    m_pending = QString();
    m_state = State::Start;
    return out;
}

void ThinkTagSplitter::consume(QString text, Output &out)
{
    if (m_state == State::Start) {
        const qsizetype start = firstNonSpace(text);
        const QStringView rest = QStringView(text).sliced(start);
        if (rest.isEmpty() || (rest.size() < OPEN_TAG.size() && OPEN_TAG.startsWith(rest))) {
            m_pending = std::move(text); // cannot tell yet
            return;
        }
        if (!rest.startsWith(OPEN_TAG)) {
            m_state = State::Answer;
            out.answer = std::move(text);
            return;
        }
        m_state = State::InThink;
        text.remove(0, start + OPEN_TAG.size());
    }

    if (m_state == State::InThink) {
        const qsizetype close = text.indexOf(CLOSE_TAG);
        if (close < 0) {
            const qsizetype held = partialTagAtEnd(text, CLOSE_TAG);
            m_pending = text.right(held);
            text.chop(held);
            out.reasoning = std::move(text);
            return;
        }
        out.reasoning = text.left(close);
        text.remove(0, close + CLOSE_TAG.size());
        m_state = State::AfterThink;
    }

    if (m_state == State::AfterThink) {
        const qsizetype start = firstNonSpace(text);
        if (start == text.size())
            return;
        text.remove(0, start);
        m_state = State::Answer;
    }

    out.answer = std::move(text);
}

} // namespace sotto
