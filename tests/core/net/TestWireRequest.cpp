// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The wire form of a request: every header field, neutral, in its final order —
// what the audit records is what the gate writes.
#include "core/net/WireRequest.h"

#include "core/common/Version.h"

#include <QTest>

using sotto::EgressRequest;
using sotto::HttpHeaders;
using sotto::WireRequest;

namespace {

EgressRequest post(const QString &url, const QByteArray &body)
{
    EgressRequest request;
    request.method = "POST";
    request.url = QUrl(url);
    request.headers = {{"Authorization", "Bearer sk-abcdefghijklmnopqrstuvwxyz9f2a"},
                       {"Content-Type", "application/json"}};
    request.body = body;
    return request;
}

} // namespace

class TestWireRequest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void postLaysOutEveryHeaderInOrder()
    {
        const auto wire = WireRequest::build(
            post(QStringLiteral("https://api.openai.com/v1/chat/completions"), R"({"model":"m"})"));
        QVERIFY(wire.has_value());
        const QByteArray agent = QByteArray("Sotto/") + sotto::VERSION;
        const HttpHeaders expected = {
            {"Host", "api.openai.com"},
            {"User-Agent", agent},
            {"Authorization", "Bearer sk-abcdefghijklmnopqrstuvwxyz9f2a"},
            {"Content-Type", "application/json"},
            {"Accept-Encoding", "identity"},
            {"Connection", "close"},
            {"Content-Length", "13"},
        };
        QCOMPARE(wire->headers(), expected);
        QCOMPARE(wire->method(), QByteArray("POST"));
        QCOMPARE(wire->target(), QByteArray("/v1/chat/completions"));
        QCOMPARE(wire->bodyBytes(), 13);
        const QByteArray block = "POST /v1/chat/completions HTTP/1.1\r\n"
                                 "Host: api.openai.com\r\n"
                                 "User-Agent: "
            + agent
            + "\r\n"
              "Authorization: Bearer sk-abcdefghijklmnopqrstuvwxyz9f2a\r\n"
              "Content-Type: application/json\r\n"
              "Accept-Encoding: identity\r\n"
              "Connection: close\r\n"
              "Content-Length: 13\r\n"
              "\r\n";
        QCOMPARE(wire->headerBlock(), block);
        QCOMPARE(wire->headerBytes(), block.size());
    }

    void getHasNoContentLength()
    {
        EgressRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:11434/api/tags"));
        const auto wire = WireRequest::build(request);
        QVERIFY(wire.has_value());
        QCOMPARE(wire->headers().first(), qMakePair(QByteArray("Host"), QByteArray("127.0.0.1:11434")));
        for (const auto &[name, value] : wire->headers())
            QVERIFY2(name != "Content-Length", value.constData());
        QVERIFY(wire->headerBlock().startsWith("GET /api/tags HTTP/1.1\r\nHost: 127.0.0.1:11434\r\n"));
    }

    void hostAndTarget_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("target");

        QTest::addRow("explicit port")
            << "http://localhost:8080/v1/models" << QByteArray("localhost:8080") << QByteArray("/v1/models");
        QTest::addRow("default port given explicitly")
            << "https://h.example:443/x" << QByteArray("h.example:443") << QByteArray("/x");
        QTest::addRow("ipv6 literal")
            << "http://[::1]:11434/api/chat" << QByteArray("[::1]:11434") << QByteArray("/api/chat");
        QTest::addRow("empty path") << "https://h.example" << QByteArray("h.example") << QByteArray("/");
        QTest::addRow("query kept, fragment dropped")
            << "https://generativelanguage.googleapis.com/v1beta/models/"
               "g:streamGenerateContent?alt=sse&key=K#f"
            << QByteArray("generativelanguage.googleapis.com")
            << QByteArray("/v1beta/models/g:streamGenerateContent?alt=sse&key=K");
        QTest::addRow("idn host in ace") << QString::fromUtf8("https://b\xc3\xbc"
                                                              "cher.example/")
                                         << QByteArray("xn--bcher-kva.example") << QByteArray("/");
        QTest::addRow("dot segments normalised")
            << "http://h.example/a/../b/./c" << QByteArray("h.example") << QByteArray("/b/c");
    }

    void hostAndTarget()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, target);
        EgressRequest request;
        request.url = QUrl(url);
        const auto wire = WireRequest::build(request);
        QVERIFY(wire.has_value());
        QCOMPARE(wire->headers().first().second, host);
        QCOMPARE(wire->target(), target);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<HttpHeaders>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("why");

        const QString url = QStringLiteral("https://h.example/v1");
        const HttpHeaders json = {{"Content-Type", "application/json"}};
        QTest::addRow("ftp") << "ftp://h.example/" << QByteArray("GET") << HttpHeaders() << QByteArray()
                             << "only http and https";
        QTest::addRow("no host") << "http:///path" << QByteArray("GET") << HttpHeaders() << QByteArray()
                                 << "no host";
        QTest::addRow("user info") << "https://u:p@h.example/" << QByteArray("GET") << HttpHeaders()
                                   << QByteArray() << "user info";
        QTest::addRow("delete") << url << QByteArray("DELETE") << HttpHeaders() << QByteArray()
                                << "only GET and POST";
        QTest::addRow("get with body")
            << url << QByteArray("GET") << json << QByteArray("{}") << "cannot carry";
        QTest::addRow("post body without type")
            << url << QByteArray("POST") << HttpHeaders() << QByteArray("{}") << "needs a Content-Type";
        QTest::addRow("user agent") << url << QByteArray("GET") << HttpHeaders{{"User-Agent", "curl/8"}}
                                    << QByteArray() << "sets the User-Agent";
        QTest::addRow("accept-language") << url << QByteArray("GET") << HttpHeaders{{"accept-language", "de"}}
                                         << QByteArray() << "sets the accept-language";
        QTest::addRow("cookie") << url << QByteArray("GET") << HttpHeaders{{"Cookie", "a=b"}} << QByteArray()
                                << "sets the Cookie";
        QTest::addRow("host") << url << QByteArray("GET") << HttpHeaders{{"Host", "evil.example"}}
                              << QByteArray() << "sets the Host";
        QTest::addRow("proxy-anything") << url << QByteArray("GET") << HttpHeaders{{"Proxy-Foo", "x"}}
                                        << QByteArray() << "sets the Proxy-Foo";
        QTest::addRow("header injection") << url << QByteArray("GET") << HttpHeaders{{"X-A", "1\r\nX-B: 2"}}
                                          << QByteArray() << "malformed value in header field X-A";
        QTest::addRow("bad name") << url << QByteArray("GET") << HttpHeaders{{"X A", "1"}} << QByteArray()
                                  << "malformed header field name";
        QTest::addRow("padded value") << url << QByteArray("GET") << HttpHeaders{{"X-A", " 1"}}
                                      << QByteArray() << "malformed value in header field X-A";
        QTest::addRow("duplicate") << url << QByteArray("GET") << HttpHeaders{{"X-A", "1"}, {"x-a", "2"}}
                                   << QByteArray() << "duplicate header field x-a";
    }

    void refused()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, method);
        QFETCH(HttpHeaders, headers);
        QFETCH(QByteArray, body);
        QFETCH(QString, why);
        EgressRequest request;
        request.url = QUrl(url);
        request.method = method;
        request.headers = headers;
        request.body = body;
        const auto wire = WireRequest::build(request);
        QVERIFY(!wire.has_value());
        QVERIFY2(wire.error().contains(why), qPrintable(wire.error()));
    }

    void reasonNeverQuotesASecretValue()
    {
        EgressRequest request;
        request.url = QUrl(QStringLiteral("https://h.example/"));
        request.headers = {{"Authorization", "Bearer sk-secretsecretsecret\nX: y"}};
        const auto wire = WireRequest::build(request);
        QVERIFY(!wire.has_value());
        QVERIFY(!wire.error().contains(QStringLiteral("secret")));
    }

    void aMalformedNameIsNotQuoted()
    {
        EgressRequest request;
        request.url = QUrl(QStringLiteral("https://h.example/"));
        request.headers = {{"Bearer sk-secretsecretsecret", "x"}};
        const auto wire = WireRequest::build(request);
        QVERIFY(!wire.has_value());
        QVERIFY(!wire.error().contains(QStringLiteral("secret")));
    }

    void emptyPostStillSaysContentLengthZero()
    {
        EgressRequest request;
        request.method = "post";
        request.url = QUrl(QStringLiteral("http://127.0.0.1/x"));
        const auto wire = WireRequest::build(request);
        QVERIFY(wire.has_value());
        QCOMPARE(wire->method(), QByteArray("POST"));
        QCOMPARE(wire->headers().last(), qMakePair(QByteArray("Content-Length"), QByteArray("0")));
    }
};

QTEST_GUILESS_MAIN(TestWireRequest)
#include "TestWireRequest.moc"
