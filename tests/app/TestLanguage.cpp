// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The language chosen in Settings › Appearance, applied as the application
// starts (installTranslations): the window's menus come up in German without
// touching the environment, and dates and numbers follow.
#include "app/AppSetup.h"
#include "core/orchestration/Session.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/settings/AppearanceSettings.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

class TestLanguage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SOTTO_KDF", "interactive");
    }

    void theWindowComesUpInTheLanguageChosen()
    {
        // The environment says English; the setting says German.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        AppearanceSettings chosen;
        chosen.language = QStringLiteral("de");
        chosen.save();
        app::installTranslations(*QCoreApplication::instance(), AppearanceSettings::load().language);
        QCOMPARE(QLocale().language(), QLocale::German);

        TempProfile profile;
        Session session{Profile(profile.path())};
        QSignalSpy unlocked(&session, &Session::unlocked);
        session.create(QStringLiteral("language test passphrase"));
        QVERIFY(unlocked.wait(20000));
        ScriptedPrompter prompter;
        MainWindow window(session, prompter);
        window.show();
        QStringList menus;
        for (QAction *menu : window.menuBar()->actions())
            menus << menu->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1String(", "))));
        QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(QLatin1String(", "))));
        auto *lock = window.findChild<QAction *>(QStringLiteral("lockAction"));
        QCOMPARE(lock->text(), QStringLiteral("Tresor &sperren"));
        auto *backUp = window.findChild<QAction *>(QStringLiteral("backUpVaultAction"));
        QVERIFY(backUp->text().contains(QStringLiteral("Tresor")));
        // Numbers in the German way too.
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    }
};

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
