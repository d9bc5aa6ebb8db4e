// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Proxy URLs (http:// CONNECT, socks5h://) and the tunnel's opening bytes, byte for
// byte, fed whole and one byte at a time; a socks5h CONNECT carries the target's
// name unresolved.
#include "core/net/ProxyHandshake.h"
#include "core/net/ProxySpec.h"

#include <QTest>

using namespace sotto;

namespace {

/// Feeds `data` one byte at a time.
void trickle(ProxyHandshake &handshake, const QByteArray &data)
{
    for (char byte : data)
        handshake.feed(QByteArray(1, byte));
}

} // namespace

class TestProxyHandshake final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("shown");
        QTest::addRow("http") << "http://127.0.0.1:3128" << true << "http://127.0.0.1:3128";
        QTest::addRow("socks5h, Tor") << "socks5h://127.0.0.1:9050" << true << "socks5h://127.0.0.1:9050";
        QTest::addRow("a name, upper case")
            << "HTTP://Proxy.Example:8080/" << true << "http://proxy.example:8080";
        QTest::addRow("IPv6") << "socks5h://[::1]:1080" << true << "socks5h://[::1]:1080";
        QTest::addRow("socks5 resolves locally") << "socks5://127.0.0.1:9050" << false << "";
        QTest::addRow("https proxy") << "https://proxy.example:443" << false << "";
        QTest::addRow("no port") << "http://proxy.example" << false << "";
        QTest::addRow("credentials") << "http://user:secret@proxy.example:8080" << false << "";
        QTest::addRow("a path") << "http://proxy.example:8080/x" << false << "";
        QTest::addRow("not a URL") << "proxy" << false << "";
    }

    void parse()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QFETCH(QString, shown);
        const auto spec = ProxySpec::parse(url);
        QCOMPARE(bool(spec), valid);
        if (valid)
            QCOMPARE(spec->toString(), shown);
        else
            QVERIFY(!spec.error().isEmpty());
    }

    void httpConnect_data()
    {
        QTest::addColumn<bool>("trickled");
        QTest::addRow("whole") << false;
        QTest::addRow("byte by byte") << true;
    }

    void httpConnect()
    {
        QFETCH(bool, trickled);
        ProxyHandshake handshake(ProxySpec::Kind::HttpConnect, QStringLiteral("api.example.com"), 443);
        QCOMPARE(handshake.takeOutgoing(),
                 QByteArray("CONNECT api.example.com:443 HTTP/1.1\r\nHost: api.example.com:443\r\n\r\n"));
        QCOMPARE(handshake.takeOutgoing(), QByteArray());
        const QByteArray answer = "HTTP/1.1 200 Connection established\r\nVia: test\r\n\r\n\x16\x03\x01";
        if (trickled)
            trickle(handshake, answer);
        else
            handshake.feed(answer);
        QVERIFY(handshake.isEstablished());
        QCOMPARE(handshake.takeLeftover(), QByteArray("\x16\x03\x01"));
    }

    void httpConnectRefused()
    {
        ProxyHandshake handshake(ProxySpec::Kind::HttpConnect, QStringLiteral("::1"), 8080);
        QCOMPARE(handshake.takeOutgoing(),
                 QByteArray("CONNECT [::1]:8080 HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n"));
        handshake.feed("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n");
        QVERIFY(handshake.hasFailed());
        QVERIFY2(handshake.error().contains(QStringLiteral("407 Proxy Authentication Required")),
                 qPrintable(handshake.error()));
    }

    void theProxysWordsArePrintableOnly()
    {
        ProxyHandshake handshake(ProxySpec::Kind::HttpConnect, QStringLiteral("a.example"), 443);
        handshake.feed("HTTP/1.1 502 Bad\x1b[31m Gateway\x07\r\n\r\n");
        QVERIFY(handshake.hasFailed());
        QVERIFY2(!handshake.error().contains(QLatin1Char('\x1b')), qPrintable(handshake.error()));
        QVERIFY2(handshake.error().contains(QStringLiteral("502 Bad [31m Gateway")),
                 qPrintable(handshake.error()));
    }

    void aNameTooLongForSocksFailsAtOnce()
    {
        // Six labels of 60 characters: a valid name, but longer than SOCKS5's 255 bytes.
        const QString label(60, QLatin1Char('a'));
        ProxyHandshake handshake(ProxySpec::Kind::Socks5h, QStringList(6, label).join(QLatin1Char('.')), 443);
        QVERIFY(handshake.hasFailed());
        QCOMPARE(handshake.takeOutgoing(), QByteArray()); // nothing is sent, not even the greeting
    }

    void httpAnswerIsBounded()
    {
        ProxyHandshake handshake(ProxySpec::Kind::HttpConnect, QStringLiteral("a.example"), 80);
        handshake.feed("HTTP/1.1 200 OK\r\nX: " + QByteArray(ProxyHandshake::MAX_HTTP_HEAD_BYTES, 'x'));
        QVERIFY(handshake.hasFailed());
    }

    void socks5hSendsTheNameUnresolved_data()
    {
        QTest::addColumn<bool>("trickled");
        QTest::addRow("whole") << false;
        QTest::addRow("byte by byte") << true;
    }

    void socks5hSendsTheNameUnresolved()
    {
        QFETCH(bool, trickled);
        ProxyHandshake handshake(ProxySpec::Kind::Socks5h, QStringLiteral("api.example.com"), 443);
        QCOMPARE(handshake.takeOutgoing(), QByteArray("\x05\x01\x00", 3));
        const QByteArray method("\x05\x00", 2);
        if (trickled)
            trickle(handshake, method);
        else
            handshake.feed(method);
        QCOMPARE(handshake.takeOutgoing(),
                 QByteArray("\x05\x01\x00\x03\x0f", 5) + "api.example.com" + QByteArray("\x01\xbb", 2));
        // Bound to an IPv4 address, then the first bytes of the stream.
        const QByteArray reply = QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x12\x34", 10) + "HTTP";
        if (trickled)
            trickle(handshake, reply);
        else
            handshake.feed(reply);
        QVERIFY(handshake.isEstablished());
        QCOMPARE(handshake.takeLeftover(), QByteArray("HTTP"));
    }

    void socks5ByAddressForALiteral()
    {
        ProxyHandshake handshake(ProxySpec::Kind::Socks5h, QStringLiteral("192.168.1.20"), 8080);
        (void)handshake.takeOutgoing();
        handshake.feed(QByteArray("\x05\x00", 2));
        QCOMPARE(handshake.takeOutgoing(), QByteArray("\x05\x01\x00\x01\xc0\xa8\x01\x14\x1f\x90", 10));
        // A reply bound to a domain name.
        handshake.feed(QByteArray("\x05\x00\x00\x03\x03", 5) + "box" + QByteArray("\x00\x50", 2));
        QVERIFY(handshake.isEstablished());
        QCOMPARE(handshake.takeLeftover(), QByteArray());
    }

    void socks5Refusals_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("error");
        QTest::addRow("wants a login") << QByteArray("\x05\x02", 2) << QByteArray() << "wants a login";
        QTest::addRow("no acceptable method") << QByteArray("\x05\xff", 2) << QByteArray() << "wants a login";
        QTest::addRow("not SOCKS5") << QByteArray("HT", 2) << QByteArray() << "does not speak SOCKS5";
        QTest::addRow("host unreachable")
            << QByteArray("\x05\x00", 2) << QByteArray("\x05\x04\x00\x01\x00\x00\x00\x00\x00\x00", 10)
            << "host unreachable";
        QTest::addRow("refused") << QByteArray("\x05\x00", 2)
                                 << QByteArray("\x05\x05\x00\x01\x00\x00\x00\x00\x00\x00", 10)
                                 << "connection refused";
    }

    void socks5Refusals()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, reply);
        QFETCH(QString, error);
        ProxyHandshake handshake(ProxySpec::Kind::Socks5h, QStringLiteral("api.example.com"), 443);
        (void)handshake.takeOutgoing();
        handshake.feed(method);
        handshake.feed(reply);
        QVERIFY(handshake.hasFailed());
        QVERIFY2(handshake.error().contains(error), qPrintable(handshake.error()));
        QCOMPARE(handshake.takeLeftover(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestProxyHandshake)
#include "TestProxyHandshake.moc"
