// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace sotto::app {

/// Locks the vault after the user has been idle for the chosen time: any key
/// press, click or wheel in the application restarts the count. A single-shot
/// timer, so an idle application does not wake up. GUI thread.
///
/// The timer does not run while the computer sleeps, so the time since the last
/// input is also kept by the wall clock: the first event after waking (a mouse
/// move, the window activated, a key — which is then swallowed) emits
/// wokeOverdue() if the idle time has passed meanwhile.
class IdleLock final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    /// 0 turns it off.
    void setMinutes(int minutes) { setTimeout(std::chrono::minutes(std::max(0, minutes))); }
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /// Time left before idle() if nothing happens; 0 when off.
    std::chrono::milliseconds remaining() const { return m_timer.remainingTimeAsDuration(); }
    /// Restarts the count, as input does.
    void restart();
    /// Tests: the wall clock, in ms since the epoch.
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

Q_SIGNALS:
    /// No input for the idle time.
    void idle();
    /// The first event after the computer slept past the idle time: the vault
    /// should lock now, whatever is going on.
    void wokeOverdue();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool overdue() const;

    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
    std::function<qint64()> m_now;
    qint64 m_lastInput = 0; // by m_now
    bool m_firing = false;
};

} // namespace sotto::app
