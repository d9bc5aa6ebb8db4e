// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;

namespace sotto {
struct AgentLane;
}

namespace sotto::ui {

/// One agent's lane of a Contemplating turn: its model, perspective, round and
/// status above its reasoning (subdued) and its answer, as plain text. Streamed
/// text is appended by the LanesPanel once a frame, never per delta. GUI thread;
/// owned by its LanesPanel.
class LaneCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneCard)

public:
    enum class Status {
        Waiting,
        Thinking,
        Answering,
        Done,
        Failed,
        TimedOut,
        Cancelled,
    };
    Q_ENUM(Status)

    explicit LaneCard(int agentIndex, QWidget *parent = nullptr);

    int agentIndex() const { return m_agentIndex; }
    int round() const { return m_round; }
    Status status() const { return m_status; }
    bool isRunning() const
    {
        return m_status == Status::Waiting || m_status == Status::Thinking || m_status == Status::Answering;
    }
    QString text() const;
    QString reasoning() const;
    /// What the status line says ("answering", "failed: …").
    QString statusText() const;

    /// A lane's request started (a new round starts with empty text).
    void start(const sotto::AgentLane &lane);
    /// The lane as stored or finished: its whole text, reasoning and final status.
    void show(const sotto::AgentLane &lane);
    void append(const QString &text, const QString &reasoning);
    /// Stopped by the user: a running lane says so.
    void cancel();

    /// How a stored or finished lane's state reads in the card.
    static Status statusOf(const sotto::AgentLane &lane);

protected:
    void changeEvent(QEvent *event) override;

private:
    void describe(const sotto::AgentLane &lane);
    void setStatus(Status status, const QString &error = {});
    void restyle();

    int m_agentIndex;
    int m_round = 0;
    Status m_status = Status::Waiting;
    QString m_error;
    QLabel *m_title;
    QLabel *m_perspective;
    QLabel *m_statusLabel;
    QPlainTextEdit *m_reasoning;
    QPlainTextEdit *m_text;
};

} // namespace sotto::ui
