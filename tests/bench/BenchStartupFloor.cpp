// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The floor bench_startup compares the real window with (shared/PERFORMANCE.md):
// a bare Qt Widgets window, a QMainWindow holding a QListWidget beside a
// QTextBrowser showing a little Markdown. Not part of Sotto; it only starts,
// shows itself and waits to be closed.
#include <QApplication>
#include <QListWidget>
#include <QMainWindow>
#include <QSplitter>
#include <QTextBrowser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));
    auto *splitter = new QSplitter(&window);
    auto *list = new QListWidget(splitter);
    for (int i = 0; i < 50; ++i)
        list->addItem(QStringLiteral("Conversation %1").arg(i + 1));
    auto *browser = new QTextBrowser(splitter);
    browser->setMarkdown(
        QStringLiteral("# Hello\n\nSome *Markdown* with `code` and a list:\n\n- one\n- two\n"));
    window.setCentralWidget(splitter);
    window.resize(1100, 720);
    window.show();
    return QApplication::exec();
}
