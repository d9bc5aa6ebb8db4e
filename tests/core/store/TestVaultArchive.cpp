// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// One-file backups of the vault (VaultArchive) and putting one back
// (VaultBackups::restoreFile, VaultService::restoreFile), with real vaults:
// a copy taken while the vault is open and writing restores whole, a damaged
// or cut file and a wrong passphrase change nothing.
#include "core/store/VaultArchive.h"

#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultBackups.h"
#include "core/store/VaultService.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

QStringList titles(Vault &vault)
{
    QStringList out;
    const auto list = ConversationRepository(vault).list();
    if (!list)
        return {QStringLiteral("(cannot list: %1)").arg(list.error().message)};
    for (const Conversation &c : *list)
        out << c.title;
    out.sort();
    return out;
}

qint64 addConversation(Vault &vault, const QString &title, const QString &question)
{
    Conversation draft;
    draft.title = title;
    const qint64 id = ConversationRepository(vault).create(draft)->id;
    Message message;
    message.conversationId = id;
    message.role = Role::User;
    message.content = question;
    const bool stored = MessageRepository(vault).append(message).has_value();
    return stored ? id : 0;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestVaultArchive final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_source = std::make_unique<Profile>(m_temp->root() + QStringLiteral("/source"));
        m_target = std::make_unique<Profile>(m_temp->root() + QStringLiteral("/target"));
        QVERIFY(m_source->ensureExists().has_value());
        QVERIFY(m_target->ensureExists().has_value());
        m_file = m_temp->root() + QStringLiteral("/vault.sottobackup");
    }

    void backupRestoresIntoAFreshProfile()
    {
        auto vault = createVault(*m_source, "source pass");
        addConversation(*vault, QStringLiteral("東京 trip"), QStringLiteral("Where to eat ramen?"));
        addConversation(*vault, QStringLiteral("Taxes"), QStringLiteral("What is deductible?"));
        // Written while the vault is open, its log not yet folded in.
        auto written = VaultArchive::write(*vault, m_file);
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->fileBytes, QFileInfo(m_file).size());
        QCOMPARE(written->schemaVersion, vault->schemaVersion());
        QCOMPARE(QFileInfo(m_file).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        const QStringList before = titles(*vault);
        vault.reset();

        // Encrypted: none of the words typed are in the file.
        QVERIFY(
            findPlaintext(m_temp->root(), {QStringLiteral("ramen"), QStringLiteral("deductible")}).isEmpty());

        auto verified = VaultArchive::verify(m_file, secret("source pass"));
        QVERIFY2(verified.has_value(), qPrintable(verified ? QString() : verified.error().message));
        auto restored = VaultBackups::restoreFile(*m_target, m_file, *verified);
        QVERIFY2(restored.has_value(), qPrintable(restored ? QString() : restored.error().message));
        QVERIFY(restored->id.isEmpty()); // nothing was there to keep
        auto reopened = openVault(*m_target, "source pass");
        QVERIFY(reopened);
        QCOMPARE(titles(*reopened), before);
        auto integrity = reopened->checkIntegrity();
        QVERIFY(integrity && integrity->ok);
    }

    void damagedOrCutFilesAreRefused_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addRow("a byte of the database flipped") << 0;
        QTest::addRow("cut short") << 1;
        QTest::addRow("not a backup") << 2;
        QTest::addRow("the checksum altered") << 3;
    }

    void damagedOrCutFilesAreRefused()
    {
        QFETCH(int, damage);
        {
            auto vault = createVault(*m_source, "source pass");
            addConversation(*vault, QStringLiteral("Kept"), QStringLiteral("Hello"));
            QVERIFY(VaultArchive::write(*vault, m_file).has_value());
        }
        QByteArray bytes = readAll(m_file);
        switch (damage) {
        case 0:
            bytes[bytes.size() - 32 - 5000] = char(bytes.at(bytes.size() - 32 - 5000) ^ 0x40);
            break;
        case 1:
            bytes.chop(4096);
            break;
        case 2:
            bytes = QByteArrayLiteral("{\"format\": \"sotto-conversations\"}");
            break;
        default:
            bytes[bytes.size() - 1] = char(bytes.at(bytes.size() - 1) ^ 0x01);
        }
        writeAll(m_file, bytes);
        auto vault = createVault(*m_target, "target pass");
        addConversation(*vault, QStringLiteral("Mine"), QStringLiteral("Still here"));
        vault.reset();
        const auto before = hashTree(m_target->directory());

        auto verified = VaultArchive::verify(m_file, secret("source pass"));
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, VaultError::BadFile);
        QVERIFY(!verified.error().message.isEmpty());
        QCOMPARE(hashTree(m_target->directory()), before);
    }

    void serviceRestoreKeepsTheReplacedVault()
    {
        {
            auto source = createVault(*m_source, "source pass");
            addConversation(*source, QStringLiteral("From the backup"), QStringLiteral("Old question"));
            QVERIFY(VaultArchive::write(*source, m_file).has_value());
        }
        createVault(*m_target, "target pass").reset();
        VaultService service;
        QSignalSpy unlocked(&service, &VaultService::unlocked);
        QVERIFY(service.unlock(*m_target, secret("target pass")).result().has_value());
        QTRY_COMPARE(unlocked.size(), 1);
        QVERIFY(service
                    .run([](Vault &vault) -> VaultResult<void> {
                        addConversation(vault, QStringLiteral("Current"), QStringLiteral("New question"));
                        return {};
                    })
                    .result()
                    .has_value());

        // A wrong passphrase: nothing changes, and the vault stays open.
        QSignalSpy locked(&service, &VaultService::locked);
        const auto before = hashTree(m_target->directory());
        auto refused = service.restoreFile(*m_target, m_file, secret("target pass")).result();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, VaultError::WrongPassphrase);
        QCoreApplication::processEvents();
        QCOMPARE(locked.size(), 0);
        QVERIFY(service.isUnlocked());
        QCOMPARE(service
                     .run([](Vault &vault) -> VaultResult<QStringList> {
                         return titles(vault);
                     })
                     .result()
                     .value(),
                 QStringList{QStringLiteral("Current")});
        QCOMPARE(hashTree(m_target->directory()).keys(), before.keys());

        auto report = service.restoreFile(*m_target, m_file, secret("source pass")).result();
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().message));
        QTRY_COMPARE(unlocked.size(), 2);
        QCOMPARE(locked.size(), 1);
        QCOMPARE(service
                     .run([](Vault &vault) -> VaultResult<QStringList> {
                         return titles(vault);
                     })
                     .result()
                     .value(),
                 QStringList{QStringLiteral("From the backup")});
        QVERIFY(!report->replaced.id.isEmpty());
        QCOMPARE(report->replaced.reason, VaultBackup::Reason::BeforeRestore);

        // The vault that was replaced is kept, and puts back with its own passphrase.
        service.lock().waitForFinished();
        auto back = VaultBackups::restore(*m_target, report->replaced.id);
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
        auto reopened = openVault(*m_target, "target pass");
        QVERIFY(reopened);
        QCOMPARE(titles(*reopened), QStringList{QStringLiteral("Current")});
    }

    void restoreRefusesWhileAnotherProcessHoldsTheVault()
    {
        {
            auto source = createVault(*m_source, "source pass");
            QVERIFY(VaultArchive::write(*source, m_file).has_value());
        }
        auto held = createVault(*m_target, "target pass");
        const auto before = hashTree(m_target->directory());
        auto verified = VaultArchive::verify(m_file, secret("source pass"));
        QVERIFY(verified);
        auto restored = VaultBackups::restoreFile(*m_target, m_file, *verified);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, VaultError::AlreadyOpen);
        QCOMPARE(hashTree(m_target->directory()), before);
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Profile> m_source;
    std::unique_ptr<Profile> m_target;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestVaultArchive)
#include "TestVaultArchive.moc"
