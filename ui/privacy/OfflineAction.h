// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QAction>

namespace sotto {
class Session;
} // namespace sotto

namespace sotto::ui {

/// The main window's Offline switch: a checkable action that shows and sets the
/// policy's offline mode through Session (the one copy of the state, the same one
/// Settings › Privacy and `sotto policy set offline` change). Turning it on is the
/// kill switch: the gate stops at once every request under way that is not going to
/// this computer. Follows Session::policyChanged; recolours its icon with the
/// palette of `parent`. GUI thread; owned by `parent`.
class OfflineAction final : public QAction {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineAction)

public:
    OfflineAction(Session &session, QWidget *parent);

private:
    void showPolicy();
    void onToggled(bool offline);
    void updateIcon();

    Session &m_session;
    QWidget *m_owner;
};

} // namespace sotto::ui
