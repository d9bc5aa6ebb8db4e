// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/net/support/ScriptedPrompter.h"

#include <QMetaObject>

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
    const bool send = m_reply == Reply::Send;
    QMetaObject::invokeMethod(
        context,
        [answer = std::move(answer), send] {
            answer(send);
        },
        Qt::QueuedConnection);
}

void ScriptedPrompter::answerHeld(bool send)
{
    const QList<Held> held = std::exchange(m_held, {});
    for (const Held &entry : held) {
        if (entry.context)
            entry.answer(send);
    }
}

} // namespace sotto::test
