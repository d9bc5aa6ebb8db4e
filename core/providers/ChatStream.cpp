// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/ChatStream.h"

namespace sotto {

ChatStream::ChatStream(QObject *parent)
    : QObject(parent)
{ }

ChatStream::~ChatStream() = default;

void ChatStream::addText(const QString &delta)
{
    if (delta.isEmpty())
        return;
    m_receivedChars += delta.size();
    Q_EMIT textReceived(delta);
}

void ChatStream::addReasoning(const QString &delta)
{
    if (delta.isEmpty())
        return;
    m_receivedChars += delta.size();
    Q_EMIT reasoningReceived(delta);
}

void ChatStream::finish(const ChatResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    Q_EMIT finished(result);
}

} // namespace sotto
