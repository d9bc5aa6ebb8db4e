// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// End-to-end: a hostile or broken server cannot exhaust `sotto ask`'s memory or
// keep it waiting for ever. The real binary runs under `prlimit --as` (a bound on
// its address space, so growing without end would crash it) against the fake
// provider: one endless SSE or NDJSON line, a server that accepts and never sends
// a byte, one that answers "100 Continue" for ever (quickly, or slowly enough
// that only the time-to-first-byte limit stops it). Each ends with exit 4, one
// clear line on stderr and the answer stored as failed, well within the time the
// test allows (SottoProcess fails a run that outlives it).
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

Q_DECLARE_METATYPE(sotto::test::FakeResponse)

namespace {

// A 200,000-token `sotto ask` runs in 200 MiB of address space (Qt, SQLCipher, the
// key derivation's 64 MiB, threads' stacks; measured with prlimit); 512 MiB leaves
// it room for an 8 MiB line, while a line that kept growing passes it within seconds.
constexpr qint64 ADDRESS_SPACE = qint64(512) * 1024 * 1024;
// Far less than the default timeouts (5 minutes), far more than a bounded run needs.
constexpr int RUN_TIMEOUT_MS = 60000;

} // namespace

class TestCliBoundedStreams final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_env = m_profile->environment();
        m_env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("bounded test passphrase"));
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void misbehavingServersEndTheTurn_data()
    {
        QTest::addColumn<Api>("api");
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("mentions");
        QTest::addRow("endless SSE line")
            << Api::OpenAi << FakeResponse::endlessLine() << QStringList() << QByteArray("larger than 8 MiB");
        QTest::addRow("endless NDJSON line")
            << Api::Ollama << FakeResponse::endlessLine() << QStringList() << QByteArray("larger than 8 MiB");
        QTest::addRow("never a byte")
            << Api::OpenAi << FakeResponse::neverAnswer()
            << QStringList{QStringLiteral("--first-byte-timeout"), QStringLiteral("1")}
            << QByteArray("did not answer within 1 s");
        QTest::addRow("100 Continue for ever") << Api::Anthropic << FakeResponse::informationalForever(2)
                                               << QStringList() << QByteArray("too many informational (1xx)");
        QTest::addRow("100 Continue, slowly, for ever")
            << Api::OpenAi << FakeResponse::informationalForever(200)
            << QStringList{QStringLiteral("--first-byte-timeout"), QStringLiteral("1.5")}
            << QByteArray("did not answer within 1.5 s");
    }

    void misbehavingServersEndTheTurn()
    {
        QFETCH(Api, api);
        QFETCH(FakeResponse, response);
        QFETCH(QStringList, options);
        QFETCH(QByteArray, mentions);
        m_server->enqueue(chatRoute(api), response);
        const QStringList args = QStringList{QStringLiteral("ask"),
                                             QStringLiteral("--api"),
                                             apiName(api),
                                             QStringLiteral("--base-url"),
                                             m_server->apiRoot(api).toString(),
                                             QStringLiteral("--model"),
                                             QStringLiteral("fake-model")}
            + options + QStringList{QStringLiteral("Tell me everything.")};
        const ProcessResult r = runSottoServing(args, m_env, {}, RUN_TIMEOUT_MS, ADDRESS_SPACE);
        QVERIFY2(!r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(mentions), r.err.constData());
        QCOMPARE(m_server->requestCount(), 1);

        // The turn is stored, its answer marked as failed with the same sentence.
        const ProcessResult shown = runSotto({QStringLiteral("conversations"), QStringLiteral("show"),
                                              QStringLiteral("1"), QStringLiteral("--json")},
                                             m_env);
        QCOMPARE(shown.exitCode, 0);
        const QJsonArray messages
            = QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        const QJsonObject answer = messages.at(1).toObject();
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(answer.value(QStringLiteral("content")).toString().isEmpty());
        const QString error = answer.value(QStringLiteral("error")).toString();
        QVERIFY(!error.isEmpty());
        QVERIFY2(r.err.contains(error.toUtf8()), r.err.constData());
    }

private:
    std::unique_ptr<TempProfile> m_profile;
    QProcessEnvironment m_env;
    std::unique_ptr<FakeProviderServer> m_server;
};

QTEST_GUILESS_MAIN(TestCliBoundedStreams)
#include "TestCliBoundedStreams.moc"
