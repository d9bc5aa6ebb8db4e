// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// File › Back Up Vault… and Restore Vault from File…, offscreen, with real vaults
// and real files: the backup is taken while the window holds the vault and opens
// with its passphrase; a restore asks for the backup's passphrase, says so when it
// is wrong without changing anything, and then shows the backup's conversations.
#include "core/orchestration/Session.h"
#include "core/store/ConversationRepository.h"
#include "core/store/VaultArchive.h"
#include "core/store/VaultBackups.h"
#include "core/store/VaultService.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/vault/RestoreVaultDialog.h"
#include "ui/vault/VaultFileFlow.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

const QString PASSPHRASE = QStringLiteral("window passphrase");

VaultResult<void> addConversation(Vault &vault, const QString &title)
{
    Conversation draft;
    draft.title = title;
    auto created = ConversationRepository(vault).create(draft);
    if (!created)
        return Unexpected(created.error());
    return {};
}

QStringList listed(QListView *list)
{
    QStringList titles;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        titles << list->model()->index(row, 0).data().toString();
    return titles;
}

} // namespace

class TestVaultFileFlow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        qputenv("SOTTO_KDF", "interactive");
        m_profile = std::make_unique<TempProfile>();
        m_out = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(PASSPHRASE);
        QVERIFY(unlocked.wait(20000));
        QVERIFY(m_session->vault()
                    .run([](Vault &v) {
                        return addConversation(v, QStringLiteral("Current chat"));
                    })
                    .result());
        m_prompter = std::make_unique<ScriptedPrompter>();
        m_window = std::make_unique<MainWindow>(*m_session, *m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_list = m_window->findChild<QListView *>(QStringLiteral("conversationList"));
        QTRY_COMPARE(listed(m_list), QStringList{QStringLiteral("Current chat")});
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_out.reset();
        m_profile.reset();
    }

    void backUpWhileTheWindowHoldsTheVault()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("backUpVaultAction"));
        QVERIFY(action);
        QString suggested;
        m_window->vaultFileFlow().setSaveChooser([&](const QString &, const QString &start, const QString &) {
            suggested = start;
            return m_out->filePath(QStringLiteral("mine")); // the suffix is added
        });
        QSignalSpy finished(&m_window->vaultFileFlow(), &VaultFileFlow::finished);
        action->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(0).toString()));
        QVERIFY(suggested.endsWith(QStringLiteral(".sottobackup")));
        const QString file = m_out->filePath(QStringLiteral("mine.sottobackup"));
        QVERIFY(finished.first().at(0).toString().contains(QStringLiteral("mine.sottobackup")));
        auto message = m_window->findChild<MessageWidget *>();
        QVERIFY(message && message->isVisible());

        // It opens with the window's passphrase, and holds the window's conversations.
        auto verified = VaultArchive::verify(file, SecretBytes::fromString(PASSPHRASE));
        QVERIFY2(verified.has_value(), qPrintable(verified ? QString() : verified.error().message));
        const Profile elsewhere(m_out->filePath(QStringLiteral("elsewhere")));
        QVERIFY(elsewhere.ensureExists());
        QVERIFY(VaultBackups::restoreFile(elsewhere, file, *verified));
        auto opened = Vault::open(elsewhere, SecretBytes::fromString(PASSPHRASE));
        QVERIFY(opened);
        QCOMPARE(ConversationRepository(**opened).list()->constFirst().title, QStringLiteral("Current chat"));
    }

    void restoreAsksForTheBackupsPassphrase()
    {
        // A backup of another vault, with another passphrase.
        const QString file = m_out->filePath(QStringLiteral("old.sottobackup"));
        {
            const Profile other(m_out->filePath(QStringLiteral("other")));
            QVERIFY(other.ensureExists());
            auto vault = Vault::create(other, SecretBytes::fromString(QStringLiteral("backup passphrase")));
            QVERIFY(vault);
            QVERIFY(addConversation(**vault, QStringLiteral("From the backup")));
            QVERIFY(VaultArchive::write(**vault, file));
        }
        m_window->vaultFileFlow().setOpenChooser([&](const QString &, const QString &, const QString &) {
            return file;
        });
        m_window->findChild<QAction *>(QStringLiteral("restoreVaultAction"))->trigger();
        RestoreVaultDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->vaultFileFlow().restoreDialog()) && dialog->isVisible());
        auto *passphrase = dialog->findChild<QLineEdit *>(QStringLiteral("backupPassphraseEdit"));
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(passphrase && restore);
        QVERIFY(!restore->isEnabled()); // nothing typed yet
        QVERIFY(!passphrase->accessibleName().isEmpty());

        // The window's own passphrase does not open the backup: said in the dialog, nothing changed.
        QTest::keyClicks(passphrase, PASSPHRASE);
        QTest::mouseClick(restore, Qt::LeftButton);
        auto *error = dialog->findChild<MessageWidget *>();
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && restore->isEnabled(), 30000);
        QVERIFY(dialog->isVisible());
        QVERIFY(m_session->isUnlocked());
        QCOMPARE(listed(m_list), QStringList{QStringLiteral("Current chat")});

        // The backup's passphrase: the window shows the backup's conversations.
        QSignalSpy finished(&m_window->vaultFileFlow(), &VaultFileFlow::finished);
        passphrase->clear();
        QTest::keyClicks(passphrase, QStringLiteral("backup passphrase"));
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(0).toString()));
        QVERIFY(finished.first().at(0).toString().contains(QStringLiteral("kept as the copy")));
        QTRY_VERIFY(!m_window->vaultFileFlow().restoreDialog());
        QTRY_COMPARE(listed(m_list), QStringList{QStringLiteral("From the backup")});
        QVERIFY(m_session->isUnlocked());
        const QList<VaultBackup> copies = VaultBackups::list(Profile(m_profile->path()));
        QVERIFY(std::any_of(copies.cbegin(), copies.cend(), [](const VaultBackup &b) {
            return b.reason == VaultBackup::Reason::BeforeRestore;
        }));
    }

    void aFileThatIsNotABackupIsRefused()
    {
        const QString file = m_out->filePath(QStringLiteral("notes.sottobackup"));
        QFile notes(file);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("shopping list\n");
        notes.close();
        m_window->vaultFileFlow().setOpenChooser([&](const QString &, const QString &, const QString &) {
            return file;
        });
        QSignalSpy finished(&m_window->vaultFileFlow(), &VaultFileFlow::finished);
        m_window->findChild<QAction *>(QStringLiteral("restoreVaultAction"))->trigger();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY(finished.first().at(0).toString().contains(QStringLiteral("not a Sotto vault backup")));
        QVERIFY(!m_window->vaultFileFlow().restoreDialog());
        QCOMPARE(listed(m_list), QStringList{QStringLiteral("Current chat")});
    }

private:
    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
    QListView *m_list = nullptr;
};

QTEST_MAIN(TestVaultFileFlow)
#include "TestVaultFileFlow.moc"
