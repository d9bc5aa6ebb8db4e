// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/CaretRest.h"

#include <QApplication>
#include <QEvent>

namespace sotto::ui {

CaretRest::CaretRest(std::chrono::milliseconds after, QObject *parent)
    : QObject(parent)
    , m_flashTime(QApplication::cursorFlashTime())
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(after);
    connect(&m_idle, &QTimer::timeout, this, &CaretRest::rest);
    qApp->installEventFilter(this);
    if (m_flashTime > 0)
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
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::InputMethod:
    case QEvent::FocusIn:
        // Restarting a timer per input event costs nothing noticeable; input is rare.
        wake();
        if (m_flashTime > 0)
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void CaretRest::rest()
{
    if (m_resting || m_flashTime <= 0)
        return;
    m_resting = true;
    QApplication::setCursorFlashTime(0); // Qt stops the blink timers and shows the caret
}

void CaretRest::wake()
{
    if (!m_resting)
        return;
    m_resting = false;
    QApplication::setCursorFlashTime(m_flashTime);
}

} // namespace sotto::ui
