// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/CaretRest.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTest>
#include <QTimer>

using namespace sotto::ui;
using namespace std::chrono_literals;

namespace {

/// Counts the timer events of a text field's caret (they go to its text control).
class BlinkCounter final : public QObject {
public:
    explicit BlinkCounter(QWidget *field)
        : m_field(field)
    {
        qApp->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer && watched->parent() == m_field)
            ++count;
        return false;
    }

private:
    QWidget *m_field;
};

} // namespace

class TestCaretRest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theCaretStopsBlinkingWhenIdleAndBlinksAgainOnInput()
    {
        QGuiApplication::styleHints()->setCursorFlashTime(-1); // the platform's
        const int platform = QApplication::cursorFlashTime();
        QVERIFY2(platform > 0, "the test platform (offscreen) blinks the caret");
        QPlainTextEdit field;
        field.show();
        QApplication::setActiveWindow(&field);
        field.setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&field));
        BlinkCounter blinks(&field);
        QTRY_VERIFY2_WITH_TIMEOUT(blinks.count > 0, "the caret does not blink here at all", 20000);

        CaretRest rest(1500ms);
        QTRY_VERIFY(rest.isResting());
        QCOMPARE(QApplication::cursorFlashTime(), 0);
        blinks.count = 0;
        // No wake-ups while the user does nothing: wait until a full blink period
        // has surely passed. A timer of twice the period, started now, fires after
        // any blink timer would have (Qt delivers due timers in order).
        QTimer period;
        period.setSingleShot(true);
        QSignalSpy passed(&period, &QTimer::timeout);
        period.start(2 * platform);
        QVERIFY(passed.wait(60000));
        QCOMPARE(blinks.count, 0);

        QTest::keyClick(&field, Qt::Key_A);
        QVERIFY(!rest.isResting());
        QCOMPARE(QApplication::cursorFlashTime(), platform);
        QCOMPARE(field.toPlainText(), QStringLiteral("a")); // the key still reaches the field
        blinks.count = 0;
        QTRY_VERIFY_WITH_TIMEOUT(blinks.count > 0, 20000);
        QTRY_VERIFY(rest.isResting()); // and rests again
    }

    void aShortcutKeyWakesTheCaretToo()
    {
        QGuiApplication::styleHints()->setCursorFlashTime(-1);
        const int platform = QApplication::cursorFlashTime();
        QVERIFY2(platform > 0, "the test platform (offscreen) blinks the caret");
        QPlainTextEdit field;
        int fired = 0;
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), &field);
        connect(shortcut, &QShortcut::activated, &field, [&fired] {
            ++fired;
        });
        field.show();
        QApplication::setActiveWindow(&field);
        field.setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&field));
        CaretRest rest(200ms);
        QTRY_VERIFY(rest.isResting());
        QTest::keyClick(&field, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(fired, 1);
        QVERIFY(!rest.isResting());
        QCOMPARE(QApplication::cursorFlashTime(), platform);
    }

    void leavingRestoresThePlatformsBlink()
    {
        QGuiApplication::styleHints()->setCursorFlashTime(-1);
        const int platform = QApplication::cursorFlashTime();
        QVERIFY2(platform > 0, "the test platform (offscreen) blinks the caret");
        {
            CaretRest rest(10ms);
            QTRY_VERIFY(rest.isResting());
            QCOMPARE(QApplication::cursorFlashTime(), 0);
        }
        QCOMPARE(QApplication::cursorFlashTime(), platform);
    }
};

QTEST_MAIN(TestCaretRest)
#include "TestCaretRest.moc"
