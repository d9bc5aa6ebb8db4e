// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Ask before sending means before anything leaves (issue 15, DESIGN.md invariant 1):
// the question comes before the name lookup and shows the destination as the URL
// says it; a declined request makes no lookup and no connection; an approval covers
// the provider's scheme, host and port; a name that resolves further out than what
// was approved is not sent. And localhost names (RFC 6761) never reach a resolver.
// The resolver is a table that counts every lookup; the server counts connections.
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
using sotto::test::InMemoryAuditJournal;
using sotto::test::ReplyWatcher;
using sotto::test::ScriptedPrompter;
using sotto::test::TableHostResolver;

class TestEgressAskBeforeLookup final : public QObject {
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
        // A name that reaches this very server if nothing stops it.
        m_resolver->map(QStringLiteral("remote.test"), {QStringLiteral("127.0.0.1")});
    }

    void cleanup()
    {
        m_gate.reset();
        m_server.reset();
        m_prompter.reset();
        m_resolver.reset();
        m_journal.reset();
    }

    void declinedMakesNoLookupAndNoConnection()
    {
        setAsk(AskBeforeSend::Always);
        m_prompter->setReply(ScriptedPrompter::Reply::Decline);
        ReplyWatcher watcher(m_gate->send(chatRequest(urlOn(QStringLiteral("remote.test")))));
        QVERIFY(watcher.waitForFinished());

        QCOMPARE(watcher.result().status, EgressResult::Status::Blocked);
        QCOMPARE(watcher.result().policyReason, QStringLiteral("you declined sending"));
        QCOMPARE(m_prompter->questions().size(), 1);
        QCOMPARE(m_resolver->lookups(), QStringList());
        QCOMPARE(m_server->connectionCount(), 0);

        QCOMPARE(m_journal->count(), 1);
        const AuditRecord record = m_journal->last();
        QCOMPARE(record.status, AuditStatus::Blocked);
        QCOMPARE(record.policyReason, QStringLiteral("you declined sending"));
        QCOMPARE(record.host, QStringLiteral("remote.test"));
        QCOMPARE(record.destination, Destination::Internet); // as the URL says: never looked up
        QCOMPARE(record.bodyBytes, 0);
    }

    void theQuestionComesBeforeTheLookup()
    {
        setAsk(AskBeforeSend::Always);
        m_prompter->setReply(ScriptedPrompter::Reply::Hold);
        ReplyWatcher watcher(m_gate->send(chatRequest(urlOn(QStringLiteral("remote.test")))));
        QTRY_COMPARE(m_prompter->heldCount(), 1);
        QCOMPARE(m_resolver->lookups(), QStringList());
        const SendQuestion question = m_prompter->questions().first();
        QCOMPARE(question.host, QStringLiteral("remote.test"));
        QCOMPARE(question.destination, Destination::Internet);
        QCOMPARE(question.provider, QStringLiteral("Fake"));
        QCOMPARE(question.summary.model, QStringLiteral("fake-model"));
        QCOMPARE(question.summary.textChars, 12);
        QCOMPARE(question.summary.historySent, 3);
        QCOMPARE(question.summary.historyWithheld, 4);
        QCOMPARE(question.summary.images, 1);
        QCOMPARE(question.summary.imageBytes, 2048);
        QCOMPARE(question.summary.redactions, 2);

        m_prompter->answerHeld(true);
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        QCOMPARE(m_resolver->lookups(), QStringList{QStringLiteral("remote.test")});
        QCOMPARE(m_server->connectionCount(), 1);
        // Resolved nearer than approved (internet → loopback) is fine, and recorded as found.
        QCOMPARE(m_journal->last().destination, Destination::Loopback);
    }

    void theQuestionShowsTheDestinationAsTheUrlSaysIt_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<Destination>("destination");

        QTest::addRow("loopback literal") << "127.0.0.1" << Destination::Loopback;
        QTest::addRow("IPv6 loopback") << "::1" << Destination::Loopback;
        QTest::addRow("LAN literal") << "192.168.1.20" << Destination::Lan;
        QTest::addRow("public literal") << "8.8.8.8" << Destination::Internet;
        QTest::addRow("localhost") << "localhost" << Destination::Loopback;
        QTest::addRow("a .localhost name") << "api.localhost" << Destination::Loopback;
        QTest::addRow("a .local name") << "gpu-box.local" << Destination::Lan;
        QTest::addRow("any other name") << "api.example.com" << Destination::Internet;
    }

    void theQuestionShowsTheDestinationAsTheUrlSaysIt()
    {
        QFETCH(QString, host);
        QFETCH(Destination, destination);
        setAsk(AskBeforeSend::Always);
        m_prompter->setReply(ScriptedPrompter::Reply::Decline);
        EgressRequest request = chatRequest(urlOn(host));
        request.url.setScheme(QStringLiteral("https")); // so no row is refused as plain http
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(m_prompter->questions().size(), 1);
        QCOMPARE(m_prompter->questions().first().destination, destination);
        QCOMPARE(m_journal->last().destination, destination);
        QCOMPARE(m_resolver->lookups(), QStringList());
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void policyRefusesBeforeAskingAndLookingUp()
    {
        EgressPolicy policy;
        policy.askBeforeSend = AskBeforeSend::Always;
        policy.offline = true;
        m_gate->setPolicy(policy);
        ReplyWatcher watcher(m_gate->send(chatRequest(urlOn(QStringLiteral("remote.test")))));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().policyReason, QStringLiteral("offline mode is on"));
        QCOMPARE(m_prompter->questions().size(), 0);
        QCOMPARE(m_resolver->lookups(), QStringList());
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void firstTimeApprovalCoversTheProvidersSchemeHostAndPort()
    {
        setAsk(AskBeforeSend::FirstTimePerProvider);
        const QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));
        QVERIFY(sendAndWait(chatRequest(url)));
        QVERIFY(sendAndWait(chatRequest(url)));
        QCOMPARE(m_prompter->questions().size(), 1);

        // The provider's URL edited to another port: asked again, then remembered.
        FakeProviderServer other;
        QVERIFY(other.listen());
        const QUrl moved = other.url(QStringLiteral("/v1/chat/completions"));
        QVERIFY(sendAndWait(chatRequest(moved)));
        QCOMPARE(m_prompter->questions().size(), 2);
        QCOMPARE(m_prompter->questions().last().url, moved.toString());
        QVERIFY(sendAndWait(chatRequest(moved)));
        QCOMPARE(m_prompter->questions().size(), 2);

        // Another host name for the same server, and https instead of http: asked again.
        QVERIFY(sendAndWait(chatRequest(urlOn(QStringLiteral("localhost")))));
        QCOMPARE(m_prompter->questions().size(), 3);
        QUrl https = url;
        https.setScheme(QStringLiteral("https"));
        QVERIFY(sendAndWait(chatRequest(https)));
        QCOMPARE(m_prompter->questions().size(), 4);

        // And the first URL is still approved.
        QVERIFY(sendAndWait(chatRequest(url)));
        QCOMPARE(m_prompter->questions().size(), 4);
        QCOMPARE(other.requestCount(), 2);
    }

    void aNameThatResolvesFurtherOutThanApprovedIsNotSent()
    {
        // gpu-box.local is asked about as the local network, then turns out to be public.
        m_resolver->map(QStringLiteral("gpu-box.local"), {QStringLiteral("8.8.8.8")});
        setAsk(AskBeforeSend::Always);
        EgressRequest request = chatRequest(urlOn(QStringLiteral("gpu-box.local")));
        request.allowHttpToInternet = true; // so it is the approval, not plain http, that stops it
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(m_prompter->questions().size(), 1);
        QCOMPARE(m_prompter->questions().first().destination, Destination::Lan);
        QCOMPARE(watcher.result().status, EgressResult::Status::Blocked);
        QVERIFY2(
            watcher.result().policyReason.startsWith(QStringLiteral("ask-before-send: you approved "
                                                                    "gpu-box.local as a lan destination")),
            qPrintable(watcher.result().policyReason));
        const AuditRecord record = m_journal->last();
        QCOMPARE(record.status, AuditStatus::Blocked);
        QCOMPARE(record.destination, Destination::Internet);
        QCOMPARE(record.policyReason, watcher.result().policyReason);
        QCOMPARE(m_resolver->lookups(), QStringList{QStringLiteral("gpu-box.local")});

        // A remembered approval ("first") is held to the class it was given for, too.
        setAsk(AskBeforeSend::FirstTimePerProvider);
        m_resolver->map(QStringLiteral("gpu-box.local"), {QStringLiteral("127.0.0.1")});
        QVERIFY(sendAndWait(request));
        QCOMPARE(m_journal->last().status, AuditStatus::Completed);
        m_resolver->map(QStringLiteral("gpu-box.local"), {QStringLiteral("8.8.8.8")});
        ReplyWatcher again(m_gate->send(request));
        QVERIFY(again.waitForFinished());
        QCOMPARE(m_prompter->questions().size(), 2);
        QCOMPARE(again.result().status, EgressResult::Status::Blocked);
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void localhostNamesNeverReachTheResolver_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("offline");
        QTest::addRow("localhost") << "localhost" << false;
        QTest::addRow("foo.localhost") << "foo.localhost" << false;
        QTest::addRow("a.b.LOCALHOST") << "a.b.LOCALHOST" << false;
        QTest::addRow("foo.localhost, offline") << "foo.localhost" << true;
    }

    void localhostNamesNeverReachTheResolver()
    {
        QFETCH(QString, host);
        QFETCH(bool, offline);
        // Were the resolver asked, these names would lead away from this computer.
        for (const QString &name :
             {QStringLiteral("localhost"), QStringLiteral("foo.localhost"), QStringLiteral("a.b.localhost")})
            m_resolver->map(name, {QStringLiteral("8.8.8.8")});
        EgressPolicy policy;
        policy.offline = offline;
        m_gate->setPolicy(policy);

        ReplyWatcher watcher(m_gate->send(chatRequest(urlOn(host), offline)));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        QCOMPARE(m_resolver->lookups(), QStringList());
        QCOMPARE(m_server->connectionCount(), 1);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_journal->last().destination, Destination::Loopback);
        QCOMPARE(m_journal->last().host, host.toLower());
    }

