// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Changing the passphrase re-encrypts the vault; a process that dies at any
// step leaves a vault that opens with the old passphrase (before the commit
// point) or the new one (after it), with every row intact.
#include "core/store/Vault.h"

#include "core/store/ConversationRepository.h"
#include "core/store/VaultBackups.h"
#include "core/store/VaultLayout.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr char OLD[] = "old passphrase";
constexpr char NEW[] = "new passphrase";

/// Conversations with the columns every schema version has (the first vault is at version 2).
void fill(Vault &vault, int count)
{
    for (int i = 0; i < count; ++i) {
        auto insert
            = vault.prepare("INSERT INTO conversations (title, created_at, updated_at) VALUES (?1, 0, 0)");
        QVERIFY(insert);
        insert->bind(1, QStringLiteral("conversation %1").arg(i));
        QVERIFY(insert->run());
    }
}

void expectContents(Vault &vault, int count)
{
    auto list = ConversationRepository(vault).list();
    QVERIFY(list);
    QCOMPARE(list->size(), count);
    auto check = vault.checkIntegrity();
    QVERIFY(check);
    QVERIFY2(check->ok, qPrintable(check->problems.join(QLatin1Char('\n'))));
}

} // namespace

class TestPassphraseChange final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { m_temp = std::make_unique<TempProfile>(); }
    void cleanup() { m_temp.reset(); }

    void changeTakesEffect()
    {
        const Profile profile(m_temp->path());
        const VaultLayout layout(profile);
        {
            auto vault = createVault(profile, OLD, 2); // opening migrates: a pre-migration backup exists
            QVERIFY(vault);
            fill(*vault, 30);
        }
        {
            auto vault = openVault(profile, OLD);
            QVERIFY(vault);
            QCOMPARE(VaultBackups::list(profile).size(), 1);
            const auto headerBefore = hashTree(profile.directory()).value(QStringLiteral("vault.header"));
            auto changed = vault->changePassphrase(secret(OLD), secret(NEW));
            QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
            // Still usable without reopening.
            fill(*vault, 1);
            expectContents(*vault, 31);
            QVERIFY(hashTree(profile.directory()).value(QStringLiteral("vault.header")) != headerBefore);
            QVERIFY(VaultBackups::list(profile).isEmpty()); // they opened with the old passphrase
            QVERIFY(!QFile::exists(layout.pendingDatabase()));
            QVERIFY(!QFile::exists(layout.pendingHeader()));
        }
        QCOMPARE(Vault::open(profile, secret(OLD)).error().code, VaultError::WrongPassphrase);
        auto vault = openVault(profile, NEW);
        QVERIFY(vault);
        expectContents(*vault, 31);
    }

    void wrongCurrentPassphraseChangesNothing()
    {
        const Profile profile(m_temp->path());
        auto vault = createVault(profile, OLD);
        QVERIFY(vault);
        fill(*vault, 3);
        QVERIFY(vault->checkpoint());
        const auto before = hashTree(profile.directory());
        auto changed = vault->changePassphrase(secret("not it"), secret(NEW));
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, VaultError::WrongPassphrase);
        QCOMPARE(hashTree(profile.directory()), before);
        QCOMPARE(vault->changePassphrase(secret(OLD), SecretBytes()).error().code,
                 VaultError::InvalidArgument);
    }

    void interruptedChangeOpensWithOneOfThem_data()
    {
        QTest::addColumn<QString>("dieAfter");
        QTest::addColumn<bool>("newOneWorks");
        QTest::addRow("after the export") << QStringLiteral("exported") << false;
        QTest::addRow("after the pending header") << QStringLiteral("pending-header-written") << false;
        QTest::addRow("after the database swap") << QStringLiteral("database-replaced") << true;
        QTest::addRow("after the header swap") << QStringLiteral("header-replaced") << true;
        QTest::addRow("not interrupted") << QStringLiteral("none") << true;
    }

    void interruptedChangeOpensWithOneOfThem()
    {
        QFETCH(QString, dieAfter);
        QFETCH(bool, newOneWorks);
        const Profile profile(m_temp->path());
        const VaultLayout layout(profile);
        {
            auto vault = createVault(profile, OLD);
            QVERIFY(vault);
            fill(*vault, 50);
        }
        QProcess helper;
        helper.setProcessEnvironment(helperEnvironment(OLD, NEW));
        helper.start(helperPath(), {QStringLiteral("rekey"), profile.directory(), dieAfter});
        QVERIFY(helper.waitForFinished(30000));
        const QByteArray said = helper.readAllStandardOutput().trimmed();
        QCOMPARE(said,
                 dieAfter == QLatin1String("none") ? QByteArray("changed")
                                                   : "died after " + dieAfter.toUtf8());

        const char *works = newOneWorks ? NEW : OLD;
        const char *fails = newOneWorks ? OLD : NEW;
        const auto before = hashTree(profile.directory());
        auto refused = Vault::open(profile, secret(fails));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, VaultError::WrongPassphrase);
        QCOMPARE(hashTree(profile.directory()), before);

        auto vault = openVault(profile, works);
        QVERIFY(vault);
        expectContents(*vault, 50);
        QCOMPARE(vault->openReport().finishedPassphraseChange,
                 dieAfter == QLatin1String("database-replaced"));
        // The leftovers of the interrupted change are gone; the vault is whole again.
        QVERIFY(!QFile::exists(layout.pendingDatabase()));
        QVERIFY(!QFile::exists(layout.pendingHeader()));
        vault.reset();
        QVERIFY(openVault(profile, works));
    }

private:
    std::unique_ptr<TempProfile> m_temp;
};

QTEST_GUILESS_MAIN(TestPassphraseChange)
#include "TestPassphraseChange.moc"
