// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/WelcomeDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sotto::ui;

class TestWelcomeDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void buttonsReturnTheirChoice_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<WelcomeDialog::Choice>("choice");
        QTest::addColumn<int>("result");
        QTest::addRow("local") << "localButton" << WelcomeDialog::Choice::Local << int(QDialog::Accepted);
        QTest::addRow("cloud") << "cloudButton" << WelcomeDialog::Choice::Cloud << int(QDialog::Accepted);
        QTest::addRow("later") << "laterButton" << WelcomeDialog::Choice::Later << int(QDialog::Rejected);
    }

    void buttonsReturnTheirChoice()
    {
        QFETCH(QString, button);
        QFETCH(WelcomeDialog::Choice, choice);
        QFETCH(int, result);
        WelcomeDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &QDialog::finished);
        auto *clicked = dialog.findChild<QPushButton *>(button);
        QVERIFY(clicked);
        QVERIFY(!clicked->accessibleName().isEmpty());
        QTest::mouseClick(clicked, Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(dialog.choice(), choice);
        QCOMPARE(dialog.result(), result);
        QVERIFY(!dialog.isVisible());
    }

    void escapeMeansLater()
    {
        WelcomeDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.choice(), WelcomeDialog::Choice::Later);
    }

    void explainsWhatEachChoiceMeansForPrivacy()
    {
        WelcomeDialog dialog;
        const QString local = dialog.findChild<QLabel *>(QStringLiteral("localExplanation"))->text();
        const QString cloud = dialog.findChild<QLabel *>(QStringLiteral("cloudExplanation"))->text();
        QVERIFY(local.contains(QStringLiteral("never leave")));
        QVERIFY(cloud.contains(QStringLiteral("over the internet")));
        QVERIFY(cloud.contains(QStringLiteral("privacy log")));
    }
};

QTEST_MAIN(TestWelcomeDialog)
#include "TestWelcomeDialog.moc"
