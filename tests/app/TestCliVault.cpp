// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// End-to-end: the real `sotto` binary's vault commands (conversations, search,
// vault) against a real vault in a temporary profile.
#include "core/store/ConversationRepository.h"
#include "core/store/KeyDerivation.h"
#include "core/store/MessageRepository.h"
#include "core/store/SecretBytes.h"
#include "core/store/Vault.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

const QByteArray PASSPHRASE("correct horse battery staple");

/// Every file of the profile with its SHA-256, to prove nothing was touched.
QMap<QString, QByteArray> fingerprint(const QString &directory)
{
    QMap<QString, QByteArray> sums;
    const QDir dir(directory);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            sums.insert(name, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return sums;
}

} // namespace

class TestCliVault final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_env = m_profile->environment();
        m_env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QString::fromUtf8(PASSPHRASE));
    }

    void firstUseCreatesTheVault()
    {
        const ProcessResult r = runSotto(
            {QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--json")}, m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("created a new encrypted vault"));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        QVERIFY(QFileInfo::exists(m_profile->path() + QStringLiteral("/vault.db")));
        QCOMPARE(QFileInfo(m_profile->path()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void wrongPassphraseChangesNothing()
    {
        QCOMPARE(runSotto({QStringLiteral("vault"), QStringLiteral("check")}, m_env).exitCode, 0);
        const auto before = fingerprint(m_profile->path());
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("not the passphrase"));
        const ProcessResult r = runSotto({QStringLiteral("conversations"), QStringLiteral("list")}, env);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("passphrase"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fingerprint(m_profile->path()), before);
    }

    void noPassphraseSourceIsLocked()
    {
        QProcessEnvironment env = m_env;
        env.remove(QStringLiteral("SOTTO_PASSPHRASE"));
        const ProcessResult r = runSotto({QStringLiteral("search"), QStringLiteral("x")}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("SOTTO_PASSPHRASE"));
    }

    void passphraseFileIsRead()
    {
        QCOMPARE(runSotto({QStringLiteral("vault"), QStringLiteral("check")}, m_env).exitCode, 0);
        const QString file = m_profile->root() + QStringLiteral("/pass.txt");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(PASSPHRASE + "\n");
        f.close();
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("wrong, but the file wins"));
        const ProcessResult r = runSotto(
            {QStringLiteral("vault"), QStringLiteral("check"), QStringLiteral("--passphrase-file"), file},
            env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("intact"));
    }

    void listShowSearchAndDelete()
    {
        qint64 keep = 0;
        qint64 drop = 0;
        {
            auto vault = Vault::create(Profile(m_profile->path()),
                                       SecretBytes::copyOf(PASSPHRASE.constData(), PASSPHRASE.size()),
                                       VaultCreateOptions{KdfParams::interactive(), -1});
            QVERIFY2(vault.has_value(), qPrintable(vault ? QString() : vault.error().message));
            ConversationRepository conversations(**vault);
            MessageRepository messages(**vault);
            Conversation draft;
            draft.title = QStringLiteral("Résumé tips");
            keep = conversations.create(draft)->id;
            draft.title = QStringLiteral("Grocery list");
            drop = conversations.create(draft)->id;
            Message question;
            question.conversationId = keep;
            question.role = Role::User;
            question.content = QStringLiteral("How long should my résumé be?");
            QVERIFY(messages.append(question).has_value());
            Message answer = question;
            answer.role = Role::Assistant;
            answer.model = QStringLiteral("fake-model");
            answer.content = QStringLiteral("One page is usually enough.");
            answer.thinking = QStringLiteral("Consider seniority.");
            answer.usage = Usage{12, 7};
            QVERIFY(messages.append(answer).has_value());
        }

        ProcessResult r = runSotto(
            {QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--json")}, m_env);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).toObject().contains(QStringLiteral("local_only")));

        r = runSotto({QStringLiteral("conversations"), QStringLiteral("show"), QString::number(keep)}, m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("# Résumé tips"));
        QVERIFY(r.out.contains("One page is usually enough."));
        QVERIFY(r.out.contains("Consider seniority."));

        r = runSotto({QStringLiteral("conversations"), QStringLiteral("show"), QString::number(keep),
                      QStringLiteral("--json")},
                     m_env);
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(QStringLiteral("messages")).toArray().size(), 2);
        const QJsonObject second = shown.value(QStringLiteral("messages")).toArray().at(1).toObject();
        QCOMPARE(
            second.value(QStringLiteral("usage")).toObject().value(QStringLiteral("output_tokens")).toInt(),
            7);

        r = runSotto({QStringLiteral("search"), QStringLiteral("resume"), QStringLiteral("--json")}, m_env);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!hits.isEmpty());
        for (const QJsonValue &hit : hits)
            QCOMPARE(hit.toObject().value(QStringLiteral("conversation_id")).toInteger(), keep);

        r = runSotto({QStringLiteral("conversations"), QStringLiteral("delete"), QString::number(drop)},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        r = runSotto({QStringLiteral("conversations"), QStringLiteral("show"), QString::number(drop)}, m_env);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        r = runSotto({QStringLiteral("search"), QStringLiteral("grocery"), QStringLiteral("--json")}, m_env);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("bad id") << QStringList{QStringLiteral("conversations"), QStringLiteral("show"),
                                               QStringLiteral("x")};
        QTest::addRow("missing id") << QStringList{QStringLiteral("conversations"), QStringLiteral("delete")};
        QTest::addRow("unknown action")
            << QStringList{QStringLiteral("conversations"), QStringLiteral("rename")};
        QTest::addRow("empty search") << QStringList{QStringLiteral("search")};
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("search"), QStringLiteral("--frobnicate"), QStringLiteral("x")};
        QTest::addRow("vault action") << QStringList{QStringLiteral("vault"), QStringLiteral("explode")};
        QTest::addRow("backup without a file")
            << QStringList{QStringLiteral("vault"), QStringLiteral("backup")};
        QTest::addRow("--file with another action") << QStringList{
            QStringLiteral("vault"), QStringLiteral("check"), QStringLiteral("--file"), QStringLiteral("x")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const ProcessResult r = runSotto(arguments, m_env);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("sotto: "));
    }

    void changePassphrase()
    {
        QCOMPARE(runSotto({QStringLiteral("vault"), QStringLiteral("check")}, m_env).exitCode, 0);
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("SOTTO_NEW_PASSPHRASE"), QStringLiteral("a brand new passphrase"));
        ProcessResult r = runSotto({QStringLiteral("vault"), QStringLiteral("change-passphrase")}, env);
        QCOMPARE(r.exitCode, 0);
        r = runSotto({QStringLiteral("vault"), QStringLiteral("check")}, m_env);
        QCOMPARE(r.exitCode, 3);
        env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("a brand new passphrase"));
        r = runSotto({QStringLiteral("vault"), QStringLiteral("check")}, env);
        QCOMPARE(r.exitCode, 0);
    }

    void secondProcessIsToldTheVaultIsOpen()
    {
        QCOMPARE(runSotto({QStringLiteral("vault"), QStringLiteral("check")}, m_env).exitCode, 0);
        auto held = Vault::open(Profile(m_profile->path()),
                                SecretBytes::copyOf(PASSPHRASE.constData(), PASSPHRASE.size()));
        QVERIFY(held.has_value());
        const ProcessResult r = runSotto({QStringLiteral("conversations"), QStringLiteral("list")}, m_env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("open"), r.err.constData());
    }

    void damagedVaultPointsAtTheCopyAndRestores()
    {
        {
            // An old schema: the first CLI use migrates it and keeps a copy from before.
            auto vault = Vault::create(Profile(m_profile->path()),
                                       SecretBytes::copyOf(PASSPHRASE.constData(), PASSPHRASE.size()),
                                       VaultCreateOptions{KdfParams::interactive(), 1});
            QVERIFY(vault.has_value());
        }
        QCOMPARE(runSotto({QStringLiteral("conversations"), QStringLiteral("list")}, m_env).exitCode, 0);
        ProcessResult r = runSotto({QStringLiteral("vault"), QStringLiteral("backups")}, m_env);
        QCOMPARE(r.exitCode, 0);
        const QByteArray id = r.out.split(' ').value(0);
        QVERIFY2(!id.isEmpty(), r.out.constData());

        QFile db(m_profile->path() + QStringLiteral("/vault.db"));
        QVERIFY(db.resize(db.size() / 3));
        r = runSotto({QStringLiteral("conversations"), QStringLiteral("list")}, m_env);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("vault.db"), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray(QByteArray("sotto vault restore ") + id)), r.err.constData());

        r = runSotto({QStringLiteral("vault"), QStringLiteral("restore"), QString::fromLatin1(id)}, m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(runSotto({QStringLiteral("vault"), QStringLiteral("check")}, m_env).exitCode, 0);
    }

    void backupFileRestoresIntoAFreshProfile()
    {
        ProcessResult r = runSotto({QStringLiteral("vault"), QStringLiteral("check")}, m_env);
        QCOMPARE(r.exitCode, 0);
        {
            auto vault = Vault::open(Profile(m_profile->path()),
                                     SecretBytes::copyOf(PASSPHRASE.constData(), PASSPHRASE.size()));
            QVERIFY(vault.has_value());
            Conversation draft;
            draft.title = QStringLiteral("Packing for 東京");
            draft.sourceId = QStringLiteral("chatgpt:packing-trip");
            QVERIFY(ConversationRepository(**vault).create(draft).has_value());
        }
        const QString file = m_profile->root() + QStringLiteral("/my vault.sottobackup");

        // While another process (the window) holds the vault, the CLI says so and writes nothing.
        {
            auto held = Vault::open(Profile(m_profile->path()),
                                    SecretBytes::copyOf(PASSPHRASE.constData(), PASSPHRASE.size()));
            QVERIFY(held.has_value());
            r = runSotto({QStringLiteral("vault"), QStringLiteral("backup"), file}, m_env);
            QCOMPARE(r.exitCode, 3);
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(r.err.contains("open"), r.err.constData());
            QVERIFY(!QFileInfo::exists(file));
        }

        r = runSotto({QStringLiteral("vault"), QStringLiteral("backup"), file}, m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Backed up"), r.out.constData());
        QFile backup(file);
        QVERIFY(backup.open(QIODevice::ReadOnly));
        const QByteArray bytes = backup.readAll();
        QVERIFY(bytes.startsWith("SOTTOBAK"));
        QVERIFY(!bytes.contains("Packing"));
        QVERIFY(!bytes.contains(PASSPHRASE));
        const QByteArray listed
            = runSotto({QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--json")},
                       m_env)
                  .out;

        // Into a fresh profile: the same conversations.
        const QString fresh = m_profile->root() + QStringLiteral("/fresh");
        const QStringList inFresh{QStringLiteral("--profile"), fresh};
        r = runSotto(inFresh
                         + QStringList{QStringLiteral("vault"), QStringLiteral("restore"),
                                       QStringLiteral("--file"), file},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Restored"), r.out.constData());
        r = runSotto(inFresh
                         + QStringList{QStringLiteral("conversations"), QStringLiteral("list"),
                                       QStringLiteral("--json")},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, listed);
        QVERIFY(r.out.contains("Packing for"));
        {
            // The source id comes along, so importing the same export again adds nothing.
            auto restored
                = Vault::open(Profile(fresh), SecretBytes::copyOf(PASSPHRASE.constData(), PASSPHRASE.size()));
            QVERIFY(restored.has_value());
            auto found
                = ConversationRepository(**restored).findBySource(QStringLiteral("chatgpt:packing-trip"));
            QVERIFY(found.has_value());
            QVERIFY(*found > 0);
        }

        // A wrong passphrase, a file that is not a backup, a cut one: refused, nothing changed.
        const auto before = fingerprint(fresh);
        QProcessEnvironment wrong = m_env;
        wrong.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("not the passphrase"));
        r = runSotto(inFresh
                         + QStringList{QStringLiteral("vault"), QStringLiteral("restore"),
                                       QStringLiteral("--file"), file},
                     wrong);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("passphrase"), r.err.constData());
        const QString cut = m_profile->root() + QStringLiteral("/cut.sottobackup");
        QFile cutFile(cut);
        QVERIFY(cutFile.open(QIODevice::WriteOnly));
        cutFile.write(bytes.left(bytes.size() / 2));
        cutFile.close();
        for (const QString &bad : QStringList{cut, m_profile->root() + QStringLiteral("/none.sottobackup")}) {
            r = runSotto(inFresh
                             + QStringList{QStringLiteral("vault"), QStringLiteral("restore"),
                                           QStringLiteral("--file"), bad},
                         m_env);
            QCOMPARE(r.exitCode, 6);
            QCOMPARE(r.err.count('\n'), 1);
        }
        QCOMPARE(fingerprint(fresh), before);

        // Restoring over a vault keeps the one it replaced as a copy.
        r = runSotto(inFresh
                         + QStringList{QStringLiteral("vault"), QStringLiteral("restore"),
                                       QStringLiteral("--file"), file},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("kept as the copy"), r.out.constData());
        r = runSotto(inFresh + QStringList{QStringLiteral("vault"), QStringLiteral("backups")}, m_env);
        QVERIFY2(r.out.contains("replaced by a restore"), r.out.constData());
    }

    void terminalPromptDoesNotEcho()
    {
        // `script` gives the binary a real terminal; the passphrase is typed after each prompt.
        QProcessEnvironment env = m_env;
        env.remove(QStringLiteral("SOTTO_PASSPHRASE"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("script"),
                      {QStringLiteral("-qec"), sottoBinary() + QStringLiteral(" conversations list --json"),
                       QStringLiteral("/dev/null")});
        QVERIFY(process.waitForStarted());
        QByteArray seen;
        const auto typeAfter = [&](const QByteArray &prompt) {
            QTRY_VERIFY_WITH_TIMEOUT((seen += process.readAll()).contains(prompt), 20000);
            process.write("typed secret phrase\n");
        };
        typeAfter("Choose a passphrase");
        typeAfter("Repeat the passphrase");
        QVERIFY(process.waitForFinished(30000));
        seen += process.readAll();
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(seen.contains("created a new encrypted vault"), seen.constData());
        QVERIFY2(!seen.contains("typed secret phrase"), seen.constData());
    }

private:
    std::unique_ptr<TempProfile> m_profile;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "TestCliVault.moc"
