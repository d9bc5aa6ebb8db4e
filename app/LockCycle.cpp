// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/LockCycle.h"

#include "core/orchestration/ChatController.h"
#include "core/orchestration/Session.h"
#include "ui/MainWindow.h"
#include "ui/chat/Composer.h"
#include "ui/settings/AutoLockSetting.h"

#include <QApplication>
#include <QDialog>

namespace sotto::app {

LockCycle::LockCycle(Session &session, ui::MainWindow &window, Ask ask, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_ask(std::move(ask))
{
    connect(&m_idle, &IdleLock::idle, this, &LockCycle::onIdle);
    // Back from a sleep past the idle time: the user was away, not reading. Lock
    // even if an answer is (still, or supposedly) streaming; it stops as stopped.
    connect(&m_idle, &IdleLock::wokeOverdue, this, &LockCycle::lockNow);
}

void LockCycle::arm()
{
    ui::AutoLockSetting::load(m_session, this, [this](int minutes) {
        m_idle.setMinutes(minutes);
    });
}

void LockCycle::onIdle()
{
    ChatController &controller = m_window.controller();
    if (!controller.isBusy()) {
        lockNow();
        return;
    }
    // An answer is streaming: the user is reading it. Count again now (so input
    // is not taken for a return from sleep) and once more when it ends.
    m_idle.restart();
    if (m_waitForAnswer)
        return;
    m_waitForAnswer = connect(&controller, &ChatController::busyChanged, this, [this](bool busy) {
        if (busy)
            return;
        disconnect(m_waitForAnswer);
        m_idle.restart();
    });
}

void LockCycle::lockNow()
{
    if (m_locking)
        return;
    m_locking = true;
    disconnect(m_waitForAnswer);
    m_idle.setMinutes(0);
    const ChatController &controller = m_window.controller();
    const qint64 reopen = controller.hasConversation() && !controller.conversation().incognito
        ? controller.conversation().id
        : 0;

    // Nothing stays on screen: hiding a dialog ends its exec() as cancelled,
    // without the questions a Close button may ask.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (auto *dialog = qobject_cast<QDialog *>(window); dialog && dialog->isVisible())
            dialog->hide();
    }
    if (reopen == 0) {
        // A draft for an incognito chat must not turn up in another conversation.
        if (auto *composer = m_window.findChild<ui::Composer *>(QStringLiteral("composer")))
            composer->clear();
    }
    m_window.prepareForLock();
    m_session.lock();
    m_window.hide();

    const bool unlocked = m_ask();
    m_locking = false;
    if (!unlocked) {
        Q_EMIT quitRequested();
        return;
    }
    m_window.show();
    if (reopen != 0)
        m_window.openConversation(reopen);
    arm();
}

} // namespace sotto::app
