// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The vault's life: create, open, lock, the engine and key checks, the lock file,
// a wrong passphrase that changes nothing, and the KDF parameters in the header.
#include "core/store/Vault.h"

#include "core/store/Schema.h"
#include "core/store/VaultHeader.h"
#include "core/store/VaultLayout.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

using namespace sotto;
using namespace sotto::test;

namespace {

void storeSetting(Vault &vault, const QString &key, const QString &value)
{
    auto statement = vault.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)");
    QVERIFY(statement);
    statement->bind(1, key).bind(2, value);
    QVERIFY(statement->run());
}

QString readSetting(Vault &vault, const QString &key)
{
    auto statement = vault.prepare("SELECT value FROM settings WHERE key = ?1");
    if (!statement)
        return QStringLiteral("<prepare failed>");
    statement->bind(1, key);
    auto row = statement->step();
    return row && *row ? statement->text(0) : QString();
}

QByteArray firstBytes(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(count);
}

/// An engine where `PRAGMA temp_store = …` silently does nothing (as an authorizer,
/// a build option or a future default can make it): installed on every connection.
int ignoreTempStoreWrites(void *, int action, const char *name, const char *value, const char *, const char *)
{
    if (action == SQLITE_PRAGMA && name && qstricmp(name, "temp_store") == 0 && value)
        return SQLITE_IGNORE;
    return SQLITE_OK;
}

int installTempStoreGuard(sqlite3 *db, const char **, const sqlite3_api_routines *)
{
    sqlite3_set_authorizer(db, ignoreTempStoreWrites, nullptr);
    return SQLITE_OK;
}

} // namespace

