// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/net/support/ScriptedPrompter.h"

#include <QMetaObject>

#include <algorithm>

namespace sotto::test {

ScriptedPrompter::ScriptedPrompter(Reply reply, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{ }

void ScriptedPrompter::ask(const SendQuestion &question, QObject *context, Answer answer)
{
    m_questions.append(question);
    Q_EMIT asked();
    if (m_reply == Reply::Hold) {
        m_held.append({context, std::move(answer)});
        return;
    }
    const SendDecision decision = m_reply == Reply::Send ? SendDecision::Send
        : m_reply == Reply::SendAndStopAsking            ? SendDecision::SendAndStopAsking
                                                         : SendDecision::Decline;
    QMetaObject::invokeMethod(
        context,
        [answer = std::move(answer), decision] {
            answer(decision);
        },
        Qt::QueuedConnection);
}

int ScriptedPrompter::heldCount() const
{
    return int(std::count_if(m_held.cbegin(), m_held.cend(), [](const Held &entry) {
        return !entry.context.isNull();
    }));
}

void ScriptedPrompter::answerHeld(bool send)
{
    answerHeld(send ? SendDecision::Send : SendDecision::Decline);
}

void ScriptedPrompter::answerHeld(SendDecision decision)
{
    const QList<Held> held = std::exchange(m_held, {});
    for (const Held &entry : held) {
        if (entry.context)
            entry.answer(decision);
    }
}

} // namespace sotto::test
