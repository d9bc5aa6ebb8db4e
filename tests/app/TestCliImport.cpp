// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// `sotto import` with the real binary and real vaults: a Sotto JSON export of one
// vault imported into another (one summary line; again: a duplicate skipped), and
// the CLI contract for bad files: a truncated, corrupt, wrong-format or 10,000-deep
// file exits 6 with one line on stderr and leaves every row of the vault as it was.
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/core/store/VaultDump.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr char PASSPHRASE[] = "import cli passphrase";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QProcessEnvironment environmentFor(const TempProfile &profile)
{
    QProcessEnvironment env = profile.environment();
    env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QString::fromLatin1(PASSPHRASE));
    return env;
}

} // namespace

class TestCliImport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_source = std::make_unique<TempProfile>();
        m_target = std::make_unique<TempProfile>();
        for (TempProfile *profile : {m_source.get(), m_target.get()}) {
            VaultService vault;
            VaultCreateOptions options;
            options.kdf = fastKdf();
            QVERIFY(vault.create(Profile(profile->path()), secret(PASSPHRASE), options).result());
            if (profile != m_source.get())
                continue;
            auto stored = vault
                              .run([](Vault &v) -> VaultResult<qint64> {
                                  Conversation draft;
                                  draft.title = QStringLiteral("Trip to 東京");
                                  auto conversation = ConversationRepository(v).create(draft);
                                  if (!conversation)
                                      return Unexpected(conversation.error());
                                  MessageRepository messages(v);
                                  Message question;
                                  question.conversationId = conversation->id;
                                  question.content = QStringLiteral("What to see in 東京?");
                                  auto asked = messages.append(question);
                                  if (!asked)
                                      return Unexpected(asked.error());
                                  Message answer;
                                  answer.conversationId = conversation->id;
                                  answer.parentId = asked->id;
                                  answer.role = Role::Assistant;
                                  answer.content = QStringLiteral("**Asakusa**");
                                  if (auto answered = messages.append(answer); !answered)
                                      return Unexpected(answered.error());
                                  return conversation->id;
                              })
                              .result();
            QVERIFY(stored);
        }
        m_export = m_files.filePath(QStringLiteral("all.json"));
        const ProcessResult r
            = runSotto({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--output"), m_export},
                       environmentFor(*m_source));
        QCOMPARE(r.exitCode, 0);
    }

    void importsThenSkipsTheDuplicate()
    {
        const QRegularExpression summary(QStringLiteral(
            "^Imported (\\d+) conversations?(\\(s\\))? / (\\d+) messages?(\\(s\\))?, skipped (\\d+) "
            "duplicates?(\\(s\\))?\\.\n$"));
        ProcessResult r = runSotto(
            {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("sotto"), m_export},
            environmentFor(*m_target));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray()); // no progress line: stderr is not a terminal
        QRegularExpressionMatch match = summary.match(QString::fromUtf8(r.out));
        QVERIFY2(match.hasMatch(), r.out.constData());
        QCOMPARE(match.captured(1), QStringLiteral("1"));
        QCOMPARE(match.captured(3), QStringLiteral("2"));
        QCOMPARE(match.captured(5), QStringLiteral("0"));
        const QStringList before = dump();
        QVERIFY(before.join(QLatin1Char('\n')).contains(QStringLiteral("Trip to 東京")));

        r = runSotto({QStringLiteral("import"), m_export}, environmentFor(*m_target)); // the format found
        QCOMPARE(r.exitCode, 0);
        match = summary.match(QString::fromUtf8(r.out));
        QVERIFY2(match.hasMatch(), r.out.constData());
        QCOMPARE(match.captured(1), QStringLiteral("0"));
        QCOMPARE(match.captured(5), QStringLiteral("1"));
        QCOMPARE(dump(), before);
    }

    void aBadFileExitsSixAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        const QByteArray good = readAll(m_export);
        QTest::addRow("truncated") << good.left(good.size() / 2) << QStringLiteral("sotto");
        QTest::addRow("corrupt") << QByteArray(good).replace("\"messages\"", "\"messages\"\"") << QString();
        QTest::addRow("not an export") << QByteArray("{\"hello\": [1, 2, 3]}") << QString();
        QTest::addRow("the wrong format") << good << QStringLiteral("chatgpt");
        QTest::addRow("10,000-deep nesting")
            << QByteArray("{\"format\": \"sotto-conversations\", \"version\": 1, \"conversations\": [")
                + QByteArray(10000, '[') + QByteArray(10000, ']') + "]}"
            << QString();
    }

    void aBadFileExitsSixAndChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        const QString path = m_files.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(path, bytes));
        const QStringList before = dump();
        QStringList arguments{QStringLiteral("import"), path};
        if (!format.isEmpty())
            arguments << QStringLiteral("--format") << format;
        const ProcessResult r = runSotto(arguments, environmentFor(*m_target));
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.err.count('\n'), 1); // one clear line
        QVERIFY2(r.err.startsWith("sotto: "), r.err.constData());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(dump(), before);
    }

    void usageErrorsExitTwo()
    {
        for (const QStringList &arguments : {QStringList{QStringLiteral("import")},
                                             QStringList{QStringLiteral("import"), QStringLiteral("--format"),
                                                         QStringLiteral("word"), m_export}}) {
            const ProcessResult r = runSotto(arguments, environmentFor(*m_target));
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err.count('\n'), 1);
        }
        const ProcessResult missing = runSotto(
            {QStringLiteral("import"), m_files.filePath(QStringLiteral("none"))}, environmentFor(*m_target));
        QCOMPARE(missing.exitCode, 6);
    }

private:
    QStringList dump()
    {
        VaultService vault;
        if (!vault.unlock(Profile(m_target->path()), secret(PASSPHRASE)).result())
            return {QStringLiteral("cannot unlock")};
        auto lines = vault
                         .run([](Vault &v) {
                             return dumpVault(v);
                         })
                         .result();
        return lines ? *lines : QStringList{QStringLiteral("dump failed")};
    }

    QTemporaryDir m_files;
    std::unique_ptr<TempProfile> m_source;
    std::unique_ptr<TempProfile> m_target;
    QString m_export;
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
