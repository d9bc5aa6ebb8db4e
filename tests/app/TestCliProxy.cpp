// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The proxy from the command line (issue 15 point 5, DESIGN.md "Command line"):
// `policy set proxy URL|off` and `providers add … --proxy URL` round-trip, a bad URL
// is a usage error (2) that says why, `ask` goes through the proxy (a real SOCKS5
// server in this process that saw the provider's name unresolved) and `audit --json`
// names it; HTTPS_PROXY/ALL_PROXY are not used, and the CLI says so once on stderr.
#include "core/types/ProviderConfig.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/FakeProxyServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

class TestCliProxy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_env = m_profile->environment();
        m_env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("proxy test passphrase"));
        for (const char *name :
             {"HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "HTTP_PROXY", "http_proxy"})
            m_env.remove(QString::fromLatin1(name));
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup() { m_server.reset(); }

    void policySetProxyRoundTrips()
    {
        ProcessResult r = policy(
            {QStringLiteral("set"), QStringLiteral("proxy"), QStringLiteral("socks5://127.0.0.1:9050")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("socks5h://"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);

        r = policy(
            {QStringLiteral("set"), QStringLiteral("proxy"), QStringLiteral("SOCKS5H://127.0.0.1:9050/")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("socks5h://127.0.0.1:9050"), r.out.constData());
        QCOMPARE(shownPolicy().value(QStringLiteral("proxy")).toString(),
                 QStringLiteral("socks5h://127.0.0.1:9050"));
        QVERIFY(policy({QStringLiteral("show")}).out.contains("proxy socks5h://127.0.0.1:9050\n"));

        QCOMPARE(policy({QStringLiteral("set"), QStringLiteral("proxy"), QStringLiteral("off")}).exitCode, 0);
        QCOMPARE(shownPolicy().value(QStringLiteral("proxy")).toString(), QStringLiteral("off"));
    }

    void aProvidersProxyIsUsedAndAudited()
    {
        FakeProxyServer proxy(FakeProxyServer::Kind::Socks5);
        QVERIFY(proxy.listen());
        proxy.map(QStringLiteral("provider.test"), QHostAddress(QHostAddress::LocalHost), m_server->port());
        QUrl base = m_server->apiRoot(Api::OpenAi);
        base.setHost(QStringLiteral("provider.test"));

        QStringList add{QStringLiteral("providers"),
                        QStringLiteral("add"),
                        QStringLiteral("tunnelled"),
                        QStringLiteral("--api"),
                        QStringLiteral("openai"),
                        QStringLiteral("--base-url"),
                        base.toString(),
                        QStringLiteral("--model"),
                        QStringLiteral("fake-model"),
                        QStringLiteral("--no-api-key"),
                        QStringLiteral("--allow-http-to-internet"),
                        QStringLiteral("--proxy")};
        ProcessResult r = runSotto(add + QStringList{QStringLiteral("http://user:pw@127.0.0.1:1")}, m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("user name or password"), r.err.constData());

        QCOMPARE(runSotto(add + QStringList{proxy.url()}, m_env).exitCode, 0);
        QCOMPARE(providerProxy(), proxy.url());

        r = runSottoServing({QStringLiteral("ask"), QStringLiteral("--provider"), QStringLiteral("tunnelled"),
                             QStringLiteral("hello")},
                            m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Every request the provider received came through the proxy, named, never resolved here.
        QVERIFY(m_server->requestCount() >= 1);
        QCOMPARE(proxy.targets().size(), m_server->requestCount());
        for (const QString &target : proxy.targets())
            QCOMPARE(target, QStringLiteral("provider.test:%1").arg(m_server->port()));
        for (const FakeProxyServer::AddressType type : proxy.addressTypes())
            QCOMPARE(type, FakeProxyServer::AddressType::Name);

        r = runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env);
        const QJsonArray records = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(records.size(), m_server->requestCount());
        for (const QJsonValue &record : records) {
            QCOMPARE(record.toObject().value(QStringLiteral("proxy")).toString(), proxy.url());
            QCOMPARE(record.toObject().value(QStringLiteral("host")).toString(),
                     QStringLiteral("provider.test"));
        }

        // Direct, then back to the global one.
        QCOMPARE(policy({QStringLiteral("set"), QStringLiteral("proxy"), QStringLiteral("direct"),
                         QStringLiteral("--provider"), QStringLiteral("tunnelled")})
                     .exitCode,
                 0);
        QCOMPARE(providerProxy(), QStringLiteral("direct"));
        QCOMPARE(policy({QStringLiteral("set"), QStringLiteral("proxy"), QStringLiteral("default"),
                         QStringLiteral("--provider"), QStringLiteral("tunnelled")})
                     .exitCode,
                 0);
        QCOMPARE(providerProxy(), QStringLiteral("default"));
    }

    void theEnvironmentsProxyIsNotUsedAndSaidSoOnce()
    {
        m_env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://user:hunter2@127.0.0.1:1"));
        m_env.insert(QStringLiteral("all_proxy"), QStringLiteral("socks5h://127.0.0.1:1"));
        const QStringList ask{QStringLiteral("ask"),
                              QStringLiteral("--api"),
                              QStringLiteral("openai"),
                              QStringLiteral("--base-url"),
                              m_server->apiRoot(Api::OpenAi).toString(),
                              QStringLiteral("--model"),
                              QStringLiteral("fake-model"),
                              QStringLiteral("hello")};
        ProcessResult r = runSottoServing(ask, m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err.count("does not use"), 1);
        QVERIFY2(r.err.contains("HTTPS_PROXY, all_proxy"), r.err.constData());
        QVERIFY(r.err.contains("sotto policy set proxy"));
        QVERIFY(!r.err.contains("hunter2")); // the variable's value is never shown
        QVERIFY(m_server->requestCount() >= 1); // direct, as said

        // With a proxy configured there is nothing to say (the loopback server goes direct).
        QCOMPARE(
            policy({QStringLiteral("set"), QStringLiteral("proxy"), QStringLiteral("http://127.0.0.1:1")})
                .exitCode,
            0);
        r = runSottoServing(ask, m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.err.contains("does not use"), r.err.constData());
    }

private:
    ProcessResult policy(const QStringList &arguments)
    {
        return runSotto(QStringList{QStringLiteral("policy")} + arguments, m_env);
    }

    QJsonObject shownPolicy()
    {
        return QJsonDocument::fromJson(policy({QStringLiteral("show"), QStringLiteral("--json")}).out)
            .object();
    }

    QString providerProxy()
    {
        const ProcessResult r = runSotto(
            {QStringLiteral("providers"), QStringLiteral("list"), QStringLiteral("--json")}, m_env);
        return QJsonDocument::fromJson(r.out)
            .array()
            .first()
            .toObject()
            .value(QStringLiteral("proxy"))
            .toString();
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestCliProxy)
#include "TestCliProxy.moc"
