// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Blocked means blocked: each setting that refuses a request records it as
// blocked, names itself in policy_reason, and the server — which the request
// would otherwise reach — sees zero connections (no lookup either, where the URL
// already decides). Ask-before-send: declined is blocked; "first" remembers per
// provider; concurrent requests share one question.
#include "core/net/EgressGate.h"
#include "tests/core/net/support/InMemoryAuditJournal.h"
#include "tests/core/net/support/ReplyWatcher.h"
#include "tests/core/net/support/ScriptedPrompter.h"
#include "tests/core/net/support/TableHostResolver.h"
#include "tests/support/FakeProviderServer.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sotto;
using sotto::test::FakeProviderServer;
using sotto::test::FakeResponse;
using sotto::test::InMemoryAuditJournal;
using sotto::test::ReplyWatcher;
using sotto::test::ScriptedPrompter;
using sotto::test::TableHostResolver;

class TestEgressBlocking final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_journal = std::make_unique<InMemoryAuditJournal>();
        m_resolver = std::make_unique<TableHostResolver>();
        m_prompter = std::make_unique<ScriptedPrompter>(ScriptedPrompter::Reply::Send);
        m_gate = std::make_unique<EgressGate>(*m_journal);
        m_gate->setResolver(m_resolver.get());
        m_gate->setPrompter(m_prompter.get());
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        // Names that reach this very server if nothing stops them.
        m_resolver->map(QStringLiteral("remote.test"), {QStringLiteral("127.0.0.1")});
        m_resolver->map(QStringLiteral("mixed.test"),
                        {QStringLiteral("127.0.0.1"), QStringLiteral("8.8.8.8")});
    }

    void cleanup()
    {
        m_gate.reset();
        m_server.reset();
        m_prompter.reset();
        m_resolver.reset();
        m_journal.reset();
    }

    void blockedMeansBlocked_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("offline");
        QTest::addColumn<bool>("localOnly");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("declines");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("lookedUp");
        QTest::addColumn<Destination>("destination");

        QTest::addRow("offline mode") << "remote.test" << true << false << true << false
                                      << "offline mode is on" << false << Destination::Internet;
        QTest::addRow("local-only conversation")
            << "remote.test" << false << true << true << false << "conversation is local-only" << false
            << Destination::Internet;
        QTest::addRow("http to internet")
            << "mixed.test" << false << false << true << false
            << "http-to-internet is denied for provider Fake" << true << Destination::Internet;
        QTest::addRow("disabled provider") << "127.0.0.1" << false << false << false << false
                                           << "provider Fake is disabled" << false << Destination::Loopback;
        QTest::addRow("disabled provider, by name")
            << "remote.test" << false << false << false << false << "provider Fake is disabled" << false
            << Destination::Internet;
        QTest::addRow("declined prompt") << "127.0.0.1" << false << false << true << true
                                         << "you declined sending" << false << Destination::Loopback;
    }

    void blockedMeansBlocked()
    {
        QFETCH(QString, host);
        QFETCH(bool, offline);
        QFETCH(bool, localOnly);
        QFETCH(bool, enabled);
        QFETCH(bool, declines);
        QFETCH(QString, reason);
        QFETCH(bool, lookedUp);
        QFETCH(Destination, destination);

        EgressPolicy policy;
        policy.offline = offline;
        policy.askBeforeSend = declines ? AskBeforeSend::Always : AskBeforeSend::Never;
        m_gate->setPolicy(policy);
        m_prompter->setReply(ScriptedPrompter::Reply::Decline);

        QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));
        url.setHost(host);
        ReplyWatcher watcher(m_gate->send(chatRequest(url, localOnly, enabled)));
        QVERIFY(watcher.waitForFinished());

        QCOMPARE(watcher.result().status, EgressResult::Status::Blocked);
        QCOMPARE(watcher.result().error, EgressError::PolicyBlocked);
        QCOMPARE(watcher.result().policyReason, reason);
        QVERIFY2(watcher.result().message.contains(reason), qPrintable(watcher.result().message));
        QCOMPARE(watcher.events(), QStringList{QStringLiteral("finished")});

        QCOMPARE(m_journal->count(), 1);
        const AuditRecord record = m_journal->last();
        QCOMPARE(record.id, watcher.result().auditId);
        QCOMPARE(record.status, AuditStatus::Blocked);
        QCOMPARE(record.policyReason, reason);
        QCOMPARE(record.host, host);
        QCOMPARE(record.destination, destination);
        QCOMPARE(record.bodyBytes, 0);
        QCOMPARE(record.headerBytes, 0);
        QCOMPARE(record.textChars, 12); // what was withheld is still described
        QCOMPARE(m_journal->completions(), 0);

        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(m_resolver->lookups().isEmpty(), !lookedUp);
        QCOMPARE(m_prompter->questions().size(), declines ? 1 : 0);
    }

    void noPrompterMeansNoSend()
    {
        m_gate->setPrompter(nullptr);
        EgressPolicy policy;
        policy.askBeforeSend = AskBeforeSend::FirstTimePerProvider;
        m_gate->setPolicy(policy);
        ReplyWatcher watcher(
            m_gate->send(chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")))));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Blocked);
        QCOMPARE(watcher.result().policyReason,
                 QStringLiteral("ask-before-send is on and nothing could ask you"));
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void offlineStillReachesLoopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addRow("literal") << "127.0.0.1";
        QTest::addRow("localhost") << "localhost";
    }

    void offlineStillReachesLoopback()
    {
        QFETCH(QString, host);
        m_resolver->map(QStringLiteral("localhost"), {QStringLiteral("127.0.0.1")});
        EgressPolicy policy;
        policy.offline = true;
        m_gate->setPolicy(policy);
        QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));
        url.setHost(host);
        ReplyWatcher watcher(m_gate->send(chatRequest(url, true)));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        QCOMPARE(m_journal->last().destination, Destination::Loopback);
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void askFirstTimeRemembersPerProvider()
    {
        EgressPolicy policy;
        policy.askBeforeSend = AskBeforeSend::FirstTimePerProvider;
        m_gate->setPolicy(policy);
        const QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));

        for (int i = 0; i < 2; ++i) {
            ReplyWatcher watcher(m_gate->send(chatRequest(url)));
            QVERIFY(watcher.waitForFinished());
            QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        }
        QCOMPARE(m_prompter->questions().size(), 1);
        const SendQuestion question = m_prompter->questions().first();
        QCOMPARE(question.provider, QStringLiteral("Fake"));
        QCOMPARE(question.destination, Destination::Loopback);
        QCOMPARE(question.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(question.url, url.toString());
        QCOMPARE(question.summary.textChars, 12);

        EgressRequest other = chatRequest(url);
        other.provider = QStringLiteral("Other");
        ReplyWatcher watcher(m_gate->send(other));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(m_prompter->questions().size(), 2);

        m_gate->forgetApprovals();
        ReplyWatcher again(m_gate->send(chatRequest(url)));
        QVERIFY(again.waitForFinished());
        QCOMPARE(m_prompter->questions().size(), 3);
    }

    void alwaysAsksForEachRequestOutsideATurn()
    {
        EgressPolicy policy;
        policy.askBeforeSend = AskBeforeSend::Always;
        m_gate->setPolicy(policy);
        for (int i = 1; i <= 3; ++i) {
            ReplyWatcher watcher(
                m_gate->send(chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")))));
            QVERIFY(watcher.waitForFinished());
            QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
            QCOMPARE(m_prompter->questions().size(), i);
        }
    }

    void concurrentRequestsShareOneQuestion()
    {
        EgressPolicy policy;
        policy.askBeforeSend = AskBeforeSend::Always;
        m_gate->setPolicy(policy);
        m_prompter->setReply(ScriptedPrompter::Reply::Hold);
        const QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));

        // A Contemplating turn: K agents and the synthesis share a turn id.
        std::vector<std::unique_ptr<ReplyWatcher>> turn;
        for (int i = 0; i < 3; ++i) {
            EgressRequest request = chatRequest(url);
            request.summary.turnId = QStringLiteral("turn-A");
            turn.push_back(std::make_unique<ReplyWatcher>(m_gate->send(request)));
        }
        QTRY_COMPARE(m_prompter->questions().size(), 1);
        QCOMPARE(m_server->connectionCount(), 0);
        m_prompter->answerHeld(true);
        for (const auto &watcher : turn) {
            QVERIFY(watcher->waitForFinished());
            QCOMPARE(watcher->result().status, EgressResult::Status::Completed);
        }
        QCOMPARE(m_server->requestCount(), 3);

        // "Always": the next turn asks again, and a refusal refuses it all.
        std::vector<std::unique_ptr<ReplyWatcher>> next;
        for (int i = 0; i < 2; ++i) {
            EgressRequest request = chatRequest(url);
            request.summary.turnId = QStringLiteral("turn-B");
            next.push_back(std::make_unique<ReplyWatcher>(m_gate->send(request)));
        }
        QTRY_COMPARE(m_prompter->questions().size(), 2);
        m_prompter->answerHeld(false);
        for (const auto &watcher : next) {
            QVERIFY(watcher->waitForFinished());
            QCOMPARE(watcher->result().policyReason, QStringLiteral("you declined sending"));
        }
        QCOMPARE(m_server->requestCount(), 3);
    }

    void goingOfflineWhileAskedStopsTheRequest()
    {
        m_resolver->map(QStringLiteral("nas.local"), {QStringLiteral("192.168.1.20")});
        EgressPolicy policy;
        policy.askBeforeSend = AskBeforeSend::Always;
        m_gate->setPolicy(policy);
        m_prompter->setReply(ScriptedPrompter::Reply::Hold);
        QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));
        url.setHost(QStringLiteral("nas.local"));

        ReplyWatcher watcher(m_gate->send(chatRequest(url)));
        QTRY_COMPARE(m_prompter->heldCount(), 1);
        QCOMPARE(m_prompter->questions().first().destination, Destination::Lan); // as the URL says
        policy.offline = true;
        m_gate->setPolicy(policy);
        QVERIFY(watcher.waitForFinished()); // at once, the question still open
        QTRY_COMPARE(m_prompter->heldCount(), 0); // and the question withdrawn: nobody waits for it
        m_prompter->answerHeld(true);
        QCOMPARE(watcher.result().policyReason, QStringLiteral("offline mode is on"));
        QCOMPARE(m_journal->last().destination, Destination::Lan);
        QCOMPARE(m_resolver->lookups(), QStringList());
    }

    void aQuestionStaysOpenWhileOneOfItsRequestsStillWaits()
    {
        EgressPolicy policy;
        policy.askBeforeSend = AskBeforeSend::Always;
        m_gate->setPolicy(policy);
        m_prompter->setReply(ScriptedPrompter::Reply::Hold);
        const QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));
        EgressRequest request = chatRequest(url);
        request.summary.turnId = QStringLiteral("turn-A");
        ReplyWatcher first(m_gate->send(request));
        ReplyWatcher second(m_gate->send(request));
        QTRY_COMPARE(m_prompter->heldCount(), 1);
        first.reply()->cancel();
        QVERIFY(first.waitForFinished());
        QTRY_COMPARE(m_gate->activeCount(), 1);
        QCOMPARE(m_prompter->heldCount(), 1); // the other request still waits on it
        m_prompter->answerHeld(true);
        QVERIFY(second.waitForFinished());
        QCOMPARE(second.result().status, EgressResult::Status::Completed);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void dontAskAgainExemptsTheProviderAtThatAddress()
    {
        EgressPolicy policy;
        policy.askBeforeSend = AskBeforeSend::Always;
        m_gate->setPolicy(policy);
        m_prompter->setReply(ScriptedPrompter::Reply::SendAndStopAsking);
        QSignalSpy exempted(m_gate.get(), &EgressGate::askExemptionAdded);
        const QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));

        ReplyWatcher first(m_gate->send(chatRequest(url)));
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.result().status, EgressResult::Status::Completed);
        QCOMPARE(exempted.size(), 1);
        const QString key = EgressPolicy::askExemptKey(QStringLiteral("Fake"), url);
        QCOMPARE(exempted.first().first().toString(), key);
        QCOMPARE(m_gate->policy().askExempt, QStringList{key});
        QCOMPARE(EgressPolicy::splitAskExemptKey(key),
                 (QPair<QString, QString>(QStringLiteral("Fake"),
                                          QStringLiteral("http://127.0.0.1:%1").arg(url.port()))));

        // Under "always", in a later session (a new gate with the stored policy): not asked again.
        m_gate = std::make_unique<EgressGate>(*m_journal);
        m_gate->setResolver(m_resolver.get());
        m_gate->setPrompter(m_prompter.get());
        policy.askExempt = {key};
        m_gate->setPolicy(policy);
        m_prompter->setReply(ScriptedPrompter::Reply::Decline);
        ReplyWatcher second(m_gate->send(chatRequest(url)));
        QVERIFY(second.waitForFinished());
        QCOMPARE(second.result().status, EgressResult::Status::Completed);
        QCOMPARE(m_prompter->questions().size(), 1);

        // Another provider, or the same one pointed elsewhere (another host or port), is asked.
        EgressRequest other = chatRequest(url);
        other.provider = QStringLiteral("Other");
        ReplyWatcher third(m_gate->send(other));
        QVERIFY(third.waitForFinished());
        QCOMPARE(third.result().policyReason, QStringLiteral("you declined sending"));
        QUrl moved = url;
        moved.setHost(QStringLiteral("remote.test"));
        ReplyWatcher fourth(m_gate->send(chatRequest(moved)));
        QVERIFY(fourth.waitForFinished());
        QCOMPARE(fourth.result().policyReason, QStringLiteral("you declined sending"));
        QCOMPARE(m_prompter->questions().size(), 3);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void cancelWhileAskedSendsNothing()
    {
        EgressPolicy policy;
        policy.askBeforeSend = AskBeforeSend::Always;
        m_gate->setPolicy(policy);
        m_prompter->setReply(ScriptedPrompter::Reply::Hold);
        ReplyWatcher watcher(
            m_gate->send(chatRequest(m_server->url(QStringLiteral("/v1/chat/completions")))));
        QTRY_COMPARE(m_prompter->heldCount(), 1);
        watcher.reply()->cancel();
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Cancelled);
        QTRY_COMPARE(m_prompter->heldCount(), 0); // the question is withdrawn
        m_prompter->answerHeld(true);
        QTRY_COMPARE(m_gate->activeCount(), 0);
        QCOMPARE(watcher.finishedCount(), 1);
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(m_journal->count(), 0); // nothing left, nothing to audit
    }

private:
    static EgressRequest chatRequest(const QUrl &url, bool localOnly = false, bool enabled = true)
    {
        EgressRequest request;
        request.provider = QStringLiteral("Fake");
        request.api = QStringLiteral("openai");
        request.purpose = QStringLiteral("chat");
        request.method = "POST";
        request.url = url;
        request.headers = {{"Authorization", "Bearer sk-0123456789abcdefghijkl9f2a"},
                           {"Content-Type", "application/json"}};
        request.body = R"({"model":"fake-model","messages":[{"role":"user","content":"Hello there!"}]})";
        request.summary.textChars = 12;
        request.localOnly = localOnly;
        request.providerEnabled = enabled;
        return request;
    }

    std::unique_ptr<InMemoryAuditJournal> m_journal;
    std::unique_ptr<TableHostResolver> m_resolver;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<EgressGate> m_gate;
    std::unique_ptr<FakeProviderServer> m_server;
};

QTEST_GUILESS_MAIN(TestEgressBlocking)
#include "TestEgressBlocking.moc"
