// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QMainWindow>

namespace sotto::ui {

class EmptyState;

/// The application's main window. Built by app/ and handed its services; it only
/// turns user intent into calls on them. GUI thread only.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createActions();
    void showAbout();

    EmptyState *m_emptyState;
};

} // namespace sotto::ui
