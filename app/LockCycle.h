// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "app/IdleLock.h"

#include <QObject>

#include <functional>

namespace sotto {
class Session;
}
namespace sotto::ui {
class MainWindow;
}

namespace sotto::app {

/// Locking, by hand (Ctrl+L) or after the idle time. Everything on screen goes:
/// open dialogs close as if cancelled (a link not yet confirmed is not opened),
/// the vault locks, the window hides. Then the unlock dialog asks, and the
/// window comes back with the conversation that was open. The idle lock never
/// cuts an answer short: while one streams it waits, and counts again from the
/// moment it ends — unless the computer slept past the idle time, which locks at
/// once. GUI thread; the session and the window must outlive it.
class LockCycle final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockCycle)

public:
    /// Shows the unlock dialog; false when the user quit instead.
    using Ask = std::function<bool()>;

    LockCycle(Session &session, ui::MainWindow &window, Ask ask, QObject *parent = nullptr);

    IdleLock &idleLock() { return m_idle; }
    /// Loads the auto-lock time from the vault and starts counting.
    void arm();
    void lockNow();

Q_SIGNALS:
    /// The user quit at the unlock dialog.
    void quitRequested();

private:
    void onIdle();

    Session &m_session;
    ui::MainWindow &m_window;
    Ask m_ask;
    IdleLock m_idle;
    bool m_locking = false;
    QMetaObject::Connection m_waitForAnswer;
};

} // namespace sotto::app
