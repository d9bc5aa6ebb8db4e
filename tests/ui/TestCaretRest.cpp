// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/CaretRest.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QStyleHints>
#include <QTest>

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
        QTest::qWait(1100);
        QVERIFY2(blinks.count > 0, "the caret does not blink here at all");

        CaretRest rest(1500ms);
        QTRY_VERIFY(rest.isResting());
        QCOMPARE(QApplication::cursorFlashTime(), 0);
        blinks.count = 0;
        QTest::qWait(1100);
        QCOMPARE(blinks.count, 0); // no wake-ups while the user does nothing

        QTest::keyClick(&field, Qt::Key_A);
        QVERIFY(!rest.isResting());
        QCOMPARE(QApplication::cursorFlashTime(), platform);
        QCOMPARE(field.toPlainText(), QStringLiteral("a")); // the key still reaches the field
        blinks.count = 0;
        QTest::qWait(1100);
        QVERIFY(blinks.count > 0);
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
