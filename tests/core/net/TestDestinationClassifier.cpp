// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The classification table of DESIGN.md invariant 6, edges included: what a user
// sees as "local", "lan" or "internet" in the audit, and what offline mode lets out.
#include "core/types/DestinationClassifier.h"

#include <QHostAddress>
#include <QTest>
#include <QUrl>

using sotto::Destination;
using sotto::DestinationClassifier;

class TestDestinationClassifier final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void address_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<Destination>("expected");

        QTest::addRow("127.0.0.1") << QStringLiteral("127.0.0.1") << Destination::Loopback;
        QTest::addRow("127.255.255.254") << QStringLiteral("127.255.255.254") << Destination::Loopback;
        QTest::addRow("127.0.0.0") << QStringLiteral("127.0.0.0") << Destination::Loopback;
        QTest::addRow("128.0.0.1") << QStringLiteral("128.0.0.1") << Destination::Internet;
        QTest::addRow("126.255.255.255") << QStringLiteral("126.255.255.255") << Destination::Internet;
        QTest::addRow("::1") << QStringLiteral("::1") << Destination::Loopback;
        QTest::addRow("::ffff:127.0.0.1") << QStringLiteral("::ffff:127.0.0.1") << Destination::Loopback;
        QTest::addRow("::ffff:192.168.1.20") << QStringLiteral("::ffff:192.168.1.20") << Destination::Lan;
        QTest::addRow("::ffff:8.8.8.8") << QStringLiteral("::ffff:8.8.8.8") << Destination::Internet;
        QTest::addRow("::2") << QStringLiteral("::2") << Destination::Internet;
        QTest::addRow("::") << QStringLiteral("::") << Destination::Internet;
        QTest::addRow("0.0.0.0") << QStringLiteral("0.0.0.0") << Destination::Internet;
        QTest::addRow("10.0.0.0") << QStringLiteral("10.0.0.0") << Destination::Lan;
        QTest::addRow("10.255.255.255") << QStringLiteral("10.255.255.255") << Destination::Lan;
        QTest::addRow("9.255.255.255") << QStringLiteral("9.255.255.255") << Destination::Internet;
        QTest::addRow("11.0.0.0") << QStringLiteral("11.0.0.0") << Destination::Internet;
        QTest::addRow("172.15.255.255") << QStringLiteral("172.15.255.255") << Destination::Internet;
        QTest::addRow("172.16.0.0") << QStringLiteral("172.16.0.0") << Destination::Lan;
        QTest::addRow("172.31.255.255") << QStringLiteral("172.31.255.255") << Destination::Lan;
        QTest::addRow("172.32.0.0") << QStringLiteral("172.32.0.0") << Destination::Internet;
        QTest::addRow("192.168.0.0") << QStringLiteral("192.168.0.0") << Destination::Lan;
        QTest::addRow("192.168.255.255") << QStringLiteral("192.168.255.255") << Destination::Lan;
        QTest::addRow("192.167.255.255") << QStringLiteral("192.167.255.255") << Destination::Internet;
        QTest::addRow("192.169.0.0") << QStringLiteral("192.169.0.0") << Destination::Internet;
        QTest::addRow("169.254.0.1") << QStringLiteral("169.254.0.1") << Destination::Lan;
        QTest::addRow("169.254.255.255") << QStringLiteral("169.254.255.255") << Destination::Lan;
        QTest::addRow("169.253.255.255") << QStringLiteral("169.253.255.255") << Destination::Internet;
        QTest::addRow("169.255.0.0") << QStringLiteral("169.255.0.0") << Destination::Internet;
        QTest::addRow("100.64.0.1 (CGNAT)") << QStringLiteral("100.64.0.1") << Destination::Internet;
        QTest::addRow("100.127.255.254 (CGNAT)")
            << QStringLiteral("100.127.255.254") << Destination::Internet;
        QTest::addRow("8.8.8.8") << QStringLiteral("8.8.8.8") << Destination::Internet;
        QTest::addRow("224.0.0.1 (multicast)") << QStringLiteral("224.0.0.1") << Destination::Internet;
        QTest::addRow("255.255.255.255") << QStringLiteral("255.255.255.255") << Destination::Internet;
        QTest::addRow("fc00::1") << QStringLiteral("fc00::1") << Destination::Lan;
        QTest::addRow("fdff:ffff::1") << QStringLiteral("fdff:ffff::1") << Destination::Lan;
        QTest::addRow("fbff::1") << QStringLiteral("fbff::1") << Destination::Internet;
        QTest::addRow("fe00::1") << QStringLiteral("fe00::1") << Destination::Internet;
        QTest::addRow("fe80::1") << QStringLiteral("fe80::1") << Destination::Lan;
        QTest::newRow("fe80::1%lo") << QStringLiteral("fe80::1%lo") << Destination::Lan;
        QTest::addRow("febf:ffff::1") << QStringLiteral("febf:ffff::1") << Destination::Lan;
        QTest::addRow("fec0::1 (site-local)") << QStringLiteral("fec0::1") << Destination::Internet;
        QTest::addRow("2001:db8::1") << QStringLiteral("2001:db8::1") << Destination::Internet;
        QTest::addRow("64:ff9b::7f00:1 (NAT64)")
            << QStringLiteral("64:ff9b::7f00:1") << Destination::Internet;
        QTest::addRow("ff02::1 (multicast)") << QStringLiteral("ff02::1") << Destination::Internet;
    }

    void address()
    {
        QFETCH(QString, address);
        QFETCH(Destination, expected);
        const QHostAddress parsed(address);
        QVERIFY2(!parsed.isNull(), qPrintable(address));
        QCOMPARE(DestinationClassifier::classify(parsed), expected);
    }

    void mostExternalAddressWins_data()
    {
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<Destination>("expected");

        QTest::addRow("all loopback")
            << QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1")} << Destination::Loopback;
        QTest::addRow("loopback and lan")
            << QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("10.1.2.3")} << Destination::Lan;
        QTest::addRow("public among them")
            << QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("192.168.1.2"),
                           QStringLiteral("1.1.1.1")}
            << Destination::Internet;
        QTest::addRow("public first")
            << QStringList{QStringLiteral("2001:db8::1"), QStringLiteral("::1")} << Destination::Internet;
        QTest::addRow("none") << QStringList{} << Destination::Internet;
    }

    void mostExternalAddressWins()
    {
        QFETCH(QStringList, addresses);
        QFETCH(Destination, expected);
        QList<QHostAddress> parsed;
        for (const QString &address : addresses)
            parsed.append(QHostAddress(address));
        QCOMPARE(DestinationClassifier::classify(parsed), expected);
    }

    void names_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopbackName");
        QTest::addColumn<Destination>("floor");

        QTest::addRow("localhost") << QStringLiteral("localhost") << true << Destination::Loopback;
        QTest::addRow("LocalHost.") << QStringLiteral("LocalHost.") << true << Destination::Loopback;
        QTest::addRow("api.localhost") << QStringLiteral("api.localhost") << true << Destination::Loopback;
        QTest::addRow("localhost.example.com")
            << QStringLiteral("localhost.example.com") << false << Destination::Loopback;
        QTest::addRow("notlocalhost") << QStringLiteral("notlocalhost") << false << Destination::Loopback;
        QTest::addRow("printer.local") << QStringLiteral("printer.local") << false << Destination::Lan;
        QTest::addRow("GPU-BOX.LOCAL.") << QStringLiteral("GPU-BOX.LOCAL.") << false << Destination::Lan;
        QTest::addRow("api.openai.com") << QStringLiteral("api.openai.com") << false << Destination::Loopback;
        QTest::addRow("local.example.com")
            << QStringLiteral("local.example.com") << false << Destination::Loopback;
    }

    void names()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopbackName);
        QFETCH(Destination, floor);
        QCOMPARE(DestinationClassifier::isLoopbackName(host), loopbackName);
        QCOMPARE(DestinationClassifier::floorForName(host), floor);
    }

    void fromTheUrlAlone_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Destination>("expected");

        QTest::addRow("loopback literal") << "http://127.0.0.1:11434" << Destination::Loopback;
        QTest::addRow("IPv6 loopback literal") << "http://[::1]:8080/v1" << Destination::Loopback;
        QTest::addRow("LAN literal") << "http://192.168.1.20:8080" << Destination::Lan;
        QTest::addRow("IPv6 unique local") << "http://[fd00::5]/v1" << Destination::Lan;
        QTest::addRow("public literal") << "https://8.8.8.8/v1" << Destination::Internet;
        QTest::addRow("localhost") << "http://localhost:11434" << Destination::Loopback;
        QTest::addRow("a .localhost name") << "http://ollama.localhost:11434" << Destination::Loopback;
        QTest::addRow("a .local name") << "http://gpu-box.local:8080" << Destination::Lan;
        QTest::addRow("any other name") << "https://api.openai.com/v1" << Destination::Internet;
        QTest::addRow("a name that only looks local")
            << "http://localhost.example.com" << Destination::Internet;
        QTest::addRow("no host") << "file:///tmp/x" << Destination::Internet;
    }

    void fromTheUrlAlone()
    {
        QFETCH(QString, url);
        QFETCH(Destination, expected);
        QCOMPARE(DestinationClassifier::classifyUrl(QUrl(url)), expected);
    }

    void moreExternal()
    {
        QCOMPARE(DestinationClassifier::moreExternal(Destination::Loopback, Destination::Lan),
                 Destination::Lan);
        QCOMPARE(DestinationClassifier::moreExternal(Destination::Internet, Destination::Lan),
                 Destination::Internet);
        QCOMPARE(DestinationClassifier::moreExternal(Destination::Loopback, Destination::Loopback),
                 Destination::Loopback);
    }
};

QTEST_GUILESS_MAIN(TestDestinationClassifier)
#include "TestDestinationClassifier.moc"
