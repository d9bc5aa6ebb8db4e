// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/theme/PaletteWatcher.h"

#include <QEvent>
#include <QWidget>

namespace sotto::ui {

PaletteWatcher::PaletteWatcher(QWidget *widget)
    : QObject(widget)
{
    widget->installEventFilter(this);
}

bool PaletteWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::PaletteChange)
        Q_EMIT paletteChanged();
    return QObject::eventFilter(watched, event);
}

} // namespace sotto::ui
