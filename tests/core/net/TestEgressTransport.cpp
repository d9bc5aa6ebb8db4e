// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// What a user sees when the network misbehaves, and where the gate connects:
// redirects are refused (another host never hears from us), names are classified
// by what they resolve to and the connection goes to that very address,
// cancelling and timeouts end the record with the bytes received so far, and each
// failure carries its own error.
#include "core/net/EgressGate.h"
#include "tests/core/net/support/InMemoryAuditJournal.h"
#include "tests/core/net/support/ReplyWatcher.h"
#include "tests/core/net/support/ScriptedPrompter.h"
#include "tests/core/net/support/TableHostResolver.h"
#include "tests/support/FakeProviderServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <chrono>
#include <memory>

using namespace sotto;
using namespace std::chrono_literals;
using sotto::test::FakeProviderServer;
using sotto::test::FakeResponse;
using sotto::test::InMemoryAuditJournal;
using sotto::test::ReplyWatcher;
using sotto::test::ScriptedPrompter;
using sotto::test::TableHostResolver;

class TestEgressTransport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_journal = std::make_unique<InMemoryAuditJournal>();
        m_resolver = std::make_unique<TableHostResolver>();
        m_gate = std::make_unique<EgressGate>(*m_journal);
        m_gate->setResolver(m_resolver.get());
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_gate.reset();
        m_server.reset();
        m_resolver.reset();
        m_journal.reset();
    }

    void aRedirectToAnotherHostIsNotFollowed()
    {
        FakeProviderServer other;
        QVERIFY(other.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        const QUrl target = other.url(QStringLiteral("/v1/chat/completions"));
        m_server->enqueue(FakeResponse::redirect(307, target));

        ReplyWatcher watcher(
            m_gate->send(chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")))));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::RedirectRefused);
        QCOMPARE(watcher.result().httpStatus, 307);
        QVERIFY2(watcher.result().message.contains(target.toString()), qPrintable(watcher.result().message));
        QVERIFY(watcher.body().isEmpty());
        QCOMPARE(other.connectionCount(), 0);
        QCOMPARE(m_server->requestCount(), 1);

        const AuditRecord record = m_journal->last();
        QCOMPARE(record.status, AuditStatus::Failed);
        QCOMPARE(record.httpStatus, 307);
        QVERIFY(record.error.contains(target.toString()));
    }

    void aSameOriginRedirectIsRefusedToo()
    {
        m_server->enqueue(FakeResponse::redirect(301, m_server->url(QStringLiteral("/v2/chat/completions"))));
        ReplyWatcher watcher(
            m_gate->send(chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")))));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().error, EgressError::RedirectRefused);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void namesAreClassifiedByWhatTheyResolveTo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<Destination>("destination");

        QTest::addRow("to 127.0.0.1: loopback")
            << "loop.test" << QStringList{QStringLiteral("127.0.0.1")} << Destination::Loopback;
        QTest::addRow("to ::1 and 127.0.0.1: loopback")
            << "loop6.test" << QStringList{QStringLiteral("::1"), QStringLiteral("127.0.0.1")}
            << Destination::Loopback;
        QTest::addRow("to 192.168.x: lan")
            << "lan.test" << QStringList{QStringLiteral("192.168.1.20")} << Destination::Lan;
        QTest::addRow("to fd00::5: lan")
            << "lan6.test" << QStringList{QStringLiteral("fd00::5")} << Destination::Lan;
        QTest::addRow("to a public address: internet")
            << "public.test" << QStringList{QStringLiteral("203.0.113.7")} << Destination::Internet;
        QTest::addRow("loopback plus public: internet")
            << "rebind.test" << QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("203.0.113.7")}
            << Destination::Internet;
        QTest::addRow(".local is lan at least")
            << "box.local" << QStringList{QStringLiteral("127.0.0.1")} << Destination::Lan;
    }

    void namesAreClassifiedByWhatTheyResolveTo()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, addresses);
        QFETCH(Destination, destination);
        m_resolver->map(name, addresses);
        // The write-ahead record is held and the request cancelled before it is
        // released, so no test ever sends a byte to a real LAN or internet address.
        m_journal->setHoldBegins(true);

        QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));
        url.setScheme(QStringLiteral("https")); // so plain http to the internet is not what refuses it
        url.setHost(name);
        ReplyWatcher watcher(m_gate->send(chatRequest(url)));
        QTRY_COMPARE(m_journal->heldCount(), 1);
        QCOMPARE(m_journal->heldRecord(0).destination, destination);
        QCOMPARE(m_journal->heldRecord(0).host, name);
        QCOMPARE(m_resolver->lookups(), QStringList{name});
        watcher.reply()->cancel();
        m_journal->releaseHeld();
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Cancelled);
        QCOMPARE(m_journal->last().destination, destination);
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void theConnectionGoesToTheClassifiedAddress()
    {
        // "loop.test" exists only in the injected table: reaching the server proves
        // Qt connected to the address we classified instead of looking the name up again.
        m_resolver->map(QStringLiteral("loop.test"), {QStringLiteral("127.0.0.1")});
        QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));
        url.setHost(QStringLiteral("loop.test"));
        ReplyWatcher watcher(m_gate->send(chatRequest(url)));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        QCOMPARE(m_server->request(0).header("Host"), "loop.test:" + QByteArray::number(m_server->port()));
        QCOMPARE(m_journal->last().destination, Destination::Loopback);
        QCOMPARE(m_journal->last().url, url.toString());
    }

    void realResolutionOfLocalhostIsLoopback()
    {
        m_gate->setResolver(nullptr);
        QUrl url = m_server->url(QStringLiteral("/v1/models"));
        url.setHost(QStringLiteral("localhost"));
        EgressRequest request;
        request.url = url;
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        QCOMPARE(m_journal->last().destination, Destination::Loopback);
        QCOMPARE(m_journal->last().host, QStringLiteral("localhost"));
        QCOMPARE(m_server->request(0).header("Host"), "localhost:" + QByteArray::number(m_server->port()));
    }

    void aRefusedAddressFallsBackToTheNextOne()
    {
        FakeProviderServer ipv6Only;
        if (!ipv6Only.listen(QHostAddress(QHostAddress::LocalHostIPv6)))
            QSKIP("no IPv6 loopback on this machine");
        m_resolver->map(QStringLiteral("dual.test"), {QStringLiteral("::1"), QStringLiteral("127.0.0.1")});
        QUrl url = ipv6Only.url(QStringLiteral("/v1/models"));
        url.setHost(QStringLiteral("dual.test"));
        EgressRequest request;
        request.url = url;
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QVERIFY2(watcher.result().isCompleted(), qPrintable(watcher.result().message));
        QCOMPARE(ipv6Only.requestCount(), 1);
        QCOMPARE(m_journal->count(), 1);
    }

    void cancelMidStreamKeepsTheBytesSoFar()
    {
        m_server->enqueue(
            FakeResponse::text(QStringLiteral("One two three four five six seven."), 3).stallAfter(40));
        ReplyWatcher watcher(
            m_gate->send(chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")))));
        QVERIFY(watcher.waitForBody(40));
        watcher.reply()->cancel();
        QVERIFY(watcher.events().last()
                != QLatin1String("finished")); // finished() comes later, not inside cancel()
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.finishedCount(), 1);
        QCOMPARE(watcher.result().status, EgressResult::Status::Cancelled);
        QCOMPARE(watcher.result().error, EgressError::Cancelled);
        QCOMPARE(watcher.result().responseBytes, qint64(watcher.body().size()));
        const AuditRecord record = m_journal->last();
        QCOMPARE(record.status, AuditStatus::Cancelled);
        QCOMPARE(record.responseBytes, qint64(watcher.body().size()));
        QCOMPARE(record.httpStatus, 200);
        QVERIFY(record.responseBytes >= 40);
    }

    void deletingTheReplyCancelsAndAudits()
    {
        m_server->enqueue(
            FakeResponse::text(QStringLiteral("One two three four five six seven."), 3).stallAfter(40));
        ReplyWatcher watcher(
            m_gate->send(chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")))));
        QVERIFY(watcher.waitForBody(40));
        const qint64 received = watcher.body().size();
        watcher.deleteReply();
        QTRY_COMPARE(m_gate->activeCount(), 0);
        QCOMPARE(m_journal->last().status, AuditStatus::Cancelled);
        QCOMPARE(m_journal->last().responseBytes, received);
        QCOMPARE(watcher.finishedCount(), 0);
    }

    void connectionRefused()
    {
        const QUrl url = m_server->url(QStringLiteral("/v1/models"));
        m_server->stopListening();
        EgressRequest request;
        request.url = url;
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::ConnectionRefused);
        QVERIFY2(watcher.result().message.contains(QStringLiteral("refused")),
                 qPrintable(watcher.result().message));
        const AuditRecord record = m_journal->last();
        QCOMPARE(record.status, AuditStatus::Failed);
        QCOMPARE(record.error, watcher.result().message);
        QCOMPARE(record.responseBytes, 0);
    }

    void idleTimeout_data()
    {
        QTest::addColumn<bool>("afterSomeBytes");
        QTest::addRow("no answer at all") << false;
        QTest::addRow("stalls mid-answer") << true;
    }

    void idleTimeout()
    {
        QFETCH(bool, afterSomeBytes);
        if (afterSomeBytes)
            m_server->enqueue(FakeResponse::text(QStringLiteral("Words, then silence."), 3).stallAfter(30));
        else
            m_server->enqueue(FakeResponse::neverAnswer());
        EgressRequest request = chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")));
        // Silence from the start needs no margin. Before it stalls, the server must
        // get its first bytes through on a loaded machine: the idle time is long
        // enough for that, so the silence it measures is the stall.
        request.timeouts.idle = afterSomeBytes ? 3000ms : 300ms;
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::IdleTimeout);
        const QString silence = afterSomeBytes ? QStringLiteral("sent nothing for 3 s")
                                               : QStringLiteral("sent nothing for 0.3 s");
        QVERIFY2(watcher.result().message.contains(silence), qPrintable(watcher.result().message));
        QCOMPARE(watcher.result().responseBytes, qint64(watcher.body().size()));
        QCOMPARE(watcher.body().isEmpty(), !afterSomeBytes);
        const AuditRecord record = m_journal->last();
        QCOMPARE(record.status, AuditStatus::Failed);
        QCOMPARE(record.responseBytes, qint64(watcher.body().size()));
        QCOMPARE(record.error, watcher.result().message);
    }

    void connectTimeout()
    {
        // Accepts TCP, then never speaks: the TLS handshake cannot complete.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            accepted.append(silent.nextPendingConnection());
        });

        EgressRequest request;
        request.url = QUrl(QStringLiteral("https://127.0.0.1:%1/v1/models").arg(silent.serverPort()));
        request.timeouts.connect = 300ms;
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::ConnectTimeout);
        QVERIFY2(watcher.result().message.contains(QStringLiteral("within 0.3 s")),
                 qPrintable(watcher.result().message));
        QCOMPARE(m_journal->last().status, AuditStatus::Failed);
        QCOMPARE(accepted.size(), 1);
        qDeleteAll(accepted);
    }

    void firstByteTimeout_data()
    {
        QTest::addColumn<bool>("informational");
        QTest::addRow("accepts and never answers") << false;
        QTest::addRow("100 Continue for ever") << true;
    }

    void firstByteTimeout()
    {
        // The idle timeout alone would wait for ever: each 1xx answer is a sign of life.
        QFETCH(bool, informational);
        m_server->enqueue(informational ? FakeResponse::informationalForever(50)
                                        : FakeResponse::neverAnswer());
        EgressRequest request = chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")));
        request.timeouts.firstByte = 400ms;
        request.timeouts.idle = 60s;
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::FirstByteTimeout);
        QVERIFY2(watcher.result().message.contains(QStringLiteral("did not answer within 0.4 s")),
                 qPrintable(watcher.result().message));
        QCOMPARE(m_journal->last().status, AuditStatus::Failed);
        QCOMPARE(m_journal->last().error, watcher.result().message);
        QTRY_COMPARE(m_server->openConnectionCount(), 0);
    }

    void endlessInformationalAnswersAreRefused()
    {
        m_server->enqueue(FakeResponse::informationalForever(0));
        ReplyWatcher watcher(
            m_gate->send(chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")))));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::Network);
        QVERIFY2(watcher.result().message.contains(QStringLiteral("too many informational (1xx) answers")),
                 qPrintable(watcher.result().message));
    }

    void lookupTimeout()
    {
        m_resolver->hang(QStringLiteral("silent-dns.test"));
        EgressRequest request;
        request.url = QUrl(QStringLiteral("http://silent-dns.test/v1/models"));
        request.timeouts.connect = 300ms;
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::ConnectTimeout);
        QVERIFY2(watcher.result().message.contains(
                     QStringLiteral("look up the server silent-dns.test within 0.3 s")),
                 qPrintable(watcher.result().message));
        QCOMPARE(m_resolver->abortedCount(), 1);
        // Nothing was sent, and the record says so.
        QCOMPARE(m_journal->last().status, AuditStatus::Failed);
        QCOMPARE(m_journal->last().bodyBytes, 0);
    }

    void anAbortedAnswerEndsAsFailedWithItsReason()
    {
        m_server->enqueue(FakeResponse::endlessLine());
        EgressReply *reply = m_gate->send(chatRequest(m_server->url(QStringLiteral("/v1/chat/completions"))));
        qint64 received = 0;
        connect(reply, &EgressReply::bytesReceived, this, [&](const QByteArray &chunk) {
            received += chunk.size();
            if (received > 1024 * 1024)
                reply->abort(QStringLiteral("Too much."));
        });
        ReplyWatcher watcher(reply);
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::LimitExceeded);
        QCOMPARE(watcher.result().message, QStringLiteral("Too much."));
        QCOMPARE(m_journal->last().status, AuditStatus::Failed);
        QCOMPARE(m_journal->last().error, QStringLiteral("Too much."));
        QCOMPARE(m_journal->last().responseBytes, received);
    }

    void anHttpErrorDeliversItsBody()
    {
        m_server->enqueue(FakeResponse::errorForStatus(401));
        ReplyWatcher watcher(
            m_gate->send(chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")))));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::HttpError);
        QCOMPARE(watcher.result().httpStatus, 401);
        QCOMPARE(watcher.httpStatus(), 401);
        QVERIFY(!watcher.body().isEmpty()); // the provider's explanation, for the protocol layer
        QVERIFY2(watcher.result().message.contains(QStringLiteral("401")),
                 qPrintable(watcher.result().message));
        const AuditRecord record = m_journal->last();
        QCOMPARE(record.httpStatus, 401);
        QCOMPARE(record.status, AuditStatus::Failed);
        QCOMPARE(record.responseBytes, qint64(watcher.body().size()));
    }

    void aCutAnswerIsAFailure()
    {
        m_server->enqueue(FakeResponse::text(QStringLiteral("This answer is cut short."), 3).dropAfter(25));
        ReplyWatcher watcher(
            m_gate->send(chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")))));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::Network);
        QVERIFY(watcher.body().size() >= 25);
        QCOMPARE(m_journal->last().responseBytes, qint64(watcher.body().size()));
    }

    void aHangUpIsNotRetriedBehindTheAuditsBack_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addRow("GET") << QByteArray("GET");
        QTest::addRow("POST") << QByteArray("POST");
    }

    void aHangUpIsNotRetriedBehindTheAuditsBack()
    {
        QFETCH(QByteArray, method);
        // QNetworkAccessManager silently sends a request again (POST included) when the
        // server closes the connection without answering: the server would get the
        // body twice, one copy off the record. The gate's own client never retries.
        m_server->enqueue(FakeResponse::hangUp());
        m_server->enqueue(FakeResponse::raw(200, "{}"));
        EgressRequest request = chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")));
        if (method == "GET") {
            request = EgressRequest();
            request.url = m_server->url(QStringLiteral("/v1/models"));
        }
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::Network);
        QCOMPARE(m_journal->count(), 1);
    }

    void anUnknownHostIsRecordedAsFailed()
    {
        QUrl url = m_server->url(QStringLiteral("/v1/models"));
        url.setHost(QStringLiteral("nowhere.test"));
        EgressRequest request;
        request.url = url;
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().error, EgressError::HostNotFound);
        QVERIFY(watcher.result().message.contains(QStringLiteral("nowhere.test")));
        QCOMPARE(m_journal->last().status, AuditStatus::Failed);
        QCOMPARE(m_journal->last().error, watcher.result().message);
        QCOMPARE(m_journal->completions(), 0);
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void anInvalidRequestIsRecordedNotSent()
    {
        EgressRequest request = chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")));
        request.headers.append(qMakePair(QByteArray("User-Agent"), QByteArray("python-requests/2.31")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("not sending an invalid request")));
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().error, EgressError::InvalidRequest);
        QCOMPARE(m_journal->last().status, AuditStatus::Failed);
        QCOMPARE(m_server->connectionCount(), 0);
    }

private:
    static EgressRequest chatRequest(const QUrl &url)
    {
        EgressRequest request;
        request.provider = QStringLiteral("Fake");
        request.purpose = QStringLiteral("chat");
        request.method = "POST";
        request.url = url;
        request.headers = {{"Content-Type", "application/json"}};
        request.body = R"({"model":"fake-model","stream":true,"messages":[{"role":"user","content":"Hi"}]})";
        return request;
    }

    std::unique_ptr<InMemoryAuditJournal> m_journal;
    std::unique_ptr<TableHostResolver> m_resolver;
    std::unique_ptr<EgressGate> m_gate;
    std::unique_ptr<FakeProviderServer> m_server;
};

QTEST_GUILESS_MAIN(TestEgressTransport)
#include "TestEgressTransport.moc"
