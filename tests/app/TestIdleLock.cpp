// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/IdleLock.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

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
        // A full second of the count gone, so a slow machine cannot pass the checks
        // below by taking long between a key press and the look at the count.
        QTRY_VERIFY_WITH_TIMEOUT(lock.remaining() <= 10min - 1s, 20000);
        QTest::keyClick(&edit, Qt::Key_A);
        QVERIFY(lock.remaining() > 10min - 1s); // a key press starts the count again
        QTRY_VERIFY_WITH_TIMEOUT(lock.remaining() <= 10min - 1s, 20000);
        QTest::mouseClick(&edit, Qt::LeftButton);
        QVERIFY(lock.remaining() > 10min - 1s); // and so does a click
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
        // wokeOverdue() is queued from the event it reacts to: once a call queued
        // after the key press has run, it would have come.
        QVERIFY(queueTurned());
        QCOMPARE(idle.size(), 0);

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
        // A timer started after the idle one, and longer, fires after the time the
        // idle one would have: once it has, idle() would have come.
        QTimer later;
        later.setSingleShot(true);
        later.setTimerType(Qt::PreciseTimer);
        QSignalSpy passed(&later, &QTimer::timeout);
        later.start(300ms);
        QVERIFY(passed.wait(20000));
        QCOMPARE(idle.size(), 0);
    }

private:
    /// Whether a call queued now has run: every event posted before it has been handled.
    bool queueTurned()
    {
        bool turned = false;
        QMetaObject::invokeMethod(
            this,
            [&turned] {
                turned = true;
            },
            Qt::QueuedConnection);
        return QTest::qWaitFor(
            [&turned] {
                return turned;
            },
            20000);
    }
};

QTEST_MAIN(TestIdleLock)
#include "TestIdleLock.moc"
