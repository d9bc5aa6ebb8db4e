// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/CaretRest.h"

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QStyleHints>

namespace sotto::ui {

CaretRest::CaretRest(std::chrono::milliseconds after, QObject *parent)
    : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(after);
    connect(&m_idle, &QTimer::timeout, this, &CaretRest::rest);
    qApp->installEventFilter(this);
    m_idle.start();
}

CaretRest::~CaretRest()
{
    wake();
}

bool CaretRest::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride: // a key that is a shortcut arrives as this, not as KeyPress
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::InputMethod:
    case QEvent::FocusIn:
        // Restarting a timer per input event costs nothing noticeable; input is rare.
        wake();
        m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void CaretRest::rest()
{
    // A platform that does not blink (flash time 0) has nothing to rest.
    if (m_resting || QGuiApplication::styleHints()->cursorFlashTime() <= 0)
        return;
    m_resting = true;
    QGuiApplication::styleHints()->setCursorFlashTime(0); // Qt stops the blink timers, the caret shows
}

void CaretRest::wake()
{
    if (!m_resting)
        return;
    m_resting = false;
    // Back to the platform's setting as it is now (-1), which the desktop may have changed meanwhile.
    QGuiApplication::styleHints()->setCursorFlashTime(-1);
}

} // namespace sotto::ui
