// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/IdleLock.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using sotto::app::IdleLock;

class TestIdleLock final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void locksAfterTheIdleTime()
    {
        IdleLock lock;
        QSignalSpy idle(&lock, &IdleLock::idle);
        lock.setTimeout(150ms);
        QVERIFY(idle.wait(5000));
        QCOMPARE(idle.size(), 1);
    }

    void inputRestartsTheCount()
    {
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        IdleLock lock;
        lock.setTimeout(10min);
        QTest::qWait(300);
        QVERIFY(lock.remaining() <= 10min - 250ms);
        QTest::keyClick(&edit, Qt::Key_A);
        QVERIFY(lock.remaining() > 10min - 250ms); // a key press starts the count again
        QTest::qWait(300);
        QTest::mouseClick(&edit, Qt::LeftButton);
        QVERIFY(lock.remaining() > 10min - 250ms); // and so does a click
    }

    void sleepingPastTheIdleTimeLocksAtTheFirstEventAfter()
    {
        qint64 now = 1'000'000'000;
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        IdleLock lock;
        lock.setClock([&now] {
            return now;
        });
        QSignalSpy idle(&lock, &IdleLock::wokeOverdue);
        lock.setTimeout(10min);

        now += qint64(2 * 60 * 1000); // awake, two minutes later: typing goes on as usual
        QTest::keyClick(&edit, Qt::Key_A);
        QCOMPARE(edit.text(), QStringLiteral("a"));
        QVERIFY(!idle.wait(200));

        // The computer slept for an hour: its timers did not run, the clock did.
        now += qint64(60 * 60 * 1000);
        QTest::keyClick(&edit, Qt::Key_B);
        QVERIFY(idle.wait(2000));
        QCOMPARE(idle.size(), 1);
        QCOMPARE(edit.text(), QStringLiteral("a")); // the key did nothing before the lock
    }

    void aShortcutAfterSleepDoesNothingBeforeTheLock()
    {
        qint64 now = 1'000'000'000;
        QLineEdit edit;
        int triggered = 0;
        auto *action = new QAction(&edit);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        edit.addAction(action);
        connect(action, &QAction::triggered, &edit, [&triggered] {
            ++triggered;
        });
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        IdleLock lock;
        lock.setClock([&now] {
            return now;
        });
        QSignalSpy idle(&lock, &IdleLock::wokeOverdue);
        lock.setTimeout(10min);
        QTest::keyClick(&edit, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(triggered, 1); // awake: shortcuts work
        now += qint64(60 * 60 * 1000);
        QTest::keyClick(&edit, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(idle.wait(2000));
        QCOMPARE(triggered, 1);
    }

    void offMeansNever()
    {
        IdleLock lock;
        QSignalSpy idle(&lock, &IdleLock::idle);
        lock.setTimeout(100ms);
        lock.setMinutes(0);
        QVERIFY(!idle.wait(400));
    }
};

QTEST_MAIN(TestIdleLock)
#include "TestIdleLock.moc"
