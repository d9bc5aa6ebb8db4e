// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Mode.h"

#include <QList>
#include <QWidget>

#include <utility>

class QActionGroup;
class QButtonGroup;
class QMenu;
class QToolButton;

namespace sotto::ui {

/// The segmented Instant / Thinking / Contemplating control. Each segment's
/// tooltip says what the mode does and what it sends; the selected one is
/// filled with the palette's highlight, in light and dark alike. Compact (a
/// narrow window), it is one button naming the mode, with the modes in its
/// menu. Beside the Contemplating segment a small menu chooses who contemplates
/// (the compact menu has it as a submenu); the window fills it and sets the
/// segment's tooltip to what Contemplating costs now. The window binds
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
    void setCompact(bool compact);
    /// The choices of who contemplates, as (key, label) pairs (an empty key: a
    /// separator), with `current` checked. Choosing one emits contemplationChosen()
    /// and selects Contemplating.
    void setContemplationChoices(const QList<std::pair<QString, QString>> &choices, const QString &current);
    QString contemplationChoice() const { return m_choice; }
    void setContemplatingTip(const QString &tip);
    QString contemplatingTip() const;
    bool isCompact() const { return m_compact; }

Q_SIGNALS:
    void modeChanged(sotto::Mode mode);
    void contemplationChosen(const QString &key);
    /// The menu of who contemplates is about to open (time to read the ensembles again).
    void contemplationMenuAboutToShow();

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *button(Mode mode) const;
    void restyle();
    void updateMenuButton();

    QButtonGroup *m_group;
    QToolButton *m_menuButton;
    QActionGroup *m_menuModes;
    QToolButton *m_choiceButton;
    QMenu *m_choiceMenu;
    QMenu *m_compactChoices = nullptr;
    QString m_choice;
    Mode m_mode = Mode::Instant;
    bool m_compact = false;
};

} // namespace sotto::ui
