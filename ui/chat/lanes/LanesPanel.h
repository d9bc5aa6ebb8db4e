// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QHash>
#include <QList>
#include <QTimer>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QScrollArea;
class QToolButton;

namespace sotto {
struct AgentLane;
}

namespace sotto::ui {

class LaneCard;

/// The agents of a Contemplating answer, one LaneCard per agent: side by side,
/// or stacked when the pane gives each fewer than MIN_LANE_WIDTH pixels. While
/// a turn contemplates, the lanes stream (text reaches the cards once a frame,
/// as in the chat view); afterwards the window folds the panel, and shows a
/// stored answer's lanes again from the vault. GUI thread.
class LanesPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanesPanel)

public:
    static constexpr int MIN_LANE_WIDTH = 260;

    explicit LanesPanel(QWidget *parent = nullptr);

    /// The answer whose lanes are shown (0: none yet, a turn just started).
    qint64 messageId() const { return m_messageId; }
    bool isLive() const { return m_live; }
    bool isStacked() const { return m_stacked; }
    QList<LaneCard *> cards() const { return m_cards; }
    LaneCard *card(int agentIndex) const;

    /// A Contemplating turn starts for the answer `messageId`: no lanes yet.
    void beginTurn(qint64 messageId);
    void startLane(const sotto::AgentLane &lane);
    /// Streamed text of a lane; shown at the next frame.
    void queueDelta(int agentIndex, int round, const QString &text, const QString &reasoning);
    void finishLane(const sotto::AgentLane &lane);
    /// The turn was stopped: every running lane says "cancelled".
    void cancelLanes();
    /// The turn ended.
    void endTurn();
    /// A stored answer's lanes (each agent's last round).
    void showLanes(qint64 messageId, const QList<sotto::AgentLane> &lanes);
    void clear();

Q_SIGNALS:
    /// The user closed the panel.
    void closeRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    LaneCard *cardFor(int agentIndex);
    void flush();
    void arrange();
    void updateTitle();

    QLabel *m_title;
    QToolButton *m_close;
    QScrollArea *m_scroll;
    QWidget *m_lanes;
    QBoxLayout *m_layout;
    QList<LaneCard *> m_cards;
    qint64 m_messageId = 0;
    bool m_live = false;
    bool m_stacked = false;
    QTimer m_frame;
    struct Pending {
        int round = 0;
        QString text;
        QString reasoning;
    };
    QHash<int, Pending> m_pending; // agent index → what waits for the frame
};

} // namespace sotto::ui
