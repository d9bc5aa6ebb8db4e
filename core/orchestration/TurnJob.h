// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/TurnRequest.h"
#include "core/types/ChatResult.h"

#include <QObject>

#include <memory>

namespace sotto {

class Backend;
class VaultService;

/// One turn, as the window and the CLI hold it, whatever its mode: it stores
/// the question, streams one answer (Instant, Thinking) or composes several
/// answer streams into one (Contemplating), and ends with exactly one
/// finished(). create() picks the job for the request's mode.
///
/// Signals, in order: conversationReady (the conversation as stored, or with
/// its incognito id), userMessageReady (a new question as stored; not for a
/// regeneration), answerStarted (the pending answer), text/reasoningReceived while it
/// streams, finished. A request refused before anything is stored or sent (a
/// question longer than the context budget) emits only finished().
///
/// Every answer has its own turn id, shared by all of its requests in the audit.
/// Thread of the VaultService and the Backend; neither is owned and both must
/// outlive the job. Destroying a running job keeps what arrived, marked partial.
class TurnJob : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnJob)

public:
    ~TurnJob() override;

    /// The job for `request.mode`.
    static std::unique_ptr<TurnJob> create(VaultService &vault, Backend &backend, const TurnRequest &request,
                                           QObject *parent = nullptr);

    virtual void start() = 0;
    /// Stops every request of the turn; what arrived is kept, stored as cancelled.
    virtual void cancel() = 0;
    bool isRunning() const { return m_running; }

    const Conversation &conversation() const { return m_conversation; }
    const Message &userMessage() const { return m_question; }
    /// The answer: while it streams without its text (the deltas carry it); after
    /// finished() as stored.
    const Message &answer() const { return m_answer; }
    /// What the request carried of the conversation (after start()).
    const ContextUse &context() const { return m_context; }

Q_SIGNALS:
    void conversationReady(const sotto::Conversation &conversation);
    void userMessageReady(const sotto::Message &message);
    void answerStarted(const sotto::Message &answer);
    void textReceived(const QString &delta);
    void reasoningReceived(const QString &delta);
    /// The turn is over: the answer as stored (status, error, usage) and how the
    /// request ended. After a vault failure the result carries its message.
    void finished(const sotto::Message &answer, const sotto::ChatResult &result);

protected:
    explicit TurnJob(QObject *parent = nullptr);

    Conversation m_conversation;
    Message m_question;
    Message m_answer;
    ContextUse m_context;
    bool m_running = false;
};

} // namespace sotto
