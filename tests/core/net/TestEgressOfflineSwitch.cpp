// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Offline is a kill switch (issue 15, DESIGN.md invariant 6): turning it on stops at
// once every request under way that is not going to loopback — a stream on the
// network is cancelled and audited as cancelled with the setting as its reason, a
// request still waiting for its lookup or its write-ahead record goes no further —
// while a loopback stream keeps going, and later sends are blocked naming the
// setting. "mixed.test" resolves to 127.0.0.1 and 8.8.8.8: classified internet, yet
// it reaches the fake server on loopback.
#include "core/net/EgressGate.h"
#include "tests/core/net/support/InMemoryAuditJournal.h"
#include "tests/core/net/support/ReplyWatcher.h"
#include "tests/core/net/support/ScriptedPrompter.h"
#include "tests/core/net/support/TableHostResolver.h"
#include "tests/support/FakeProviderServer.h"

#include <QTest>

#include <memory>

using namespace sotto;
using sotto::test::FakeProviderServer;
using sotto::test::FakeResponse;
using sotto::test::InMemoryAuditJournal;
using sotto::test::ReplyWatcher;
using sotto::test::TableHostResolver;

namespace {

const QString OFFLINE = QStringLiteral("offline mode is on");

} // namespace

class TestEgressOfflineSwitch final : public QObject {
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
        m_resolver->map(QStringLiteral("mixed.test"),
                        {QStringLiteral("127.0.0.1"), QStringLiteral("8.8.8.8")});
    }

    void cleanup()
    {
        m_gate.reset();
        m_server.reset();
        m_resolver.reset();
        m_journal.reset();
    }

    void goingOfflineCancelsTheInternetStreamAndKeepsTheLoopbackOne()
    {
        const QString words = QStringLiteral("One two three four five six seven eight nine ten.");
        m_server->enqueue(FakeResponse::text(words, 3).stallAfter(60));
        m_server->enqueue(FakeResponse::text(words, 3).stallAfter(60));
        ReplyWatcher internet(m_gate->send(chatRequest(urlOn(QStringLiteral("mixed.test")))));
        QVERIFY(internet.waitForBody(1));
        ReplyWatcher loopback(m_gate->send(chatRequest(urlOn(QStringLiteral("127.0.0.1")))));
        QVERIFY(loopback.waitForBody(1));
        QCOMPARE(m_journal->record(internet.dispatchedId()).destination, Destination::Internet);
        QCOMPARE(m_journal->record(loopback.dispatchedId()).destination, Destination::Loopback);

        setOffline(true);
        // At once: the stalled server is never released for it.
        QVERIFY(internet.waitForFinished());
        QCOMPARE(internet.finishedCount(), 1);
        QCOMPARE(internet.result().status, EgressResult::Status::Cancelled);
        QCOMPARE(internet.result().policyReason, OFFLINE);
        QVERIFY2(internet.result().message.contains(OFFLINE), qPrintable(internet.result().message));
        QTRY_COMPARE(m_journal->record(internet.dispatchedId()).status, AuditStatus::Cancelled);
        const AuditRecord cancelled = m_journal->record(internet.dispatchedId());
        QCOMPARE(cancelled.policyReason, OFFLINE);
        QVERIFY(cancelled.responseBytes > 0); // what arrived is counted
        QCOMPARE(cancelled.responseBytes, internet.result().responseBytes);
        QVERIFY(cancelled.bodyBytes > 0); // it had left: sent, then cancelled

        // The loopback stream was not touched.
        QVERIFY(!loopback.reply()->isFinished());
        m_server->releaseStalled();
        QVERIFY(loopback.waitForFinished());
        QCOMPARE(loopback.result().status, EgressResult::Status::Completed);
        QVERIFY(loopback.body().contains("[DONE]")); // the whole stream
        QCOMPARE(m_journal->record(loopback.dispatchedId()).status, AuditStatus::Completed);
        QVERIFY(m_journal->record(loopback.dispatchedId()).policyReason.isEmpty());

        // A later send is blocked, naming the setting, without a lookup.
        const int lookups = int(m_resolver->lookups().size());
        const int connections = m_server->connectionCount();
        ReplyWatcher later(m_gate->send(chatRequest(urlOn(QStringLiteral("mixed.test")))));
        QVERIFY(later.waitForFinished());
        QCOMPARE(later.result().status, EgressResult::Status::Blocked);
        QCOMPARE(later.result().policyReason, OFFLINE);
        QVERIFY2(later.result().message.contains(OFFLINE), qPrintable(later.result().message));
        QCOMPARE(m_journal->last().status, AuditStatus::Blocked);
        QCOMPARE(m_journal->last().policyReason, OFFLINE);
        QCOMPARE(int(m_resolver->lookups().size()), lookups);
        QCOMPARE(m_server->connectionCount(), connections);
    }

    void aLanStreamIsCancelledToo()
    {
        // Offline lets only loopback through: a request to the local network is stopped as well.
        m_resolver->map(QStringLiteral("nas.local"),
                        {QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.7")});
        m_server->enqueue(FakeResponse::text(QStringLiteral("Some words that stall."), 3).stallAfter(30));
        ReplyWatcher lan(m_gate->send(chatRequest(urlOn(QStringLiteral("nas.local")))));
        QVERIFY(lan.waitForBody(1));
        QCOMPARE(m_journal->record(lan.dispatchedId()).destination, Destination::Lan);
        setOffline(true);
        QVERIFY(lan.waitForFinished());
        QCOMPARE(lan.result().status, EgressResult::Status::Cancelled);
        QCOMPARE(lan.result().policyReason, OFFLINE);
    }

    void turningOfflineOffStopsNothing()
    {
        setOffline(true);
        m_server->enqueue(FakeResponse::text(QStringLiteral("Words, then silence."), 3).stallAfter(30));
        ReplyWatcher loopback(m_gate->send(chatRequest(urlOn(QStringLiteral("localhost")))));
        QVERIFY(loopback.waitForBody(1));
        setOffline(false);
        setOffline(true);
        m_server->releaseStalled();
        QVERIFY(loopback.waitForFinished());
        QCOMPARE(loopback.result().status, EgressResult::Status::Completed);
    }

    void aRequestWaitingForItsLookupGoesNoFurther()
    {
        m_resolver->hang(QStringLiteral("slow.test"));
        ReplyWatcher watcher(m_gate->send(chatRequest(urlOn(QStringLiteral("slow.test")))));
        QTRY_COMPARE(m_resolver->lookups().size(), 1);
        setOffline(true);
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Blocked);
        QCOMPARE(watcher.result().policyReason, OFFLINE);
        QCOMPARE(m_resolver->abortedCount(), 1);
        QCOMPARE(m_journal->last().status, AuditStatus::Blocked);
        QCOMPARE(m_journal->last().bodyBytes, 0);
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void aRequestBeingWrittenAheadIsCancelledUnsent()
    {
        m_journal->setHoldBegins(true);
        ReplyWatcher watcher(m_gate->send(chatRequest(urlOn(QStringLiteral("mixed.test")))));
        QTRY_COMPARE(m_journal->heldCount(), 1);
        setOffline(true);
        m_journal->releaseHeld();
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Cancelled);
        QCOMPARE(watcher.result().policyReason, OFFLINE);
        QCOMPARE(watcher.dispatchedId(), 0); // never handed to the network
        QTRY_COMPARE(m_journal->last().status, AuditStatus::Cancelled);
        QCOMPARE(m_journal->last().policyReason, OFFLINE);
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void aRequestWaitingForTheQuestionIsBlockedAtOnce()
    {
        test::ScriptedPrompter prompter(test::ScriptedPrompter::Reply::Hold);
        m_gate->setPrompter(&prompter);
        EgressPolicy policy;
        policy.askBeforeSend = AskBeforeSend::Always;
        m_gate->setPolicy(policy);
        ReplyWatcher watcher(m_gate->send(chatRequest(urlOn(QStringLiteral("mixed.test")))));
        QTRY_COMPARE(prompter.heldCount(), 1);
        policy.offline = true;
        m_gate->setPolicy(policy);
        QVERIFY(watcher.waitForFinished()); // without an answer
        QCOMPARE(watcher.result().status, EgressResult::Status::Blocked);
        QCOMPARE(watcher.result().policyReason, OFFLINE);
        prompter.answerHeld(true); // too late: nothing happens
        QTRY_COMPARE(m_gate->activeCount(), 0);
        QCOMPARE(watcher.finishedCount(), 1);
        QCOMPARE(m_resolver->lookups(), QStringList());
        QCOMPARE(m_server->connectionCount(), 0);
        m_gate->setPrompter(nullptr);
    }

private:
    void setOffline(bool offline)
    {
        EgressPolicy policy = m_gate->policy();
        policy.offline = offline;
        m_gate->setPolicy(policy);
    }

    QUrl urlOn(const QString &host) const
    {
        QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));
        url.setHost(host);
        return url;
    }

    static EgressRequest chatRequest(const QUrl &url)
    {
        EgressRequest request;
        request.provider = QStringLiteral("Fake");
        request.api = QStringLiteral("openai");
        request.purpose = QStringLiteral("chat");
        request.method = "POST";
        request.url = url;
        request.headers = {{"Content-Type", "application/json"}};
        request.body = R"({"model":"fake-model","messages":[{"role":"user","content":"Hello there!"}]})";
        request.allowHttpToInternet = true; // mixed.test is internet, and plain http
        return request;
    }

    std::unique_ptr<InMemoryAuditJournal> m_journal;
    std::unique_ptr<TableHostResolver> m_resolver;
    std::unique_ptr<EgressGate> m_gate;
    std::unique_ptr<FakeProviderServer> m_server;
};

QTEST_GUILESS_MAIN(TestEgressOfflineSwitch)
#include "TestEgressOfflineSwitch.moc"
