// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The egress rules as a table: which setting refuses which request, in what order,
// and which refusals are decided without looking the name up (a DNS query is
// itself traffic).
#include "core/net/EgressPolicy.h"
#include "core/net/EgressRequest.h"

#include <QTest>

using sotto::AskBeforeSend;
using sotto::Destination;
using sotto::EgressPolicy;
using sotto::EgressRequest;

namespace {

EgressRequest requestTo(const QString &url)
{
    EgressRequest request;
    request.provider = QStringLiteral("Acme");
    request.url = QUrl(url);
    return request;
}

} // namespace

class TestEgressPolicy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusal_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Destination>("destination");
        QTest::addColumn<bool>("offline");
        QTest::addColumn<bool>("localOnly");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("httpOverride");
        QTest::addColumn<QString>("reason");

        const QString none;
        const QString offline = QStringLiteral("offline mode is on");
        const QString localOnly = QStringLiteral("conversation is local-only");
        const QString disabled = QStringLiteral("provider Acme is disabled");
        const QString httpDenied = QStringLiteral("http-to-internet is denied for provider Acme");

        QTest::addRow("https internet allowed") << "https://api.example.com/v1" << Destination::Internet
                                                << false << false << true << false << none;
        QTest::addRow("http loopback allowed")
            << "http://localhost:11434" << Destination::Loopback << false << false << true << false << none;
        QTest::addRow("http lan allowed")
            << "http://gpu.local:8080/v1" << Destination::Lan << false << false << true << false << none;
        QTest::addRow("http internet denied") << "http://api.example.com/v1" << Destination::Internet << false
                                              << false << true << false << httpDenied;
        QTest::addRow("http internet with override")
            << "http://api.example.com/v1" << Destination::Internet << false << false << true << true << none;
        QTest::addRow("offline refuses lan")
            << "http://gpu.local:8080" << Destination::Lan << true << false << true << false << offline;
        QTest::addRow("offline refuses internet") << "https://api.example.com" << Destination::Internet
                                                  << true << false << true << false << offline;
        QTest::addRow("offline lets loopback through")
            << "http://127.0.0.1:8080" << Destination::Loopback << true << false << true << false << none;
        QTest::addRow("local-only refuses lan")
            << "http://gpu.local:8080" << Destination::Lan << false << true << true << false << localOnly;
        QTest::addRow("local-only lets loopback through")
            << "http://[::1]:8080" << Destination::Loopback << false << true << true << false << none;
        QTest::addRow("disabled wins over everything") << "http://api.example.com" << Destination::Internet
                                                       << true << true << false << false << disabled;
        QTest::addRow("disabled even for loopback")
            << "http://127.0.0.1" << Destination::Loopback << false << false << false << false << disabled;
        QTest::addRow("offline named before local-only")
            << "https://api.example.com" << Destination::Internet << true << true << true << false << offline;
        QTest::addRow("local-only named before http") << "http://api.example.com" << Destination::Internet
                                                      << false << true << true << false << localOnly;
    }

    void refusal()
    {
        QFETCH(QString, url);
        QFETCH(Destination, destination);
        QFETCH(bool, offline);
        QFETCH(bool, localOnly);
        QFETCH(bool, enabled);
        QFETCH(bool, httpOverride);
        QFETCH(QString, reason);

        EgressPolicy policy;
        policy.offline = offline;
        EgressRequest request = requestTo(url);
        request.localOnly = localOnly;
        request.providerEnabled = enabled;
        request.allowHttpToInternet = httpOverride;
        QCOMPARE(policy.refusal(request, destination), reason);
    }

    void refusalBeforeLookup_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("offline");
        QTest::addColumn<bool>("localOnly");
        QTest::addColumn<QString>("reason");

        const QString none;
        const QString offline = QStringLiteral("offline mode is on");
        const QString localOnly = QStringLiteral("conversation is local-only");

        // Names other than localhost are refused unresolved: the lookup would leak them.
        QTest::addRow("offline, public name") << "https://api.example.com" << true << false << offline;
        QTest::addRow("offline, lan name") << "http://gpu.local" << true << false << offline;
        QTest::addRow("offline, localhost resolves") << "http://localhost:11434" << true << false << none;
        QTest::addRow("offline, x.localhost resolves") << "http://api.localhost:1" << true << false << none;
        QTest::addRow("offline, loopback literal") << "http://127.0.0.2:8080" << true << false << none;
        QTest::addRow("offline, ::1 literal") << "http://[::1]:8080" << true << false << none;
        QTest::addRow("offline, lan literal") << "http://192.168.1.20:8080" << true << false << offline;
        QTest::addRow("offline, mapped loopback literal")
            << "http://[::ffff:127.0.0.1]:8080" << true << false << none;
        QTest::addRow("local-only, public name") << "https://api.example.com" << false << true << localOnly;
        QTest::addRow("local-only, localhost") << "http://localhost" << false << true << none;
        QTest::addRow("public literal over http")
            << "http://8.8.8.8/v1" << false << false
            << QStringLiteral("http-to-internet is denied for provider Acme");
        QTest::addRow("public name over http needs the lookup")
            << "http://api.example.com" << false << false << none;
        QTest::addRow("online, any name goes on") << "https://api.example.com" << false << false << none;
    }

    void refusalBeforeLookup()
    {
        QFETCH(QString, url);
        QFETCH(bool, offline);
        QFETCH(bool, localOnly);
        QFETCH(QString, reason);

        EgressPolicy policy;
        policy.offline = offline;
        EgressRequest request = requestTo(url);
        request.localOnly = localOnly;
        QCOMPARE(policy.refusalBeforeLookup(request), reason);
    }

    void disabledProviderRefusedBeforeLookup()
    {
        EgressRequest request = requestTo(QStringLiteral("https://api.example.com"));
        request.providerEnabled = false;
        QCOMPARE(EgressPolicy().refusalBeforeLookup(request), QStringLiteral("provider Acme is disabled"));
    }

    void askBeforeSend_data()
    {
        QTest::addColumn<AskBeforeSend>("mode");
        QTest::addColumn<bool>("approvedBefore");
        QTest::addColumn<bool>("mustAsk");

        QTest::addRow("never") << AskBeforeSend::Never << false << false;
        QTest::addRow("first, not yet approved") << AskBeforeSend::FirstTimePerProvider << false << true;
        QTest::addRow("first, approved") << AskBeforeSend::FirstTimePerProvider << true << false;
        QTest::addRow("always, new turn") << AskBeforeSend::Always << false << true;
        QTest::addRow("always, same turn approved") << AskBeforeSend::Always << true << false;
    }

    void askBeforeSend()
    {
        QFETCH(AskBeforeSend, mode);
        QFETCH(bool, approvedBefore);
        QFETCH(bool, mustAsk);
        EgressPolicy policy;
        policy.askBeforeSend = mode;
        const QString origin = EgressPolicy::askExemptKey(QStringLiteral("work"),
                                                          QUrl(QStringLiteral("https://api.example.com/v1")));
        QCOMPARE(origin, QStringLiteral("work\nhttps://api.example.com:443"));
        QCOMPARE(policy.mustAsk(approvedBefore, origin), mustAsk);
        // "Don't ask again for this provider" at that address: never asked, whatever the mode.
        QVERIFY(policy.exemptFromAsking(origin));
        QVERIFY(!policy.exemptFromAsking(origin)); // once
        QVERIFY(!policy.mustAsk(approvedBefore, origin));
        const QString moved = EgressPolicy::askExemptKey(
            QStringLiteral("work"), QUrl(QStringLiteral("https://api.example.com:8443/v1")));
        QCOMPARE(policy.mustAsk(approvedBefore, moved), mustAsk);
    }

    void askBeforeSendNames()
    {
        for (AskBeforeSend mode :
             {AskBeforeSend::Never, AskBeforeSend::FirstTimePerProvider, AskBeforeSend::Always})
            QCOMPARE(sotto::askBeforeSendFromString(sotto::askBeforeSendName(mode)), mode);
        QCOMPARE(sotto::askBeforeSendName(AskBeforeSend::FirstTimePerProvider), QStringLiteral("first"));
        QCOMPARE(sotto::askBeforeSendFromString(QStringLiteral("ALWAYS")), AskBeforeSend::Always);
        QVERIFY(!sotto::askBeforeSendFromString(QStringLiteral("sometimes")).has_value());
    }

    void theProxyIsTheProvidersElseTheGlobalOneNeverForLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("own");
        QTest::addColumn<QString>("expected"); // "!" for an error
        const QString remote = QStringLiteral("https://api.example.com/v1");
        QTest::addRow("the global one") << remote << ""
                                        << "socks5h://127.0.0.1:9050";
        QTest::addRow("its own") << remote << "http://10.0.0.1:3128"
                                 << "http://10.0.0.1:3128";
        QTest::addRow("direct") << remote << "direct"
                                << "";
        QTest::addRow("a bad one") << remote << "socks5://127.0.0.1:1080"
                                   << "!";
        QTest::addRow("loopback goes direct") << "http://127.0.0.1:11434"
                                              << "http://10.0.0.1:3128"
                                              << "";
        QTest::addRow("localhost goes direct") << "http://localhost:8080/v1"
                                               << ""
                                               << "";
        QTest::addRow("a LAN server does not") << "http://192.168.1.20:8080/v1"
                                               << ""
                                               << "socks5h://127.0.0.1:9050";
    }

    void theProxyIsTheProvidersElseTheGlobalOneNeverForLoopback()
    {
        QFETCH(QString, url);
        QFETCH(QString, own);
        QFETCH(QString, expected);
        EgressPolicy policy;
        policy.proxy = sotto::ProxySpec::parse(QStringLiteral("socks5h://127.0.0.1:9050")).value();
        EgressRequest request;
        request.url = QUrl(url);
        request.proxy = own;
        const auto proxy = policy.proxyFor(request);
        if (expected == QLatin1String("!")) {
            QVERIFY(!proxy);
            return;
        }
        QVERIFY(proxy);
        QCOMPARE(*proxy ? (*proxy)->toString() : QString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestEgressPolicy)
#include "TestEgressPolicy.moc"
