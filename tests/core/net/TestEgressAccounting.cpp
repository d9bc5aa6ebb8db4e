// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Exact accounting (DESIGN.md invariant 3), over real HTTP on loopback: what the
// audit says was sent is, byte for byte, what the server received — body size,
// header block size, every header line in order (secrets masked) — for a text
// request and an image-sized one, with a streamed and a whole answer; and the
// headers are neutral (no locale, no cookies, our own User-Agent).
#include "core/common/Version.h"
#include "core/net/EgressGate.h"
#include "core/types/SecretMasker.h"
#include "tests/core/net/support/InMemoryAuditJournal.h"
#include "tests/core/net/support/ReplyWatcher.h"
#include "tests/support/FakeProviderServer.h"

#include <QTest>

#include <memory>

using namespace sotto;
using sotto::test::FakeProviderServer;
using sotto::test::FakeResponse;
using sotto::test::InMemoryAuditJournal;
using sotto::test::RecordedRequest;
using sotto::test::ReplyWatcher;

namespace {

const QByteArray API_KEY = "sk-proj-0123456789abcdefghijklmnopqrstuv9f2a";

QByteArray chatBody(qint64 imageBytes)
{
    QByteArray body = R"({"model":"fake-model","stream":true,"messages":[{"role":"user","content":[)"
                      R"({"type":"text","text":"Describe this picture, please. \u00e9t\u00e9"})";
    if (imageBytes > 0) {
        QByteArray pixels(imageBytes, '\0');
        for (qint64 i = 0; i < imageBytes; ++i)
            pixels[i] = char(i * 31 % 251);
        body += R"(,{"type":"image_url","image_url":{"url":"data:image/png;base64,)" + pixels.toBase64()
            + R"("}})";
    }
    body += "]}]}";
    return body;
}

} // namespace

