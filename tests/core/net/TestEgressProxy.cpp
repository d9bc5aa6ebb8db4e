// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Proxies (issue 15 point 5): requests go through a real SOCKS5 or HTTP CONNECT proxy
// on loopback (FakeProxyServer) to the fake provider; the provider's name reaches the
// proxy unresolved and is never looked up here (the resolver counts lookups); the
// audit names the proxy and counts the bytes the provider received; the policy judges
// the provider's URL, never the proxy (offline blocks, and stops, an internet
// destination whatever the proxy); a proxy that refuses gives one message naming it.
#include "core/net/EgressGate.h"
#include "core/net/EgressReply.h"
#include "tests/core/net/support/GateFixture.h"
#include "tests/core/net/support/ReplyWatcher.h"
#include "tests/support/FakeProxyServer.h"

#include <QTest>

#include <memory>

using namespace sotto;
using sotto::test::FakeProxyServer;
using sotto::test::FakeResponse;
using sotto::test::GateFixture;
using sotto::test::ReplyWatcher;

Q_DECLARE_METATYPE(FakeProxyServer::Kind)

namespace {

const QString PROVIDER = QStringLiteral("provider.test"); // resolvable by nothing

} // namespace

class TestEgressProxy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<GateFixture>();
        QVERIFY(m_fixture->listen());
    }

    void cleanup() { m_fixture.reset(); }

    void throughTheProxy_data()
    {
        QTest::addColumn<FakeProxyServer::Kind>("kind");
        QTest::addRow("socks5h") << FakeProxyServer::Kind::Socks5;
        QTest::addRow("http CONNECT") << FakeProxyServer::Kind::HttpConnect;
    }

    void throughTheProxy()
    {
        QFETCH(FakeProxyServer::Kind, kind);
        FakeProxyServer proxy(kind);
        QVERIFY(proxy.listen());
        proxy.map(PROVIDER, QHostAddress(QHostAddress::LocalHost), m_fixture->server().port());
        setProxy(proxy.url());

        EgressRequest request = GateFixture::chatRequest(m_fixture->urlOn(PROVIDER));
        request.allowHttpToInternet = true; // plain http, so the test can read what arrived
        ReplyWatcher watcher(m_fixture->gate().send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        QVERIFY(!watcher.body().isEmpty());

        const QString target = PROVIDER + QLatin1Char(':') + QString::number(m_fixture->server().port());
        QCOMPARE(proxy.connectionCount(), 1);
        QCOMPARE(proxy.targets(), QStringList{target});
        if (kind == FakeProxyServer::Kind::Socks5)
            QCOMPARE(proxy.addressTypes(), QList{FakeProxyServer::AddressType::Name});
        QCOMPARE(m_fixture->resolver().lookups(), QStringList()); // the name was the proxy's to resolve

        QCOMPARE(m_fixture->server().requestCount(), 1);
        const AuditRecord record = m_fixture->journal().last();
        QCOMPARE(record.status, AuditStatus::Completed);
        QCOMPARE(record.proxy, proxy.url());
        QCOMPARE(record.host, PROVIDER);
        QCOMPARE(record.destination, Destination::Internet); // as its URL says: never resolved here
        // What the provider received, byte for byte; the handshake went to the proxy only.
        QCOMPARE(record.bodyBytes, m_fixture->server().request(0).bodyBytes());
        QCOMPARE(record.headerBytes, m_fixture->server().request(0).headerBytes);
        QVERIFY(proxy.handshakeBytes() > 0);
        QVERIFY(m_fixture->server().request(0).headerLines.contains("Host: " + target.toLatin1()));
    }

    void theProxysOwnNameIsLookedUpAndNothingElse()
    {
        FakeProxyServer proxy(FakeProxyServer::Kind::Socks5);
        QVERIFY(proxy.listen());
        proxy.map(PROVIDER, QHostAddress(QHostAddress::LocalHost), m_fixture->server().port());
        m_fixture->resolver().map(QStringLiteral("proxy.test"), {QStringLiteral("127.0.0.1")});
        setProxy(QStringLiteral("socks5h://proxy.test:%1").arg(proxy.port()));

        EgressRequest request = GateFixture::chatRequest(m_fixture->urlOn(PROVIDER));
        request.allowHttpToInternet = true;
        ReplyWatcher watcher(m_fixture->gate().send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        QCOMPARE(m_fixture->resolver().lookups(), QStringList{QStringLiteral("proxy.test")});
        QCOMPARE(m_fixture->journal().last().proxy,
                 QStringLiteral("socks5h://proxy.test:%1").arg(proxy.port()));
    }

    void aLoopbackDestinationGoesDirect()
    {
        FakeProxyServer proxy(FakeProxyServer::Kind::Socks5);
        QVERIFY(proxy.listen());
        setProxy(proxy.url());
        ReplyWatcher watcher(
            m_fixture->gate().send(GateFixture::chatRequest(m_fixture->urlOn(QStringLiteral("127.0.0.1")))));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        QCOMPARE(proxy.connectionCount(), 0);
        QCOMPARE(m_fixture->journal().last().proxy, QString());
    }

    void aProviderChoosesItsProxy()
    {
        FakeProxyServer global(FakeProxyServer::Kind::Socks5);
        FakeProxyServer own(FakeProxyServer::Kind::HttpConnect);
        QVERIFY(global.listen());
        QVERIFY(own.listen());
        own.map(PROVIDER, QHostAddress(QHostAddress::LocalHost), m_fixture->server().port());
        setProxy(global.url());
        m_fixture->resolver().map(QStringLiteral("remote.test"), {QStringLiteral("127.0.0.1")});

        // Its own proxy, instead of the global one.
        EgressRequest request = GateFixture::chatRequest(m_fixture->urlOn(PROVIDER));
        request.allowHttpToInternet = true;
        request.proxy = own.url();
        ReplyWatcher first(m_fixture->gate().send(request));
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.result().status, EgressResult::Status::Completed);
        QCOMPARE(own.connectionCount(), 1);
        QCOMPARE(global.connectionCount(), 0);
        QCOMPARE(m_fixture->journal().last().proxy, own.url());

        // Direct, although a global proxy is set: its name is looked up here.
        request = GateFixture::chatRequest(m_fixture->urlOn(QStringLiteral("remote.test")));
        request.allowHttpToInternet = true;
        request.proxy = QStringLiteral("direct");
        ReplyWatcher second(m_fixture->gate().send(request));
        QVERIFY(second.waitForFinished());
        QCOMPARE(second.result().status, EgressResult::Status::Completed);
        QCOMPARE(global.connectionCount(), 0);
        QCOMPARE(m_fixture->resolver().lookups(), QStringList{QStringLiteral("remote.test")});
        QCOMPARE(m_fixture->journal().last().proxy, QString());
    }

    void offlineJudgesTheDestinationNotTheProxy()
    {
        FakeProxyServer proxy(FakeProxyServer::Kind::Socks5);
        QVERIFY(proxy.listen());
        proxy.map(PROVIDER, QHostAddress(QHostAddress::LocalHost), m_fixture->server().port());
        EgressPolicy policy;
        policy.proxy = ProxySpec::parse(proxy.url()).value();
        policy.offline = true;
        m_fixture->gate().setPolicy(policy);

        EgressRequest request = GateFixture::chatRequest(m_fixture->urlOn(PROVIDER));
        request.allowHttpToInternet = true;
        request.url.setScheme(QStringLiteral("https"));
        ReplyWatcher watcher(m_fixture->gate().send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Blocked);
        QCOMPARE(watcher.result().policyReason, QStringLiteral("offline mode is on"));
        QCOMPARE(proxy.connectionCount(), 0);
        QCOMPARE(m_fixture->resolver().lookups(), QStringList());
        QCOMPARE(m_fixture->journal().last().status, AuditStatus::Blocked);
    }

    void offlineStopsARequestUnderWayThroughTheProxy()
    {
        FakeProxyServer proxy(FakeProxyServer::Kind::Socks5);
        QVERIFY(proxy.listen());
        proxy.map(PROVIDER, QHostAddress(QHostAddress::LocalHost), m_fixture->server().port());
        setProxy(proxy.url());
        m_fixture->server().enqueue(FakeResponse::neverAnswer());

        EgressRequest request = GateFixture::chatRequest(m_fixture->urlOn(PROVIDER));
        request.allowHttpToInternet = true;
        ReplyWatcher watcher(m_fixture->gate().send(request));
        QTRY_COMPARE(m_fixture->server().requestCount(), 1);

        EgressPolicy policy = m_fixture->gate().policy();
        policy.offline = true;
        m_fixture->gate().setPolicy(policy);
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Cancelled);
        QCOMPARE(watcher.result().policyReason, QStringLiteral("offline mode is on"));
        QTRY_COMPARE(m_fixture->journal().last().status, AuditStatus::Cancelled);
    }

    void plainHttpDoesNotCrossAnInternetProxy()
    {
        // A LAN server over plain http is allowed direct; through a proxy on the
        // internet the request would cross the internet unencrypted.
        setProxy(QStringLiteral("http://proxy.example:3128"));
        ReplyWatcher watcher(m_fixture->gate().send(
            GateFixture::chatRequest(m_fixture->urlOn(QStringLiteral("gpu-box.local")))));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Blocked);
        QCOMPARE(watcher.result().policyReason,
                 QStringLiteral("http-to-internet is denied for provider Fake"));
        QCOMPARE(m_fixture->resolver().lookups(), QStringList());
        QCOMPARE(m_fixture->journal().last().proxy, QStringLiteral("http://proxy.example:3128"));
    }

    void aFailingProxyIsNamed_data()
    {
        QTest::addColumn<FakeProxyServer::Kind>("kind");
        QTest::addColumn<int>("refusal");
        QTest::addColumn<bool>("mapped");
        QTest::addColumn<bool>("listening");
        QTest::addColumn<QString>("says");
        QTest::addColumn<EgressError>("error");
        QTest::addRow("socks5: connection refused") << FakeProxyServer::Kind::Socks5 << 5 << true << true
                                                    << "connection refused" << EgressError::Proxy;
        QTest::addRow("socks5: a name it cannot place") << FakeProxyServer::Kind::Socks5 << 0 << false << true
                                                        << "host unreachable" << EgressError::Proxy;
        QTest::addRow("http: 403") << FakeProxyServer::Kind::HttpConnect << 403 << true << true
                                   << "403 Forbidden" << EgressError::Proxy;
        QTest::addRow("not running") << FakeProxyServer::Kind::Socks5 << 0 << true << false
                                     << "refused the connection; is it running?" << EgressError::Proxy;
    }

    void aFailingProxyIsNamed()
    {
        QFETCH(FakeProxyServer::Kind, kind);
        QFETCH(int, refusal);
        QFETCH(bool, mapped);
        QFETCH(bool, listening);
        QFETCH(QString, says);
        QFETCH(EgressError, error);
        FakeProxyServer proxy(kind);
        QVERIFY(proxy.listen());
        const QString url = proxy.url();
        if (!listening)
            proxy.close(); // the port just freed: nothing listens there
        if (mapped)
            proxy.map(PROVIDER, QHostAddress(QHostAddress::LocalHost), m_fixture->server().port());
        proxy.refuseWith(refusal);
        setProxy(url);

        EgressRequest request = GateFixture::chatRequest(m_fixture->urlOn(PROVIDER));
        request.allowHttpToInternet = true;
        ReplyWatcher watcher(m_fixture->gate().send(request));
        QVERIFY(watcher.waitForFinished());
        const EgressResult result = watcher.result();
        QCOMPARE(result.status, EgressResult::Status::Failed);
        QCOMPARE(result.error, error);
        QVERIFY2(result.message.contains(url), qPrintable(result.message));
        QVERIFY2(result.message.contains(says), qPrintable(result.message));
        QCOMPARE(m_fixture->server().connectionCount(), 0);
        QCOMPARE(m_fixture->resolver().lookups(), QStringList());
        const AuditRecord record = m_fixture->journal().last();
        QCOMPARE(record.status, AuditStatus::Failed);
        QCOMPARE(record.proxy, url);
        QCOMPARE(record.error, result.message);
    }

private:
    void setProxy(const QString &url)
    {
        EgressPolicy policy;
        auto spec = ProxySpec::parse(url);
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error()));
        policy.proxy = *spec;
        m_fixture->gate().setPolicy(policy);
    }

    std::unique_ptr<GateFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestEgressProxy)
#include "TestEgressProxy.moc"
