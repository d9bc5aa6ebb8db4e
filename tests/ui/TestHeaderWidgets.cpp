// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/DestinationBadge.h"
#include "ui/chat/ModeSelector.h"
#include "ui/widgets/Prompter.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace sotto;
using namespace sotto::ui;

class TestHeaderWidgets final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modeSelectorIsSegmentedAndExplained()
    {
        ModeSelector selector;
        selector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&selector));
        QSignalSpy changed(&selector, &ModeSelector::modeChanged);
        auto *thinking = selector.findChild<QToolButton *>(QStringLiteral("modeThinking"));
        auto *instant = selector.findChild<QToolButton *>(QStringLiteral("modeInstant"));
        QVERIFY(thinking && instant);
        QVERIFY(instant->isChecked());
        QVERIFY(thinking->toolTip().contains(QStringLiteral("reasoning")));
        QVERIFY(thinking->toolTip().contains(QStringLiteral("Sends")));

        QTest::mouseClick(thinking, Qt::LeftButton);
        QCOMPARE(selector.mode(), Mode::Thinking);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Mode>(), Mode::Thinking);
        QVERIFY(!instant->isChecked());

        selector.setMode(Mode::Contemplating); // opening a conversation: no signal
        QCOMPARE(changed.size(), 1);
        selector.selectMode(Mode::Contemplating); // already selected: no signal
        QCOMPARE(changed.size(), 1);

        selector.setModeAvailable(Mode::Instant, false, QStringLiteral("not here"));
        selector.selectMode(Mode::Instant);
        QCOMPARE(selector.mode(), Mode::Contemplating);
    }

    void badgeSaysWhereWordsGo_data()
    {
        QTest::addColumn<int>("destination");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("localOnly");
        QTest::addColumn<QString>("expected");
        QTest::addRow("loopback") << int(Destination::Loopback) << QStringLiteral("127.0.0.1") << false
                                  << QStringLiteral("Stays on this computer");
        QTest::addRow("lan") << int(Destination::Lan) << QStringLiteral("192.168.1.20") << false
                             << QStringLiteral("Local network: 192.168.1.20");
        QTest::addRow("internet") << int(Destination::Internet) << QStringLiteral("api.openai.com") << false
                                  << QStringLiteral("Internet: api.openai.com");
        QTest::addRow("local only") << int(Destination::Loopback) << QStringLiteral("localhost") << true
                                    << QStringLiteral("Stays on this computer · local only");
    }

    void badgeSaysWhereWordsGo()
    {
        QFETCH(int, destination);
        QFETCH(QString, host);
        QFETCH(bool, localOnly);
        QFETCH(QString, expected);
        DestinationBadge badge;
        badge.setDestination(Destination(destination), host, localOnly);
        QVERIFY2(badge.text().endsWith(expected), qPrintable(badge.text()));
        QCOMPARE(badge.accessibleName(), expected);
        QVERIFY(badge.toolTip().contains(host));
    }

    void badgeSaysOfflineModeBlocksAllButThisComputer()
    {
        DestinationBadge badge;
        badge.setDestination(Destination::Internet, QStringLiteral("api.openai.com"), false, true);
        QVERIFY2(badge.text().contains(QStringLiteral("blocked: offline mode")), qPrintable(badge.text()));
        QVERIFY(badge.toolTip().contains(QStringLiteral("Offline mode is on")));
        badge.setDestination(Destination::Loopback, QStringLiteral("127.0.0.1"), false, true);
        QVERIFY(!badge.text().contains(QStringLiteral("offline")));
    }

    void scriptedPrompterAnswersInOrder()
    {
        ScriptedPrompter prompter;
        prompter.queueAnswer(QMessageBox::Yes);
        QCOMPARE(prompter.question(nullptr, QStringLiteral("T"), QStringLiteral("q1"),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No),
                 QMessageBox::Yes);
        QCOMPARE(prompter.question(nullptr, QStringLiteral("T"), QStringLiteral("q2"),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No),
                 QMessageBox::No);
        QCOMPARE(prompter.questions().size(), 2);
        QVERIFY(prompter.questions().at(1).contains(QStringLiteral("q2")));
    }
};

QTEST_MAIN(TestHeaderWidgets)
#include "TestHeaderWidgets.moc"