private:
    void setAsk(AskBeforeSend ask)
    {
        EgressPolicy policy;
        policy.askBeforeSend = ask;
        m_gate->setPolicy(policy);
    }

    /// The fake server's chat URL with `host` in place of 127.0.0.1.
    QUrl urlOn(const QString &host) const
    {
        QUrl url = m_server->url(QStringLiteral("/v1/chat/completions"));
        url.setHost(host);
        return url;
    }

    /// Sends `request` and waits for its end; false if it did not end.
    bool sendAndWait(const EgressRequest &request)
    {
        ReplyWatcher watcher(m_gate->send(request));
        return watcher.waitForFinished();
    }

    static EgressRequest chatRequest(const QUrl &url, bool localOnly = false)
    {
        EgressRequest request;
        request.provider = QStringLiteral("Fake");
        request.api = QStringLiteral("openai");
        request.purpose = QStringLiteral("chat");
        request.method = "POST";
        request.url = url;
        request.headers = {{"Content-Type", "application/json"}};
        request.body = R"({"model":"fake-model","messages":[{"role":"user","content":"Hello there!"}]})";
        request.summary.model = QStringLiteral("fake-model");
        request.summary.textChars = 12;
        request.summary.historySent = 3;
        request.summary.historyWithheld = 4;
        request.summary.images = 1;
        request.summary.imageBytes = 2048;
        request.summary.redactions = 2;
        request.localOnly = localOnly;
        request.timeouts.connect = std::chrono::seconds(5);
        return request;
    }

    std::unique_ptr<InMemoryAuditJournal> m_journal;
    std::unique_ptr<TableHostResolver> m_resolver;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<EgressGate> m_gate;
    std::unique_ptr<FakeProviderServer> m_server;
};

QTEST_GUILESS_MAIN(TestEgressAskBeforeLookup)
#include "TestEgressAskBeforeLookup.moc"
