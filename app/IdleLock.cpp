// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/IdleLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

namespace sotto::app {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
    , m_now([] {
        return QDateTime::currentMSecsSinceEpoch();
    })
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // one timer at a time; its remaining time stays exact
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    restart();
}

void IdleLock::restart()
{
    m_lastInput = m_now();
    if (m_timeout.count() <= 0)
        m_timer.stop();
    else
        m_timer.start(m_timeout);
}

bool IdleLock::overdue() const
{
    return m_timeout.count() > 0 && m_now() - m_lastInput >= qint64(m_timeout.count());
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::MouseMove:
    case QEvent::WindowActivate:
    case QEvent::ApplicationStateChange:
        if (overdue()) {
            // Back from sleep past the idle time: lock before this input does
            // anything. Queued, as locking asks for the passphrase in its own loop.
            if (!m_firing) {
                m_firing = true;
                m_timer.stop();
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        m_firing = false;
                        Q_EMIT wokeOverdue();
                    },
                    Qt::QueuedConnection);
            }
            const QEvent::Type type = event->type();
            if (type == QEvent::ShortcutOverride) {
                // Accepted, a shortcut is not tried: the key comes as a KeyPress, swallowed below.
                event->accept();
                return true;
            }
            return type == QEvent::KeyPress || type == QEvent::MouseButtonPress || type == QEvent::Wheel;
        }
        if (event->type() != QEvent::MouseMove && event->type() != QEvent::WindowActivate
            && event->type() != QEvent::ApplicationStateChange && m_timeout.count() > 0)
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sotto::app
