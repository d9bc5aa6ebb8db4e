// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/SendPrompter.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace sotto::test {

/// A SendPrompter that answers like a user would in a test: always yes, always
/// no, yes and "don't ask again", or not until answerHeld() is called. Remembers
/// every question; a held question whose context goes was withdrawn.
class ScriptedPrompter final : public QObject, public SendPrompter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedPrompter)

public:
    enum class Reply {
        Send,
        Decline,
        SendAndStopAsking,
        Hold,
    };

    explicit ScriptedPrompter(Reply reply, QObject *parent = nullptr);

    void setReply(Reply reply) { m_reply = reply; }
    const QList<SendQuestion> &questions() const { return m_questions; }
    /// Held questions still open (not withdrawn by the gate).
    int heldCount() const;
    void answerHeld(bool send);
    void answerHeld(SendDecision decision);

    void ask(const SendQuestion &question, QObject *context, Answer answer) override;

Q_SIGNALS:
    void asked();

private:
    struct Held {
        QPointer<QObject> context;
        Answer answer;
    };

    Reply m_reply;
    QList<SendQuestion> m_questions;
    QList<Held> m_held;
};

} // namespace sotto::test
