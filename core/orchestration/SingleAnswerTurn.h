// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/TurnJob.h"

#include <QPointer>

namespace sotto {

class AnswerStream;
struct StartedTurn;

/// An Instant or Thinking turn: one vault job stores the question, the
/// conversation's settings and the pending answer in one transaction, then one
/// AnswerStream sends the request and streams the answer into its row. In an
/// incognito conversation nothing touches the vault and messages get negative
/// ids (the request itself is still audited by EgressGate).
///
/// See TurnJob for the signals, thread and ownership.
class SingleAnswerTurn final : public TurnJob {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleAnswerTurn)

public:
    SingleAnswerTurn(VaultService &vault, Backend &backend, TurnRequest request, QObject *parent = nullptr);
    ~SingleAnswerTurn() override;

    void start() override;
    void cancel() override;

private:
    /// What a request carries of `history`, decided before anything is stored or sent.
    struct PreparedHistory {
        Message question;
        QList<Message> sent; // the question last
        ContextUse context;
        QString error; // not empty: refused (the question alone is over the budget…)
        ChatError errorKind = ChatError::Other;
    };
    static PreparedHistory prepareHistory(QList<Message> history, const TurnRequest &request,
                                          const Message &newQuestion);

    bool incognito() const { return m_request.conversation.incognito; }
    void onStarted(const StartedTurn &turn);
    void send();
    void onAnswered(const ChatResult &result);
    void fail(ChatError error, const QString &message);
    static qint64 nextIncognitoId();

    VaultService &m_vault;
    Backend &m_backend;
    TurnRequest m_request;
    QList<Message> m_sent; // the history the request carries, the question last
    QPointer<AnswerStream> m_stream;
    bool m_cancelled = false;
};

} // namespace sotto
