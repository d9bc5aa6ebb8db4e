// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Mode.h"

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace sotto::ui {

/// The segmented Instant / Thinking / Contemplating control. Each segment's
/// tooltip says what the mode does and what it sends. The window binds
/// Ctrl+1/2/3 to selectMode(). GUI thread.
class ModeSelector final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeSelector)

public:
    explicit ModeSelector(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// Changes the selection without emitting modeChanged (e.g. opening a conversation).
    void setMode(Mode mode);
    /// Changes the selection as the user would, emitting modeChanged.
    void selectMode(Mode mode);
    void setModeAvailable(Mode mode, bool available, const QString &reason = {});

Q_SIGNALS:
    void modeChanged(sotto::Mode mode);

private:
    QToolButton *button(Mode mode) const;

    QButtonGroup *m_group;
    Mode m_mode = Mode::Instant;
};

} // namespace sotto::ui
