// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace sotto::ui {

/// Qt's own file dialogs, used so they leave no trace: the desktop's (GTK's)
/// chooser writes every file it touches into ~/.local/share/recently-used.xbel,
/// and Qt's remembers the folders visited in QtProject.conf, shared by every Qt
/// program — what was there is put back, so where the user keeps files is not
/// written down by Sotto. Modal; GUI thread.
class FileDialogs final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ui::FileDialogs)

public:
    FileDialogs() = delete;

    static QStringList openFileNames(QWidget *parent, const QString &title, const QString &filter);
    /// One file; empty when cancelled.
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    /// Empty when cancelled. `selectedFilter`, when given: the filter shown first, then the one chosen.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter, QString *selectedFilter = nullptr);
};

} // namespace sotto::ui
