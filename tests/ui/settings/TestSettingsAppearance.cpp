// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/ui/settings/SettingsTestSupport.h"
#include "ui/settings/AppearanceSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/Prompter.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

class TestSettingsAppearance final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<OpenSession> m_open;
    ScriptedPrompter m_prompter;

    static int windowLightness() { return QApplication::palette().color(QPalette::Window).lightness(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_open = std::make_unique<OpenSession>();
        QVERIFY(m_open->create());
    }

    void init() { QFile::remove(AppearanceSettings::filePath()); }

    void cleanup()
    {
        QApplication::setPalette(QPalette());
        QFile::remove(AppearanceSettings::filePath());
    }

    void cleanupTestCase() { m_open.reset(); }

    void themeAppliesAtOnceAndIsRemembered_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<bool>("dark");
        QTest::addRow("dark") << "dark" << true;
        QTest::addRow("light") << "light" << false;
    }

    void everyPageHasAnIconAlsoWithoutADesktopTheme()
    {
        QIcon::setThemeName(QStringLiteral("no-such-theme")); // as on a bare desktop
        SettingsDialog dialog(m_open->session, m_prompter);
        auto *pages = child<QListWidget>(dialog, "pageList");
        QCOMPARE(pages->count(), 6);
        for (int row = 0; row < pages->count(); ++row) {
            const QIcon icon = pages->item(row)->icon();
            QVERIFY2(!icon.isNull() && !icon.pixmap(QSize(20, 20)).isNull(),
                     qPrintable(pages->item(row)->text()));
        }
    }

    void themeAppliesAtOnceAndIsRemembered()
    {
        QFETCH(QString, choice);
        QFETCH(bool, dark);
        SettingsDialog dialog(m_open->session, m_prompter);
        dialog.showPage(SettingsDialog::Page::Appearance);
        auto *theme = child<QComboBox>(dialog, "themeCombo");
        QCOMPARE(theme->currentIndex(), 0); // follows the system by default
        QVERIFY(!QApplication::testAttribute(Qt::AA_SetPalette));

        const auto wanted = AppearanceSettings::themeFromName(choice);
        theme->setCurrentIndex(theme->findData(int(wanted)));
        QVERIFY(QApplication::testAttribute(Qt::AA_SetPalette));
        QCOMPARE(windowLightness() < 128, dark);
        QCOMPARE(QApplication::palette().color(QPalette::Text).lightness() > 128, dark);
        QCOMPARE(AppearanceSettings::load().theme, wanted);
        const QSettings file(AppearanceSettings::filePath(), QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("appearance/theme")).toString(), choice);
        // Nothing but presentation: no key could name content.
        QStringList keys = file.allKeys();
        keys.sort();
        QCOMPARE(keys, QStringList({QStringLiteral("appearance/theme"), QStringLiteral("chat/enterSends")}));

        SettingsDialog reopened(m_open->session, m_prompter);
        QCOMPARE(child<QComboBox>(reopened, "themeCombo")->currentData().toInt(), int(wanted));

        // Back to the system palette: Qt follows the desktop again.
        theme->setCurrentIndex(0);
        QVERIFY(!QApplication::testAttribute(Qt::AA_SetPalette));
        QCOMPARE(AppearanceSettings::load().theme, AppearanceSettings::Theme::System);
    }

    void languageIsChosenByItsOwnName()
    {
        SettingsDialog dialog(m_open->session, m_prompter);
        dialog.showPage(SettingsDialog::Page::Appearance);
        dialog.show();
        auto *language = child<QComboBox>(dialog, "languageCombo");
        auto *note = child<QLabel>(dialog, "languageNote");
        QCOMPARE(language->currentData().toString(), QString()); // the system's, by default
        QVERIFY(!note->isVisible());
        QStringList names;
        for (int i = 0; i < language->count(); ++i)
            names << language->itemText(i);
        // Each translation in its own language, English and the nine others among them.
        for (const char *name :
             {"English", "Deutsch", "Français", "Español", "日本語", "Italiano", "Русский", "한국어"})
            QVERIFY2(names.contains(QString::fromUtf8(name)), qPrintable(names.join(QLatin1String(", "))));
        QVERIFY(!language->accessibleName().isEmpty());

        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY(note->isVisible()); // it takes effect at the next start, and says so
        QCOMPARE(AppearanceSettings::load().language, QStringLiteral("de"));
        SettingsDialog reopened(m_open->session, m_prompter);
        QCOMPARE(child<QComboBox>(reopened, "languageCombo")->currentData().toString(), QStringLiteral("de"));

        language->setCurrentIndex(0);
        QVERIFY(!note->isVisible());
        QCOMPARE(AppearanceSettings::load().language, QString());
        const QSettings file(AppearanceSettings::filePath(), QSettings::IniFormat);
        QVERIFY(!file.contains(QStringLiteral("appearance/language")));
    }

    void conversationTextIsAtLeastElevenPoints()
    {
        const QFont before = QApplication::font();
        AppearanceSettings settings;
        QFont font = before;
        font.setPointSize(9);
        QApplication::setFont(font);
        QCOMPARE(settings.effectiveFontPointSize(), 11);
        font.setPointSize(13);
        QApplication::setFont(font);
        QCOMPARE(settings.effectiveFontPointSize(), 13);
        // What the user chose is kept, small or not.
        settings.fontPointSize = 8;
        QCOMPARE(settings.effectiveFontPointSize(), 8);
        QApplication::setFont(before);
    }

    void fontSizeIsAnnouncedAndRemembered()
    {
        SettingsDialog dialog(m_open->session, m_prompter);
        auto *size = child<QSpinBox>(dialog, "fontSizeSpin");
        QCOMPARE(size->value(), dialog.conversationFontPointSize());
        QSignalSpy changed(&dialog, &SettingsDialog::conversationFontPointSizeChanged);
        const int wanted = size->value() + 3;
        size->setValue(wanted);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), wanted);
        QCOMPARE(dialog.conversationFontPointSize(), wanted);
        QCOMPARE(dialog.property("conversationFontPointSize").toInt(), wanted);
        QCOMPARE(AppearanceSettings::load().fontPointSize, wanted);

        SettingsDialog reopened(m_open->session, m_prompter);
        QCOMPARE(reopened.conversationFontPointSize(), wanted);
        QCOMPARE(child<QSpinBox>(reopened, "fontSizeSpin")->value(), wanted);
    }
};

QTEST_MAIN(TestSettingsAppearance)
#include "TestSettingsAppearance.moc"