class TestVault final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_profile = std::make_unique<Profile>(m_temp->path());
    }
    void cleanup()
    {
        m_profile.reset();
        m_temp.reset();
    }

    void createThenReopenKeepsData()
    {
        QVERIFY(!Vault::exists(*m_profile));
        {
            auto vault = createVault(*m_profile);
            QVERIFY(vault);
            QVERIFY(vault->openReport().created);
            QCOMPARE(vault->schemaVersion(), Schema::currentVersion());
            storeSetting(*vault, QStringLiteral("theme"), QStringLiteral("dusk"));
        }
        QVERIFY(Vault::exists(*m_profile));
        auto vault = openVault(*m_profile);
        QVERIFY(vault);
        QVERIFY(!vault->openReport().created);
        QCOMPARE(readSetting(*vault, QStringLiteral("theme")), QStringLiteral("dusk"));
    }

    void databaseNeverStartsLikePlainSqlite()
    {
        const VaultLayout layout(*m_profile);
        {
            auto vault = createVault(*m_profile);
            QVERIFY(vault);
            for (int i = 0; i < 200; ++i)
                storeSetting(*vault, QStringLiteral("k%1").arg(i), QString(500, QLatin1Char('x')));
            QVERIFY(QFile::exists(layout.wal()));
            QVERIFY(!firstBytes(layout.database(), 16).startsWith("SQLite format 3"));
            QVERIFY(!firstBytes(layout.wal(), 64).contains("SQLite format 3"));
        }
        QCOMPARE(QFileInfo(layout.database()).size() % 4096, 0);
        QVERIFY(!firstBytes(layout.database(), 16).startsWith("SQLite format 3"));
        // The engine is SQLCipher: cipher_version answers.
        auto vault = openVault(*m_profile);
        QVERIFY(vault);
        auto version = vault->prepare("PRAGMA cipher_version");
        QVERIFY(version);
        auto row = version->step();
        QVERIFY(row && *row);
        QVERIFY(version->text(0).startsWith(QLatin1String("4.")));
    }

    void refusesToOpenWhenTemporaryDataWouldGoToFiles()
    {
        QVERIFY(createVault(*m_profile)); // made normally
        VaultCreateOptions options;
        options.kdf = fastKdf();
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(installTempStoreGuard));
        auto refused = Vault::open(*m_profile, secret("correct horse"));
        auto created = Vault::create(Profile(m_temp->root() + QStringLiteral("/other")),
                                     secret("correct horse"), options);
        sqlite3_reset_auto_extension();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, VaultError::Io);
        QVERIFY2(refused.error().detail.contains(QStringLiteral("temp_store")),
                 qPrintable(refused.error().detail));
        QVERIFY(!created);
        // The same vault opens again on an engine that keeps temporary data in memory.
        QVERIFY(openVault(*m_profile));
    }

    void filesAreOwnerOnly()
    {
        auto vault = createVault(*m_profile);
        QVERIFY(vault);
        const VaultLayout layout(*m_profile);
        for (const QString &path : {layout.database(), layout.header()}) {
            const auto permissions = QFileInfo(path).permissions();
            QCOMPARE(permissions
                         & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                     QFile::Permissions());
        }
    }

    void wrongPassphraseChangesNothing_data()
    {
        QTest::addColumn<bool>("leaveWriteAheadLog");
        QTest::addRow("closed cleanly") << false;
        QTest::addRow("with an uncheckpointed log") << true;
    }

    void wrongPassphraseChangesNothing()
    {
        QFETCH(bool, leaveWriteAheadLog);
        const VaultLayout layout(*m_profile);
        {
            auto vault = createVault(*m_profile);
            QVERIFY(vault);
            storeSetting(*vault, QStringLiteral("a"), QStringLiteral("b"));
        }
        if (leaveWriteAheadLog) {
            // A helper holds the vault open while we copy the files mid-session,
            // the state a crash leaves: a -wal with committed frames.
            QProcess holder;
            holder.setProcessEnvironment(helperEnvironment("correct horse"));
            holder.start(helperPath(), {QStringLiteral("hold"), m_profile->directory()});
            QVERIFY(holder.waitForReadyRead(20000));
            QCOMPARE(holder.readLine().trimmed(), QByteArray("open"));
            holder.kill();
            QVERIFY(holder.waitForFinished(20000));
        }
        const auto before = hashTree(m_profile->directory());
        if (leaveWriteAheadLog)
            QVERIFY(QFileInfo(VaultLayout(*m_profile).wal()).size() > 0);
        auto vault = Vault::open(*m_profile, secret("wrong horse"));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, VaultError::WrongPassphrase);
        QVERIFY(!vault.error().message.isEmpty());
        QCOMPARE(hashTree(m_profile->directory()), before);
        QVERIFY(openVault(*m_profile));
    }

    void verifyPassphraseTellsTheRightOneFromAnother()
    {
        auto vault = createVault(*m_profile);
        QVERIFY(vault);
        QVERIFY(vault->verifyPassphrase(secret("correct horse")));
        const auto wrong = vault->verifyPassphrase(secret("correct horse "));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, VaultError::WrongPassphrase);
    }

    void createRefusesAnExistingVault()
    {
        QVERIFY(createVault(*m_profile));
        const auto before = hashTree(m_profile->directory());
        VaultCreateOptions options;
        options.kdf = fastKdf();
        auto again = Vault::create(*m_profile, secret("other"), options);
        QVERIFY(!again);
        QCOMPARE(again.error().code, VaultError::AlreadyExists);
        QCOMPARE(hashTree(m_profile->directory()), before);
    }

    void openWithoutVaultSaysSo()
    {
        auto vault = Vault::open(*m_profile, secret("x"));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, VaultError::NoVault);
    }

    void emptyPassphraseIsRefused()
    {
        auto vault = Vault::create(*m_profile, SecretBytes(), {});
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, VaultError::InvalidArgument);
        QVERIFY(!Vault::exists(*m_profile));
    }

    void secondOpenInThisProcessIsAlreadyOpen()
    {
        auto vault = createVault(*m_profile);
        QVERIFY(vault);
        auto second = Vault::open(*m_profile, secret("correct horse"));
        QVERIFY(!second);
        QCOMPARE(second.error().code, VaultError::AlreadyOpen);
    }

    void secondProcessGetsAlreadyOpen()
    {
        auto vault = createVault(*m_profile);
        QVERIFY(vault);
        QProcess other;
        other.setProcessEnvironment(helperEnvironment("correct horse"));
        other.start(helperPath(), {QStringLiteral("open"), m_profile->directory()});
        QVERIFY(other.waitForFinished(20000));
        QCOMPARE(other.exitCode(), 1);
        const QString said = QString::fromUtf8(other.readAllStandardOutput());
        QVERIFY2(said.startsWith(QLatin1String("already-open")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("already open in another Sotto process")), qPrintable(said));
    }

    void anotherProcessHoldingItKeepsUsOut()
    {
        createVault(*m_profile).reset();
        QProcess holder;
        holder.setProcessEnvironment(helperEnvironment("correct horse"));
        holder.start(helperPath(), {QStringLiteral("hold"), m_profile->directory()});
        QVERIFY(holder.waitForReadyRead(20000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("open"));
        auto vault = Vault::open(*m_profile, secret("correct horse"));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, VaultError::AlreadyOpen);
        QVERIFY(vault.error().message.contains(QString::number(holder.processId())));
        holder.write("\n");
        QVERIFY(holder.waitForFinished(20000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(openVault(*m_profile));
    }

    void lockLeftByAKilledProcessIsTakenOver()
    {
        createVault(*m_profile).reset();
        QProcess holder;
        holder.setProcessEnvironment(helperEnvironment("correct horse"));
        holder.start(helperPath(), {QStringLiteral("hold"), m_profile->directory()});
        QVERIFY(holder.waitForReadyRead(20000));
        holder.kill();
        QVERIFY(holder.waitForFinished(20000));
        QVERIFY(QFile::exists(VaultLayout(*m_profile).lock()));
        QVERIFY(openVault(*m_profile));
    }

    void closingReleasesTheLock()
    {
        createVault(*m_profile).reset();
        QVERIFY(!QFile::exists(VaultLayout(*m_profile).lock()));
        QVERIFY(openVault(*m_profile));
    }

    void headerKeepsTheKdfLimitsOfItsVault()
    {
        VaultCreateOptions options;
        options.kdf = KdfParams::interactive();
        QVERIFY(Vault::create(*m_profile, secret("pass"), options));
        auto header = VaultHeader::read(VaultLayout(*m_profile).header());
        QVERIFY(header);
        QCOMPARE(header->kdf.opsLimit, quint64(crypto_pwhash_OPSLIMIT_INTERACTIVE));
        QCOMPARE(header->kdf.memLimit, quint64(crypto_pwhash_MEMLIMIT_INTERACTIVE));
        QCOMPARE(header->kdf.salt, options.kdf->salt);
        QVERIFY(Vault::open(*m_profile, secret("pass")));
    }

    void kdfEnvironmentKnobIsReadAtCreation_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<quint64>("opsLimit");
        QTest::addRow("interactive") << QByteArray("interactive")
                                     << quint64(crypto_pwhash_OPSLIMIT_INTERACTIVE);
        QTest::addRow("unset") << QByteArray() << quint64(crypto_pwhash_OPSLIMIT_MODERATE);
    }

    void kdfEnvironmentKnobIsReadAtCreation()
    {
        QFETCH(QByteArray, value);
        QFETCH(quint64, opsLimit);
        if (value.isEmpty())
            qunsetenv("SOTTO_KDF");
        else
            qputenv("SOTTO_KDF", value);
        const KdfParams params = KdfParams::forNewVault();
        qunsetenv("SOTTO_KDF");
        QCOMPARE(params.opsLimit, opsLimit);
        QCOMPARE(params.salt.size(), KdfParams::SALT_BYTES);
        QVERIFY(params.isValid());
    }

    void saltsAreFresh() { QVERIFY(KdfParams::moderate().salt != KdfParams::moderate().salt); }

    void secretBytesWipeAndMove()
    {
        SecretBytes a = SecretBytes::fromString(QStringLiteral("caf\u00e9"));
        QCOMPARE(a.size(), 5); // NFC: é is one code point, two UTF-8 bytes
        const SecretBytes decomposed = SecretBytes::fromString(QStringLiteral("cafe\u0301"));
        QVERIFY(a.equals(decomposed));
        SecretBytes b = std::move(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(b.size(), 5);
        QByteArray source("secret");
        const SecretBytes taken = SecretBytes::takeUtf8(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(QByteArray(taken.constChars(), taken.size()), QByteArray("secret"));
        QCOMPARE(QByteArray(taken.toHex().constChars(), taken.size() * 2), QByteArray("736563726574"));
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Profile> m_profile;
};

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
