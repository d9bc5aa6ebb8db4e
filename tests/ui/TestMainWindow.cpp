// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using sotto::ui::MainWindow;

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsTitleIconAndEmptyState()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Sotto"));
        QVERIFY(!window.windowIcon().isNull());
        // The SVG renders at a high-DPI size, not just the nominal one.
        QCOMPARE(window.windowIcon().pixmap(QSize(256, 256)).size(), QSize(256, 256));

        auto *headline = window.findChild<QLabel *>(QStringLiteral("emptyStateHeadline"));
        QVERIFY(headline);
        QVERIFY(headline->isVisible());
        QVERIFY(!headline->text().isEmpty());
        auto *icon = window.findChild<QLabel *>(QStringLiteral("emptyStateIcon"));
        QVERIFY(icon);
        QVERIFY(!icon->pixmap().isNull());
    }

    void ctrlQClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QVERIFY(quit->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
