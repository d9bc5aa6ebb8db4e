// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/TurnJob.h"

#include <QPointer>

namespace sotto {

class AnswerStream;

/// An Instant or Thinking turn: one vault job stores the question, the
/// conversation's settings and the pending answer in one transaction, then one
/// AnswerStream sends the request (redacted as the policy says: TurnJob::loadRedaction)
/// and streams the answer into its row. In an
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
    bool incognito() const { return m_request.conversation.incognito; }
    /// start() once the history is here (TurnJob::readHistory()).
    void begin();
    void send();
    void onAnswered(const ChatResult &result);

    VaultService &m_vault;
    Backend &m_backend;
    TurnRequest m_request;
    QList<Message> m_sent; // the history the request carries, the question last
    QPointer<AnswerStream> m_stream;
    bool m_cancelled = false;
};

} // namespace sotto
