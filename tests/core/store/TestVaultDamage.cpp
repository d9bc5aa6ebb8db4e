// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Bad input loses nothing: a truncated or damaged database, a header that is
// missing, damaged or belongs to another vault each give a clear error naming
// the file, and leave every file as it was. Backups can be listed and restored.
#include "core/store/Vault.h"

#include "core/store/ConversationRepository.h"
#include "core/store/Schema.h"
#include "core/store/VaultBackups.h"
#include "core/store/VaultLayout.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace sotto;
using namespace sotto::test;

namespace {

using Damage = std::function<void(const VaultLayout &vault, const VaultLayout &other)>;

void truncateTo(const QString &path, qint64 size)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(size));
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), bytes.size());
}

void replaceWith(const QString &path, const QString &source)
{
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::copy(source, path));
}

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestVaultDamage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_other = std::make_unique<TempProfile>();
    }
    void cleanup()
    {
        m_temp.reset();
        m_other.reset();
    }

    void damageIsReportedAndChangesNothing_data()
    {
        QTest::addColumn<Damage>("damage");
        QTest::addColumn<VaultError>("code");
        QTest::addColumn<QString>("namedFile"); // the file the message must name

        QTest::addRow("database truncated mid-page") << Damage([](const VaultLayout &v, const VaultLayout &) {
            truncateTo(v.database(), 4096 + 100);
        }) << VaultError::DatabaseCorrupt << QStringLiteral("vault.db");
        QTest::addRow("database truncated to nothing")
            << Damage([](const VaultLayout &v, const VaultLayout &) {
                   truncateTo(v.database(), 0);
               })
            << VaultError::DatabaseCorrupt << QStringLiteral("vault.db");
        QTest::addRow("first page damaged") << Damage([](const VaultLayout &v, const VaultLayout &) {
            overwrite(v.database(), 100, QByteArray(64, '\x5a'));
        }) << VaultError::DatabaseCorrupt << QStringLiteral("vault.db");
        QTest::addRow("database is plaintext SQLite")
            << Damage([](const VaultLayout &v, const VaultLayout &) {
                   overwrite(v.database(), 0, QByteArray("SQLite format 3\0", 16));
               })
            << VaultError::DatabaseCorrupt << QStringLiteral("vault.db");
        QTest::addRow("database missing") << Damage([](const VaultLayout &v, const VaultLayout &) {
            QVERIFY(QFile::remove(v.database()));
        }) << VaultError::DatabaseMissing << QStringLiteral("vault.db");
        QTest::addRow("header missing") << Damage([](const VaultLayout &v, const VaultLayout &) {
            QVERIFY(QFile::remove(v.header()));
        }) << VaultError::HeaderMissing << QStringLiteral("vault.header");
        QTest::addRow("header not JSON") << Damage([](const VaultLayout &v, const VaultLayout &) {
            overwrite(v.header(), 0, "garbage");
        }) << VaultError::HeaderCorrupt << QStringLiteral("vault.header");
        QTest::addRow("header of another vault") << Damage([](const VaultLayout &v, const VaultLayout &o) {
            replaceWith(v.header(), o.header());
        }) << VaultError::HeaderMismatch << QStringLiteral("vault.header");
        QTest::addRow("database of another vault") << Damage([](const VaultLayout &v, const VaultLayout &o) {
            replaceWith(v.database(), o.database());
        }) << VaultError::HeaderMismatch << QStringLiteral("vault.db");
    }

    void damageIsReportedAndChangesNothing()
    {
        QFETCH(Damage, damage);
        QFETCH(VaultError, code);
        QFETCH(QString, namedFile);
        const Profile profile(m_temp->path());
        const Profile otherProfile(m_other->path());
        {
            auto vault = createVault(profile);
            QVERIFY(vault);
            Conversation draft;
            draft.title = QStringLiteral("kept");
            QVERIFY(ConversationRepository(*vault).create(draft));
        }
        createVault(otherProfile).reset(); // same passphrase, different vault
        damage(VaultLayout(profile), VaultLayout(otherProfile));
        if (QTest::currentTestFailed())
            return;

        const auto before = hashTree(profile.directory());
        auto vault = Vault::open(profile, secret("correct horse"));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, code);
        QVERIFY2(vault.error().message.contains(profile.directory() + QLatin1Char('/') + namedFile),
                 qPrintable(vault.error().message));
        QCOMPARE(hashTree(profile.directory()), before);
        QVERIFY(!Vault::create(profile, secret("x"), {}));
        QCOMPARE(hashTree(profile.directory()), before);
    }

    void aCreationInterruptedBeforeItsCommitLeavesNoVault()
    {
        const Profile profile(m_temp->path());
        createVault(profile).reset();
        const VaultLayout layout(profile);
        // The state of a crash before the header was written: only the temporary database.
        QVERIFY(QFile::rename(layout.database(), layout.creatingDatabase()));
        QVERIFY(QFile::remove(layout.header()));
        QVERIFY(!Vault::exists(profile));
        QVERIFY(createVault(profile, "second try"));
        QVERIFY(!QFile::exists(layout.creatingDatabase()));
    }

    void aCreationInterruptedAfterItsCommitIsFinished()
    {
        const Profile profile(m_temp->path());
        createVault(profile).reset();
        const VaultLayout layout(profile);
        // Header written, database not yet renamed.
        QVERIFY(QFile::rename(layout.database(), layout.creatingDatabase()));
        const auto before = hashTree(profile.directory());
        QCOMPARE(Vault::open(profile, secret("wrong")).error().code, VaultError::WrongPassphrase);
        QCOMPARE(hashTree(profile.directory()), before);
        QVERIFY(openVault(profile));
        QVERIFY(QFile::exists(layout.database()));
        QVERIFY(!QFile::exists(layout.creatingDatabase()));
    }

    void olderSchemaIsBackedUpThenRestorable()
    {
        const Profile profile(m_temp->path());
        createVault(profile, "correct horse", 1).reset();
        const VaultLayout layout(profile);
        const QByteArray original = [&layout]() {
            QFile file(layout.database());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        {
            auto vault = openVault(profile);
            QVERIFY(vault);
            QCOMPARE(vault->openReport().schemaVersionBefore, 1);
            QCOMPARE(vault->schemaVersion(), Schema::currentVersion());
            QVERIFY(!vault->openReport().backupId.isEmpty());
        }
        auto backups = VaultBackups::list(profile);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason, VaultBackup::Reason::PreMigration);
        QCOMPARE(backups.first().schemaVersion, 1);
        QFile copy(backups.first().directory + QStringLiteral("/vault.db"));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original);

        // Restoring puts version 1 back and keeps the migrated files aside.
        auto restored = VaultBackups::restore(profile, backups.first().id);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        backups = VaultBackups::list(profile);
        QCOMPARE(backups.size(), 2);
        {
            auto vault = openVault(profile); // migrates again, with a new backup
            QVERIFY(vault);
            QCOMPARE(vault->openReport().schemaVersionBefore, 1);
        }
        // The next start that needs no migration drops the pre-migration copies.
        QVERIFY(openVault(profile));
        backups = VaultBackups::list(profile);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason, VaultBackup::Reason::BeforeRestore);
        QVERIFY(VaultBackups::remove(profile, backups.first().id));
        QVERIFY(VaultBackups::list(profile).isEmpty());
    }

    void restoreRefusesWhileOpen()
    {
        const Profile profile(m_temp->path());
        createVault(profile, "correct horse", 2).reset();
        auto vault = openVault(profile);
        QVERIFY(vault);
        const auto backups = VaultBackups::list(profile);
        QCOMPARE(backups.size(), 1);
        auto restored = VaultBackups::restore(profile, backups.first().id);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, VaultError::AlreadyOpen);
        QCOMPARE(VaultBackups::restore(profile, QStringLiteral("../nope")).error().code,
                 VaultError::NotFound);
    }

    void newerSchemaIsRefusedUntouched()
    {
        const Profile profile(m_temp->path());
        {
            auto vault = createVault(profile);
            QVERIFY(vault);
            QVERIFY(vault->exec("PRAGMA user_version = 999"));
        }
        const auto before = hashTree(profile.directory());
        auto vault = Vault::open(profile, secret("correct horse"));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, VaultError::NewerSchema);
        QCOMPARE(hashTree(profile.directory()), before);
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<TempProfile> m_other;
};

QTEST_GUILESS_MAIN(TestVaultDamage)
#include "TestVaultDamage.moc"