class TestEgressAccounting final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_journal = std::make_unique<InMemoryAuditJournal>();
        m_gate = std::make_unique<EgressGate>(*m_journal);
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_gate.reset();
        m_server.reset();
        m_journal.reset();
    }

    void exactAccounting_data()
    {
        QTest::addColumn<qint64>("imageBytes");
        QTest::addColumn<bool>("streamed");

        QTest::addRow("text, streamed answer") << qint64(0) << true;
        QTest::addRow("text, whole answer") << qint64(0) << false;
        QTest::addRow("image-sized body, streamed answer") << qint64(3 * 1024 * 1024) << true;
        QTest::addRow("image-sized body, whole answer") << qint64(3 * 1024 * 1024) << false;
    }

    void exactAccounting()
    {
        QFETCH(qint64, imageBytes);
        QFETCH(bool, streamed);

        if (streamed)
            m_server->enqueue(
                FakeResponse::text(QStringLiteral("Bonjour ! Voici une réponse en plusieurs morceaux."), 3));
        else
            m_server->enqueue(
                FakeResponse::raw(200, R"({"id":"x","choices":[{"message":{"content":"Hi"}}]})"));

        EgressRequest request;
        request.provider = QStringLiteral("Fake");
        request.api = QStringLiteral("openai");
        request.purpose = QStringLiteral("chat");
        request.method = "POST";
        request.url = m_server->url(QStringLiteral("/v1/chat/completions"));
        request.headers
            = {{"Authorization", "Bearer " + API_KEY},
               {"Content-Type", "application/json"},
               {"Accept", streamed ? QByteArray("text/event-stream") : QByteArray("application/json")}};
        request.body = chatBody(imageBytes);
        request.summary.textChars = 34;
        request.summary.images = imageBytes > 0 ? 1 : 0;
        request.summary.imageBytes = imageBytes;
        request.summary.model = QStringLiteral("fake-model");
        request.summary.mode = QStringLiteral("instant");
        request.summary.conversationId = 7;
        request.summary.turnId = QStringLiteral("turn-1");

        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.finishedCount(), 1);
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        QCOMPARE(watcher.result().httpStatus, 200);
        QCOMPARE(m_server->requestCount(), 1);

        const RecordedRequest &sent = m_server->request(0);
        const AuditRecord record = m_journal->record(watcher.result().auditId);
        QCOMPARE(record.status, AuditStatus::Completed);
        QCOMPARE(record.httpStatus, 200);

        // Body: the size the audit shows is the size the server read, and the bytes are ours.
        QVERIFY(!sent.chunked);
        QCOMPARE(record.bodyBytes, sent.bodyBytes());
        QCOMPARE(record.bodyBytes, sent.bodyWireBytes);
        QCOMPARE(sent.body, request.body);

        // Headers: the same lines, in the same order, secrets masked; the same block size.
        QCOMPARE(record.headerBytes, sent.headerBytes);
        QCOMPARE(record.method, QString::fromLatin1(sent.method));
        QCOMPARE(record.headers.size(), sent.headers.size());
        for (qsizetype i = 0; i < sent.headers.size(); ++i) {
            const auto &[name, value] = sent.headers.at(i);
            QCOMPARE(record.headers.at(i).first, QString::fromLatin1(name));
            QCOMPARE(record.headers.at(i).second, SecretMasker::maskHeaderValue(name, value));
        }
        QCOMPARE(sent.header("Authorization"), "Bearer " + API_KEY);

        // The answer: every byte the server wrote reached the caller and the audit.
        QCOMPARE(record.responseBytes, qint64(watcher.body().size()));
        QCOMPARE(record.responseBytes, sent.responseBodyBytes);
        QVERIFY(record.responseBytes > 0);

        // The content summary is carried as given.
        QCOMPARE(record.provider, QStringLiteral("Fake"));
        QCOMPARE(record.api, QStringLiteral("openai"));
        QCOMPARE(record.purpose, QStringLiteral("chat"));
        QCOMPARE(record.images, request.summary.images);
        QCOMPARE(record.imageBytes, imageBytes);
        QCOMPARE(record.textChars, 34);
        QCOMPARE(record.conversationId, 7);
        QCOMPARE(record.turnId, QStringLiteral("turn-1"));
        QCOMPARE(record.destination, Destination::Loopback);
        QCOMPARE(record.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(record.url, m_server->url(QStringLiteral("/v1/chat/completions")).toString());
        QVERIFY(record.requestCopy.isEmpty()); // "keep request copies" is off by default
    }

    void getIsCountedToo()
    {
        EgressRequest request;
        request.provider = QStringLiteral("Fake");
        request.purpose = QStringLiteral("models");
        request.url = m_server->url(QStringLiteral("/v1/models"));
        request.headers = {{"Authorization", "Bearer " + API_KEY}};

        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        const RecordedRequest &sent = m_server->request(0);
        const AuditRecord record = m_journal->record(watcher.result().auditId);
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(record.bodyBytes, 0);
        QCOMPARE(sent.bodyWireBytes, 0);
        QCOMPARE(record.headerBytes, sent.headerBytes);
        QVERIFY(!sent.hasHeader("Content-Length"));
        QCOMPARE(record.responseBytes, qint64(watcher.body().size()));
        QVERIFY(watcher.body().contains("fake-model"));
    }

    void headersAreNeutralAndComplete()
    {
        EgressRequest request;
        request.provider = QStringLiteral("Fake");
        request.method = "POST";
        request.url = m_server->url(QStringLiteral("/v1/chat/completions"));
        request.headers = {{"Content-Type", "application/json"}};
        request.body = chatBody(0);

        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        const RecordedRequest &sent = m_server->request(0);
        QList<QByteArray> names;
        for (const auto &header : sent.headers)
            names.append(header.first);
        // Nothing but what we set: no locale, no compression offer, no cookie.
        QCOMPARE(names,
                 QList<QByteArray>({"Host", "User-Agent", "Content-Type", "Accept-Encoding", "Connection",
                                    "Content-Length"}));
        QCOMPARE(sent.header("User-Agent"), QByteArray("Sotto/") + VERSION);
        QVERIFY(!sent.hasHeader("Accept-Language"));
        QCOMPARE(sent.header("Accept-Encoding"), QByteArray("identity"));
        QCOMPARE(sent.header("Host"), QByteArray("127.0.0.1:") + QByteArray::number(m_server->port()));
        QCOMPARE(sent.httpVersion, QByteArray("HTTP/1.1"));
    }

    void cookiesAreNeitherKeptNorSent()
    {
        m_server->enqueue(FakeResponse::raw(200, "{}").withHeader("Set-Cookie", "tracker=abc123; Path=/"));
        m_server->enqueue(FakeResponse::raw(200, "{}"));
        for (int i = 0; i < 2; ++i) {
            EgressRequest request;
            request.url = m_server->url(QStringLiteral("/v1/models"));
            ReplyWatcher watcher(m_gate->send(request));
            QVERIFY(watcher.waitForFinished());
            QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        }
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY(!m_server->request(1).hasHeader("Cookie"));
    }

    void requestCopiesKeepTheExactBodyWhenEnabled()
    {
        EgressPolicy policy;
        policy.keepRequestCopies = true;
        m_gate->setPolicy(policy);

        EgressRequest request;
        request.method = "POST";
        request.url = m_server->url(QStringLiteral("/v1/chat/completions"));
        request.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + API_KEY}};
        request.body = chatBody(1000);

        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        const AuditRecord record = m_journal->record(watcher.result().auditId);
        QCOMPARE(record.requestCopy, m_server->request(0).body);
        QCOMPARE(record.requestCopy.size(), record.bodyBytes);
    }

    void theAuditUrlIsTheRequestLineSent_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("plain") << QStringLiteral(
            "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
        // A model name is part of a Gemini path: "../" in it climbs out of /v1beta/models.
        QTest::addRow("dot-dot model")
            << QStringLiteral("/v1beta/models/../../admin/x:streamGenerateContent?alt=sse");
        QTest::addRow("dot segments") << QStringLiteral("/v1/./models/.././chat/completions");
    }

    void theAuditUrlIsTheRequestLineSent()
    {
        QFETCH(QString, path);
        EgressRequest request;
        request.method = "POST";
        request.url = QUrl(m_server->baseUrl().toString() + path);
        request.headers = {{"Content-Type", "application/json"}};
        request.body = chatBody(0);
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(m_server->requestCount(), 1);
        const QByteArray target = m_server->request(0).target;
        const AuditRecord record = m_journal->record(watcher.result().auditId);
        QCOMPARE(record.url, m_server->baseUrl().toString() + QString::fromLatin1(target));
    }

private:
    std::unique_ptr<InMemoryAuditJournal> m_journal;
    std::unique_ptr<EgressGate> m_gate;
    std::unique_ptr<FakeProviderServer> m_server;
};

QTEST_GUILESS_MAIN(TestEgressAccounting)
#include "TestEgressAccounting.moc"
