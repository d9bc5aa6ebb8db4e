// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// `sotto export` with the real binary and a real vault: one conversation or all,
// in each format, the exit codes of the CLI contract (2 usage and an unknown
// conversation, 1 a file that cannot be written, 3 a wrong passphrase).
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr char PASSPHRASE[] = "export cli passphrase";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliExport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_temp = std::make_unique<TempProfile>();
        m_env = m_temp->environment();
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QString::fromLatin1(PASSPHRASE));
        VaultService vault;
        VaultCreateOptions options;
        options.kdf = fastKdf();
        QVERIFY(vault.create(Profile(m_temp->path()), secret(PASSPHRASE), options).result());
        for (const QString &title :
             {QStringLiteral("Trip to 東京"), QStringLiteral("Trip to 東京"), QStringLiteral("Notes")}) {
            auto stored = vault
                              .run([title](Vault &v) -> VaultResult<qint64> {
                                  Conversation draft;
                                  draft.title = title;
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
                                  answer.content = QStringLiteral("**Asakusa** <script>x()</script>");
                                  if (auto answered = messages.append(answer); !answered)
                                      return Unexpected(answered.error());
                                  return conversation->id;
                              })
                              .result();
            QVERIFY(stored);
            m_ids << *stored;
        }
    }

    void init() { QVERIFY(m_out.isValid()); }

    void oneConversationAsJson()
    {
        const QString path = m_out.filePath(QStringLiteral("one.json"));
        const ProcessResult r = runSotto({QStringLiteral("export"), QStringLiteral("--conversation"),
                                          QString::number(m_ids.first()), QStringLiteral("--format"),
                                          QStringLiteral("json"), QStringLiteral("--output"), path},
                                         m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("one.json"));
        const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("sotto-conversations"));
        const QJsonArray conversations = root.value(QStringLiteral("conversations")).toArray();
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.first().toObject().value(QStringLiteral("messages")).toArray().size(), 2);
    }

    void everyFormatOfOne_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("md") << QStringLiteral("md") << QByteArray("**Asakusa**");
        QTest::addRow("html") << QStringLiteral("html") << QByteArray("&lt;script&gt;");
        QTest::addRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
    }

    void everyFormatOfOne()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, expected);
        const QString path = m_out.filePath(QStringLiteral("one.") + format);
        const ProcessResult r = runSotto({QStringLiteral("export"), QStringLiteral("--conversation"),
                                          QString::number(m_ids.last()), QStringLiteral("--format"), format,
                                          QStringLiteral("--output"), path},
                                         m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(readAll(path).contains(expected));
        if (format == QLatin1String("html"))
            QVERIFY(!readAll(path).contains("<script")); // Markdown keeps the text as it is
    }

    void allAsMarkdownIntoAFolder()
    {
        const QString folder = m_out.filePath(QStringLiteral("all-md"));
        const ProcessResult r
            = runSotto({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                        QStringLiteral("md"), QStringLiteral("--output"), folder},
                       m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty()); // no progress line: stderr is not a terminal
        QStringList names = QDir(folder).entryList(QDir::Files);
        names.sort();
        QCOMPARE(names,
                 QStringList({QStringLiteral("Notes.md"), QStringLiteral("Trip to 東京 (2).md"),
                              QStringLiteral("Trip to 東京.md")}));
    }

    void allAsJsonInOneFile()
    {
        const QString path = m_out.filePath(QStringLiteral("all.json"));
        const ProcessResult r
            = runSotto({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--output"), path},
                       m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(readAll(path))
                     .object()
                     .value(QStringLiteral("conversations"))
                     .toArray()
                     .size(),
                 3);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString out = m_out.filePath(QStringLiteral("x"));
        QTest::addRow("no conversation")
            << QStringList{QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"), out};
        QTest::addRow("both") << QStringList{QStringLiteral("--all"),
                                             QStringLiteral("--conversation"),
                                             QStringLiteral("1"),
                                             QStringLiteral("--format"),
                                             QStringLiteral("md"),
                                             QStringLiteral("--output"),
                                             out};
        QTest::addRow("no format") << QStringList{QStringLiteral("--all"), QStringLiteral("--output"), out};
        QTest::addRow("unknown format")
            << QStringList{QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("docx"),
                           QStringLiteral("--output"), out};
        QTest::addRow("no output") << QStringList{QStringLiteral("--all"), QStringLiteral("--format"),
                                                  QStringLiteral("md")};
        QTest::addRow("bad id") << QStringList{QStringLiteral("--conversation"), QStringLiteral("x"),
                                               QStringLiteral("--format"),       QStringLiteral("md"),
                                               QStringLiteral("--output"),       out};
        QTest::addRow("unknown conversation")
            << QStringList{QStringLiteral("--conversation"), QStringLiteral("9999"),
                           QStringLiteral("--format"),       QStringLiteral("md"),
                           QStringLiteral("--output"),       out};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const ProcessResult r = runSotto(QStringList{QStringLiteral("export")} + arguments, m_env);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1); // one clear line
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("x"))));
    }

    void anUnwritableFileExitsOne()
    {
        QFile blocker(m_out.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const ProcessResult r
            = runSotto({QStringLiteral("export"), QStringLiteral("--conversation"),
                        QString::number(m_ids.first()), QStringLiteral("--format"), QStringLiteral("html"),
                        QStringLiteral("--output"), m_out.filePath(QStringLiteral("a-file/inside.html"))},
                       m_env);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
    }

    void aWrongPassphraseExitsThree()
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("not it"));
        const ProcessResult r
            = runSotto({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--output"),
                        m_out.filePath(QStringLiteral("never.json"))},
                       env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("never.json"))));
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    QProcessEnvironment m_env;
    QTemporaryDir m_out;
    QList<qint64> m_ids;
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "TestCliExport.moc"
