// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace sotto::ui {

/// Help › Keyboard Shortcuts: every shortcut of the window, read from its actions
/// when it opens (so it never drifts from them): the menus' actions by menu, the
/// window's other actions (Esc stops an answer, F2 renames), and the composer's
/// keys, which are not actions.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    /// `window`: the main window, whose menu bar and actions are listed.
    explicit ShortcutsDialog(QWidget *window);

private:
    QTreeWidget *m_list;
};

} // namespace sotto::ui
