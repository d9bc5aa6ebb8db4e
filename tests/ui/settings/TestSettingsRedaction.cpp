// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Withholding personal data in Settings, on a real vault: the Privacy page's policy and
// terms, and a provider's override in its form, are what the vault holds afterwards
// (read back through the repositories a turn reads them with).
#include "core/orchestration/PolicySettings.h"
#include "core/store/ProviderRepository.h"
#include "core/store/RedactionRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"
#include "core/store/VaultService.h"
#include "tests/ui/settings/SettingsTestSupport.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

class TestSettingsRedaction final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<OpenSession> m_open;
    ScriptedPrompter m_prompter;

    RedactionPolicy storedPolicy()
    {
        auto settings = m_open->session.vault()
                            .run([](Vault &vault) {
                                return SettingsRepository(vault).all();
                            })
                            .result();
        return settings ? PolicySettings::redaction(*settings) : RedactionPolicy::Internet;
    }

    QStringList storedTerms()
    {
        auto terms = m_open->session.vault()
                         .run([](Vault &vault) {
                             return RedactionRepository(vault).terms();
                         })
                         .result();
        return terms ? *terms : QStringList{QStringLiteral("(unreadable)")};
    }

    QMap<QString, RedactionPolicy> storedOverrides()
    {
        auto overrides = m_open->session.vault()
                             .run([](Vault &vault) {
                                 return ProviderRepository(vault).redactionOverrides();
                             })
                             .result();
        return overrides ? *overrides : QMap<QString, RedactionPolicy>{{QStringLiteral("(unreadable)"), {}}};
    }

    std::unique_ptr<SettingsDialog> openDialog(SettingsDialog::Page page)
    {
        auto dialog = std::make_unique<SettingsDialog>(m_open->session, m_prompter);
        dialog->showPage(page);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_open = std::make_unique<OpenSession>();
        QVERIFY(m_open->create());
    }

    void cleanup() { m_open.reset(); }

    void choosingAPolicyStoresIt()
    {
        {
            auto dialog = openDialog(SettingsDialog::Page::Privacy);
            QVERIFY(dialog);
            auto *combo = child<QComboBox>(*dialog, "redactionPolicyCombo");
            QVERIFY(combo->isVisible());
            QVERIFY(!combo->accessibleName().isEmpty());
            QCOMPARE(combo->count(), 3);
            QTRY_COMPARE(combo->currentData().toInt(), int(RedactionPolicy::Internet)); // the default
            QVERIFY(combo->currentText().contains(QStringLiteral("(default)")));

            // The page says plainly that detection can miss things, and what it detects.
            const QString statement = child<QLabel>(*dialog, "redactionStatement")->text();
            QVERIFY2(statement.contains(QStringLiteral("Detection can miss things")), qPrintable(statement));
            for (const char *what : {"e-mail", "phone", "payment cards", "IBAN", "IP addresses",
                                     "keys and tokens", "your terms"})
                QVERIFY2(statement.contains(QLatin1String(what)), what);

            combo->setCurrentIndex(combo->findData(int(RedactionPolicy::Always)));
            QTRY_COMPARE(storedPolicy(), RedactionPolicy::Always);
            combo->setCurrentIndex(combo->findData(int(RedactionPolicy::Off)));
            QTRY_COMPARE(storedPolicy(), RedactionPolicy::Off);
        }
        // What the vault kept shows again after a lock and unlock.
        QVERIFY(m_open->relock());
        auto dialog = openDialog(SettingsDialog::Page::Privacy);
        QVERIFY(dialog);
        QTRY_COMPARE(child<QComboBox>(*dialog, "redactionPolicyCombo")->currentData().toInt(),
                     int(RedactionPolicy::Off));
    }

    void termsAddedAndRemovedAreInTheVault()
    {
        auto dialog = openDialog(SettingsDialog::Page::Privacy);
        QVERIFY(dialog);
        auto *list = child<QListWidget>(*dialog, "redactionTermsList");
        auto *edit = child<QLineEdit>(*dialog, "redactionTermEdit");
        auto *add = child<QPushButton>(*dialog, "addTermButton");
        auto *remove = child<QPushButton>(*dialog, "removeTermButton");
        for (QWidget *widget : {static_cast<QWidget *>(list), static_cast<QWidget *>(edit),
                                static_cast<QWidget *>(add), static_cast<QWidget *>(remove)})
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        QCOMPARE(list->count(), 0);
        QVERIFY(!add->isEnabled());
        QVERIFY(!remove->isEnabled());

        // Enter adds.
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Project Quokka"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(storedTerms(), QStringList{QStringLiteral("Project Quokka")});
        QTRY_COMPARE(list->count(), 1);
        QCOMPARE(edit->text(), QString());
        QVERIFY(dialog->isVisible()); // Enter went to the term, not to the dialog's buttons

        // So does the button; a term already listed in another case is not added twice.
        QTest::keyClicks(edit, QStringLiteral("Dana Scully"));
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE(list->count(), 2);
        QTest::keyClicks(edit, QStringLiteral("project QUOKKA"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(child<QWidget>(*dialog, "redactionMessage")->isVisible());
        QCOMPARE(storedTerms(),
                 QStringList({QStringLiteral("Project Quokka"), QStringLiteral("Dana Scully")}));

        // Delete removes the chosen term while the list has the focus.
        list->setCurrentRow(0);
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QVERIFY(remove->isEnabled());
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE(storedTerms(), QStringList{QStringLiteral("Dana Scully")});
        QTRY_COMPARE(list->count(), 1);

        // And the Remove button.
        list->setCurrentRow(0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(storedTerms(), QStringList());
        QTRY_COMPARE(list->count(), 0);
    }

    void aProvidersOverrideIsStored()
    {
        auto dialog = openDialog(SettingsDialog::Page::Providers);
        QVERIFY(dialog);
        child<QAction>(*dialog, "addPreset_ollama")->trigger();
        auto *combo = child<QComboBox>(*dialog, "providerRedactionCombo");
        QVERIFY(!combo->accessibleName().isEmpty());
        // Not saved yet: it follows the global policy, and the choice waits for the save.
        QVERIFY(!combo->isEnabled());
        QCOMPARE(combo->currentIndex(), 0);

        QTest::mouseClick(child<QPushButton>(*dialog, "saveProviderButton"), Qt::LeftButton);
        QTRY_VERIFY(combo->isEnabled());
        QVERIFY(storedOverrides().isEmpty());

        combo->setCurrentIndex(combo->findData(int(RedactionPolicy::Always)));
        QTRY_COMPARE(storedOverrides().value(QStringLiteral("Ollama"), RedactionPolicy::Internet),
                     RedactionPolicy::Always);
        combo->setCurrentIndex(combo->findData(int(RedactionPolicy::Off)));
        QTRY_COMPARE(storedOverrides().value(QStringLiteral("Ollama"), RedactionPolicy::Internet),
                     RedactionPolicy::Off);

        // Shown again as stored when the provider's form opens afresh.
        dialog.reset();
        dialog = openDialog(SettingsDialog::Page::Providers);
        QVERIFY(dialog);
        QCOMPARE(child<QTableView>(*dialog, "providerTable")->currentIndex().row(), 0);
        combo = child<QComboBox>(*dialog, "providerRedactionCombo");
        QTRY_COMPARE(combo->currentData().toInt(), int(RedactionPolicy::Off));

        // Back to following the global policy.
        combo->setCurrentIndex(0);
        QTRY_VERIFY(storedOverrides().isEmpty());
    }
};

QTEST_MAIN(TestSettingsRedaction)
#include "TestSettingsRedaction.moc"
