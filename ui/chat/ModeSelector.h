// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Mode.h"

#include <QWidget>

class QActionGroup;
class QButtonGroup;
class QToolButton;

namespace sotto::ui {

/// The segmented Instant / Thinking / Contemplating control. Each segment's
/// tooltip says what the mode does and what it sends; the selected one is
/// filled with the palette's highlight, in light and dark alike. Compact (a
/// narrow window), it is one button naming the mode, with the modes in its
/// menu. The window binds Ctrl+1/2/3 to selectMode(). GUI thread.
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
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

Q_SIGNALS:
    void modeChanged(sotto::Mode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *button(Mode mode) const;
    void restyle();
    void updateMenuButton();

    QButtonGroup *m_group;
    QToolButton *m_menuButton;
    QActionGroup *m_menuModes;
    Mode m_mode = Mode::Instant;
    bool m_compact = false;
};

} // namespace sotto::ui
