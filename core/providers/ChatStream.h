// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/ChatResult.h"

#include <QObject>

namespace sotto {

/// The caller's handle on one streamed chat answer (Backend::send()).
///
/// Signals, in order: textReceived / reasoningReceived as deltas arrive,
/// usageReceived when the provider reports counts, and always exactly one
/// finished(), which ends its work (never from inside send() or cancel()). The
/// stream keeps no copy of the answer: whoever wants it collects the deltas
/// (AnswerStream holds the one copy while a turn streams).
///
/// Lives on the thread of the Backend that made it. The caller owns it
/// (deleteLater() after finished()); deleting it earlier cancels the request.
class ChatStream : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatStream)

public:
    ~ChatStream() override;

    /// Stops the answer: what arrived is kept, the result is Cancelled.
    virtual void cancel() = 0;

    /// How much arrived, answer and reasoning together (UTF-16 units).
    qsizetype receivedChars() const { return m_receivedChars; }
    bool isFinished() const { return m_finished; }
    const ChatResult &result() const { return m_result; }

Q_SIGNALS:
    void textReceived(const QString &delta);
    void reasoningReceived(const QString &delta);
    void usageReceived(const sotto::Usage &usage);
    void finished(const sotto::ChatResult &result);

protected:
    explicit ChatStream(QObject *parent = nullptr);
    void addText(const QString &delta);
    void addReasoning(const QString &delta);
    void finish(const ChatResult &result);

private:
    qsizetype m_receivedChars = 0;
    ChatResult m_result;
    bool m_finished = false;
};

} // namespace sotto
