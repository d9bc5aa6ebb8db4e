// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/MainWindow.h"

#include "core/common/Version.h"
#include "ui/widgets/EmptyState.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace sotto::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_emptyState(new EmptyState(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Sotto"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sotto.svg")));

    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setIcon(windowIcon());
    m_emptyState->setHeadline(tr("Private by design"));
    m_emptyState->setText(tr("Your conversations will appear here. Nothing leaves this computer "
                             "until you choose a model provider, and every request is recorded "
                             "so you can see exactly what was sent."));
    setCentralWidget(m_emptyState);

    createActions();
    statusBar()->showMessage(tr("No data has left this computer."));
    resize(1100, 720);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    // Platforms with a Windows key scheme bind nothing to QKeySequence::Quit; Ctrl+Q is promised everywhere.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcuts(quitKeys);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);
    addAction(quit); // keeps Ctrl+Q working when the menu bar is hidden or global

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Sotto"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sotto"),
                       tr("<h3>Sotto %1</h3><p>A private desktop AI assistant. Your conversations "
                          "stay in an encrypted vault on this computer.</p>")
                           .arg(QString::fromLatin1(VERSION)));
}

} // namespace sotto::ui
