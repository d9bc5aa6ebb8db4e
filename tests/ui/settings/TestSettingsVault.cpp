// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/ui/settings/SettingsTestSupport.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

const QString NEW_PASSPHRASE = QStringLiteral("copper meadow violin seventeen lantern");

} // namespace

class TestSettingsVault final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<OpenSession> m_open;
    ScriptedPrompter m_prompter;

    Session &session() { return m_open->session; }

    std::unique_ptr<SettingsDialog> openVaultPage()
    {
        auto dialog = std::make_unique<SettingsDialog>(session(), m_prompter);
        dialog->showPage(SettingsDialog::Page::Vault);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qFatal("settings dialog not exposed");
        return dialog;
    }

    void changePassphrase(SettingsDialog &dialog, const QString &current, const QString &next)
    {
        QTest::keyClicks(child<QLineEdit>(dialog, "currentPassphraseEdit"), current);
        QTest::keyClicks(child<QLineEdit>(dialog, "newPassphraseEdit"), next);
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmPassphraseEdit"), next);
        auto *change = child<QPushButton>(dialog, "changePassphraseButton");
        QVERIFY(change->isEnabled());
        QTest::mouseClick(change, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No session bus, hence no keyring, whatever the machine running the tests has.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sotto-test-bus");
    }

    void init()
    {
        m_open = std::make_unique<OpenSession>();
        QVERIFY(m_open->create());
    }

    void cleanup() { m_open.reset(); }

    void changePassphraseWorks()
    {
        auto dialog = openVaultPage();
        auto *message = child<MessageWidget>(*dialog, "passphraseMessage");
        auto *strength = child<QProgressBar>(*dialog, "newStrengthMeter");
        QTest::keyClicks(child<QLineEdit>(*dialog, "newPassphraseEdit"), QStringLiteral("abc"));
        QCOMPARE(strength->value(), 1);
        child<QLineEdit>(*dialog, "newPassphraseEdit")->clear();

        changePassphrase(*dialog, OpenSession::passphrase(), NEW_PASSPHRASE);
        QVERIFY(m_prompter.questions().isEmpty()); // a strong passphrase needs no confirmation
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
        QCOMPARE(message->type(), MessageWidget::Type::Positive);
        QVERIFY(child<QLineEdit>(*dialog, "currentPassphraseEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(*dialog, "newPassphraseEdit")->text().isEmpty());

        QVERIFY(m_open->lock());
        QVERIFY(!m_open->unlock(OpenSession::passphrase()));
        QVERIFY(m_open->unlock(NEW_PASSPHRASE));
    }

    void aWrongCurrentPassphraseChangesNothing()
    {
        auto dialog = openVaultPage();
        auto *message = child<MessageWidget>(*dialog, "passphraseMessage");
        changePassphrase(*dialog, QStringLiteral("not the passphrase"), NEW_PASSPHRASE);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY(message->text().contains(QStringLiteral("not right")));
        QVERIFY(m_open->relock()); // the old passphrase still opens the vault
    }

    void aWeakPassphraseIsConfirmedFirst()
    {
        auto dialog = openVaultPage();
        m_prompter.queueAnswer(QMessageBox::No);
        changePassphrase(*dialog, OpenSession::passphrase(), QStringLiteral("password1"));
        QCOMPARE(m_prompter.questions().size(), 1);
        QVERIFY(!child<QProgressBar>(*dialog, "changePassphraseBusy")->isVisible());
        QVERIFY(m_open->relock());
    }

    void theKeyringFailsInlineWithoutAKeyring()
    {
        auto dialog = openVaultPage();
        auto *check = child<QCheckBox>(*dialog, "keyringCheck");
        auto *message = child<MessageWidget>(*dialog, "keyringMessage");
        auto *passphrase = child<QLineEdit>(*dialog, "keyringPassphraseEdit");
        QVERIFY(!check->isChecked());
        QVERIFY(!passphrase->isVisible());

        toggle(check);
        QVERIFY(passphrase->isVisible());
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        QTest::keyClicks(passphrase, OpenSession::passphrase());
        QTest::mouseClick(child<QPushButton>(*dialog, "keyringRememberButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY(!message->text().isEmpty());
        QVERIFY(message->text().contains(QStringLiteral("keyring")));
        QVERIFY(!check->isChecked());
        QVERIFY(!passphrase->isVisible());
        QVERIFY(passphrase->text().isEmpty());

        // Nothing claims the passphrase is remembered after a reload either.
        QVERIFY(m_open->relock());
        auto reopened = openVaultPage();
        QVERIFY(!child<QCheckBox>(*reopened, "keyringCheck")->isChecked());
    }

    void aWrongPassphraseIsNotHandedToTheKeyring()
    {
        auto dialog = openVaultPage();
        auto *check = child<QCheckBox>(*dialog, "keyringCheck");
        auto *message = child<MessageWidget>(*dialog, "keyringMessage");
        auto *passphrase = child<QLineEdit>(*dialog, "keyringPassphraseEdit");
        toggle(check);
        QTest::keyClicks(passphrase, QStringLiteral("a typo in the passphrase"));
        QTest::mouseClick(child<QPushButton>(*dialog, "keyringRememberButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        // Refused before any keyring is asked (there is none here: that would say so).
        QVERIFY2(message->text().contains(QStringLiteral("not the vault's passphrase")),
                 qPrintable(message->text()));
        QVERIFY(passphrase->isVisible()); // the user can type it again
        QVERIFY(passphrase->text().isEmpty());
    }

    void theDialogStaysWhileThePassphraseChanges()
    {
        auto dialog = openVaultPage();
        auto *message = child<MessageWidget>(*dialog, "passphraseMessage");
        changePassphrase(*dialog, OpenSession::passphrase(), NEW_PASSPHRASE);
        dialog->reject(); // Esc or Close while it re-encrypts
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
        QCOMPARE(message->type(), MessageWidget::Type::Positive);
        dialog->reject();
        QVERIFY(!dialog->isVisible());
    }

    void retentionDaysPersist()
    {
        {
            auto dialog = openVaultPage();
            auto *keepAll = child<QRadioButton>(*dialog, "keepAllRadio");
            auto *deleteOld = child<QRadioButton>(*dialog, "deleteOldRadio");
            auto *days = child<QSpinBox>(*dialog, "retentionDaysSpin");
            QVERIFY(keepAll->isChecked());
            QVERIFY(!days->isEnabled());
            toggle(deleteOld);
            QVERIFY(days->isEnabled());
            QCOMPARE(session().retentionDays(), days->value());
            days->setValue(45);
            QCOMPARE(session().retentionDays(), 45);
        }
        QVERIFY(m_open->relock());
        QCOMPARE(session().retentionDays(), 45);
        auto dialog = openVaultPage();
        QVERIFY(child<QRadioButton>(*dialog, "deleteOldRadio")->isChecked());
        QCOMPARE(child<QSpinBox>(*dialog, "retentionDaysSpin")->value(), 45);
        toggle(child<QRadioButton>(*dialog, "keepAllRadio"));
        QCOMPARE(session().retentionDays(), 0);
        QVERIFY(m_open->relock());
        QCOMPARE(session().retentionDays(), 0);
    }

    void autoLockIsKeptInTheVault()
    {
        {
            auto dialog = openVaultPage();
            auto *combo = child<QComboBox>(*dialog, "autoLockCombo");
            QTRY_VERIFY(combo->isEnabled()); // the stored value was read
            QCOMPARE(dialog->autoLockMinutes(), 0);
            QSignalSpy changed(dialog.get(), &SettingsDialog::autoLockChanged);
            combo->setCurrentIndex(combo->findData(15));
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.at(0).at(0).toInt(), 15);
            QCOMPARE(dialog->autoLockMinutes(), 15);
            QCOMPARE(dialog->property("autoLockMinutes").toInt(), 15);
        }
        QVERIFY(m_open->relock());
        // The stored value arrives after construction, announced for the window's idle timer.
        SettingsDialog dialog(session(), m_prompter);
        QSignalSpy loaded(&dialog, &SettingsDialog::autoLockChanged);
        QCOMPARE(dialog.autoLockMinutes(), 0);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toInt(), 15);
        QCOMPARE(dialog.autoLockMinutes(), 15);
        QCOMPARE(child<QComboBox>(dialog, "autoLockCombo")->currentData().toInt(), 15);
    }
};

QTEST_MAIN(TestSettingsVault)
#include "TestSettingsVault.moc"
