// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Write-ahead audit (DESIGN.md invariant 2): nothing reaches the network before
// its record is committed; a journal that cannot record stops the request; a
// request in flight is on record as "sent"; every request ends its record.
#include "core/net/EgressGate.h"
#include "tests/core/net/support/InMemoryAuditJournal.h"
#include "tests/core/net/support/ReplyWatcher.h"
#include "tests/support/FakeProviderServer.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace sotto;
using sotto::test::FakeProviderServer;
using sotto::test::FakeResponse;
using sotto::test::InMemoryAuditJournal;
using sotto::test::ReplyWatcher;

class TestEgressWriteAhead final : public QObject {
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

    void nothingLeavesBeforeTheRecordIsCommitted()
    {
        m_journal->setHoldBegins(true);
        int connectionsAtCommit = -1;
        AuditStatus statusAtCommit = AuditStatus::Completed;
        connect(m_journal.get(), &InMemoryAuditJournal::began, this, [&](qint64 id) {
            connectionsAtCommit = m_server->connectionCount();
            statusAtCommit = m_journal->record(id).status;
        });

        ReplyWatcher watcher(m_gate->send(chatRequest()));
        QTRY_COMPARE(m_journal->heldCount(), 1);
        // The journal sits on the commit. A wrongly eager gate would have connected
        // by now; a connection made after this moment is accepted after its, so once
        // the server has accepted this probe, it is the only connection there is.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_server->port());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->connectionCount() >= 1, 20000);
        QCOMPARE(m_server->connectionCount(), 1);
        probe.abort();
        QVERIFY(watcher.events().isEmpty());

        m_journal->releaseHeld();
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(connectionsAtCommit, 1); // the probe
        QCOMPARE(statusAtCommit, AuditStatus::Sent);
        QCOMPARE(m_server->connectionCount(), 2);
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        QCOMPARE(watcher.events(),
                 QStringList({QStringLiteral("dispatched"), QStringLiteral("headers"),
                              QStringLiteral("bytes"), QStringLiteral("finished")}));
        QCOMPARE(watcher.dispatchedId(), watcher.result().auditId);
        QCOMPARE(watcher.reply()->auditId(), watcher.result().auditId);
    }

    void aJournalThatCannotRecordStopsTheRequest()
    {
        m_journal->setFailBegins(true);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("not sending to 127.0.0.1 .*could not record")));
        ReplyWatcher watcher(m_gate->send(chatRequest()));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::AuditFailed);
        QVERIFY2(watcher.result().message.contains(QStringLiteral("the disk is full")),
                 qPrintable(watcher.result().message));
        QCOMPARE(watcher.result().auditId, 0);
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void aRequestInFlightIsOnRecordAsSent()
    {
        m_server->enqueue(
            FakeResponse::text(QStringLiteral("A long answer that stalls half way."), 4).stallAfter(20));
        ReplyWatcher watcher(m_gate->send(chatRequest()));
        QVERIFY(watcher.waitForBody(20));
        QCOMPARE(m_server->requestCount(), 1);
        // What a crash now would leave behind: the request is on record, as sent.
        const AuditRecord inFlight = m_journal->record(watcher.dispatchedId());
        QCOMPARE(inFlight.status, AuditStatus::Sent);
        QCOMPARE(inFlight.bodyBytes, m_server->request(0).bodyBytes());
        m_server->releaseStalled();
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(m_journal->record(watcher.dispatchedId()).status, AuditStatus::Completed);
    }

    void aFailedCompletionStillFinishesTheReply()
    {
        m_journal->setFailCompletes(true);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not complete record 1")));
        ReplyWatcher watcher(m_gate->send(chatRequest()));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        QCOMPARE(m_journal->last().status, AuditStatus::Sent); // as a crash would leave it
    }

    void finishedComesAfterTheCompletionIsCommitted()
    {
        bool completedBeforeFinished = false;
        ReplyWatcher watcher(m_gate->send(chatRequest()));
        connect(watcher.reply(), &EgressReply::finished, this, [&] {
            completedBeforeFinished = m_journal->completions() == 1;
        });
        QVERIFY(watcher.waitForFinished());
        QVERIFY(completedBeforeFinished);
    }

    void nothingHappensInsideSend()
    {
        EgressRequest blocked = chatRequest();
        blocked.providerEnabled = false;
        for (const EgressRequest &request : {chatRequest(), blocked}) {
            const int recordsBefore = m_journal->count();
            ReplyWatcher watcher(m_gate->send(request));
            QVERIFY(watcher.events().isEmpty());
            QCOMPARE(m_journal->count(), recordsBefore);
            QVERIFY(watcher.waitForFinished());
            QCOMPARE(watcher.finishedCount(), 1);
        }
    }

    void cancellingOnDispatchSendsNothing()
    {
        ReplyWatcher watcher(m_gate->send(chatRequest()));
        connect(watcher.reply(), &EgressReply::dispatched, watcher.reply(), &EgressReply::cancel);
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Cancelled);
        QCOMPARE(m_journal->last().status, AuditStatus::Cancelled);
        QCOMPARE(m_journal->last().responseBytes, 0);
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void closingTheGateMidAnswerCompletesTheRecord()
    {
        m_server->enqueue(
            FakeResponse::text(QStringLiteral("An answer that never ends, it seems."), 4).stallAfter(10));
        ReplyWatcher watcher(m_gate->send(chatRequest()));
        QVERIFY(watcher.waitForBody(10));
        const qint64 id = watcher.dispatchedId();
        m_gate.reset();
        QCOMPARE(watcher.finishedCount(), 1);
        QCOMPARE(watcher.result().status, EgressResult::Status::Cancelled);
        QTRY_COMPARE(m_journal->record(id).status, AuditStatus::Cancelled);
        QCOMPARE(m_journal->record(id).responseBytes, qint64(watcher.body().size()));
    }

private:
    EgressRequest chatRequest() const
    {
        EgressRequest request;
        request.provider = QStringLiteral("Fake");
        request.purpose = QStringLiteral("chat");
        request.method = "POST";
        request.url = m_server->url(QStringLiteral("/v1/chat/completions"));
        request.headers = {{"Content-Type", "application/json"}};
        request.body = R"({"model":"fake-model","stream":true,"messages":[{"role":"user","content":"Hi"}]})";
        return request;
    }

    std::unique_ptr<InMemoryAuditJournal> m_journal;
    std::unique_ptr<EgressGate> m_gate;
    std::unique_ptr<FakeProviderServer> m_server;
};

QTEST_GUILESS_MAIN(TestEgressWriteAhead)
#include "TestEgressWriteAhead.moc"
