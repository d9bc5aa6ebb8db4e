// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The masking table: what of a secret the audit log and its inspector may show.
#include "core/types/SecretMasker.h"

#include <QTest>
#include <QUrl>

using sotto::SecretMasker;

namespace {
const QString ELLIPSIS(QChar(0x2026));
}

class TestSecretMasker final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headerValues_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");

        QTest::addRow("bearer openai key")
            << QByteArray("Authorization") << QByteArray("Bearer sk-proj-abcdefghijklmnop9f2a")
            << QStringLiteral("Bearer sk-") + ELLIPSIS + QStringLiteral("9f2a");
        QTest::addRow("bearer other token")
            << QByteArray("authorization") << QByteArray("Bearer ya29.abcdefghijklmnopqrstu1234")
            << QStringLiteral("Bearer ") + ELLIPSIS + QStringLiteral("1234");
        QTest::addRow("basic") << QByteArray("Authorization") << QByteArray("Basic dXNlcjpwYXNzd29yZDE=")
                               << QStringLiteral("Basic ") + ELLIPSIS + QStringLiteral("ZDE=");
        QTest::addRow("bare authorization")
            << QByteArray("Authorization") << QByteArray("abcdefghijklmnopqrstuvwxyz")
            << ELLIPSIS + QStringLiteral("wxyz");
        QTest::addRow("short bearer") << QByteArray("Authorization") << QByteArray("Bearer sk-123")
                                      << QStringLiteral("Bearer ") + ELLIPSIS;
        QTest::addRow("anthropic x-api-key")
            << QByteArray("x-api-key") << QByteArray("sk-ant-api03-abcdefghijklmnopqrstuvwxyz-9f2a")
            << ELLIPSIS + QStringLiteral("9f2a");
        QTest::addRow("gemini x-goog-api-key")
            << QByteArray("x-goog-api-key") << QByteArray("AIzaSyabcdefghijklmnopqrstuvwx7777")
            << ELLIPSIS + QStringLiteral("7777");
        QTest::addRow("azure api-key") << QByteArray("api-key") << QByteArray("0123456789abcdef0123")
                                       << ELLIPSIS + QStringLiteral("0123");
        QTest::addRow("custom token header")
            << QByteArray("X-Auth-Token") << QByteArray("tok_abcdefghijkl5555")
            << ELLIPSIS + QStringLiteral("5555");
        QTest::addRow("proxy-authorization")
            << QByteArray("Proxy-Authorization") << QByteArray("Basic Zm9vOmJhcmJhemJhcg==")
            << QStringLiteral("Basic ") + ELLIPSIS + QStringLiteral("cg==");
        QTest::addRow("cookie") << QByteArray("Cookie") << QByteArray("session=abcdefghijklmnop")
                                << ELLIPSIS + QStringLiteral("mnop");
        QTest::addRow("short secret") << QByteArray("x-api-key") << QByteArray("abc12345") << ELLIPSIS;
        QTest::addRow("content-type kept") << QByteArray("Content-Type") << QByteArray("application/json")
                                           << QStringLiteral("application/json");
        QTest::addRow("keep-alive is not a key")
            << QByteArray("Connection") << QByteArray("Keep-Alive") << QStringLiteral("Keep-Alive");
        QTest::addRow("anthropic-version kept")
            << QByteArray("anthropic-version") << QByteArray("2023-06-01") << QStringLiteral("2023-06-01");
    }

    void headerValues()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        QCOMPARE(SecretMasker::maskHeaderValue(name, value), expected);
    }

    void maskHeadersKeepsOrderAndNames()
    {
        const SecretMasker::RawHeaders raw = {
            {"Host", "api.example.com"},
            {"Authorization", "Bearer sk-abcdefghijklmnopqrstuvwxyz9f2a"},
            {"Content-Type", "application/json"},
        };
        const SecretMasker::Headers masked = SecretMasker::maskHeaders(raw);
        QCOMPARE(masked.size(), 3);
        QCOMPARE(masked.at(0), qMakePair(QStringLiteral("Host"), QStringLiteral("api.example.com")));
        QCOMPARE(masked.at(1).first, QStringLiteral("Authorization"));
        QCOMPARE(masked.at(1).second, QStringLiteral("Bearer sk-") + ELLIPSIS + QStringLiteral("9f2a"));
        QCOMPARE(masked.at(2).second, QStringLiteral("application/json"));
    }

    void aSecretRepeatedInAnotherHeaderIsMaskedThere()
    {
        const SecretMasker::RawHeaders raw = {
            {"x-api-key", "sk-ant-abcdefghijklmnopqrstuvwxyz-7777"},
            {"X-Debug-Echo", "key was sk-ant-abcdefghijklmnopqrstuvwxyz-7777 ok"},
        };
        const SecretMasker::Headers masked = SecretMasker::maskHeaders(raw);
        QCOMPARE(masked.at(1).second, QStringLiteral("key was ") + ELLIPSIS + QStringLiteral("7777 ok"));
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");

        QTest::addRow("gemini key") << QStringLiteral(
            "https://generativelanguage.googleapis.com/v1beta/models/"
            "gemini-2.5-flash:streamGenerateContent?alt=sse&key=AIzaSyabcdefghijklmnop1234")
                                    << QStringLiteral(
                                           "https://generativelanguage.googleapis.com/v1beta/models/"
                                           "gemini-2.5-flash:streamGenerateContent?alt=sse&key=")
                + ELLIPSIS + QStringLiteral("1234");
        QTest::addRow("api_key and access_token")
            << QStringLiteral("http://127.0.0.1:8080/v1/models?api_key=abcdefghijklmnop5678&access_token=zz")
            << QStringLiteral("http://127.0.0.1:8080/v1/models?api_key=") + ELLIPSIS
                + QStringLiteral("5678&access_token=") + ELLIPSIS;
        QTest::addRow("user info dropped")
            << QStringLiteral("https://user:hunter2hunter2@api.example.com/v1#frag")
            << QStringLiteral("https://api.example.com/v1");
        QTest::addRow("plain query untouched") << QStringLiteral("http://localhost:11434/api/tags?x=1&y=two")
                                               << QStringLiteral("http://localhost:11434/api/tags?x=1&y=two");
        QTest::addRow("no query") << QStringLiteral("https://api.openai.com/v1/chat/completions")
                                  << QStringLiteral("https://api.openai.com/v1/chat/completions");
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(SecretMasker::maskUrl(QUrl(url)), expected);
    }

    void secretNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        for (const char *name : {"Authorization", "x-api-key", "X-Goog-Api-Key", "api-key", "apikey", "key",
                                 "access_token", "refresh-token", "client_secret", "password", "passwd",
                                 "X-Session-Id", "sig", "signature", "X-Amz-Credential", "Cookie"})
            QTest::addRow("%s", name) << QString::fromLatin1(name) << true;
        for (const char *name :
             {"Content-Type", "Accept", "Connection", "anthropic-version", "anthropic-beta", "OpenAI-Beta",
              "alt", "model", "User-Agent", "Host", "signal"})
            QTest::addRow("%s", name) << QString::fromLatin1(name) << false;
    }

    void secretNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(SecretMasker::isSecretName(name), secret);
    }

    void scrubRemovesEverySecretFromACopy()
    {
        const SecretMasker::RawHeaders headers = {
            {"Authorization", "Bearer sk-abcdefghijklmnopqrstuvwxyz9f2a"},
            {"Content-Type", "application/json"},
        };
        const QUrl url(QStringLiteral("https://h.example/p?key=AIzaSyzzzzzzzzzzzzzz4321&alt=sse"));
        const QList<QByteArray> secrets = SecretMasker::secretValues(headers, url);
        QCOMPARE(secrets.size(), 2);

        const QByteArray body
            = R"({"echo":"sk-abcdefghijklmnopqrstuvwxyz9f2a","k":"AIzaSyzzzzzzzzzzzzzz4321"})";
        const QByteArray scrubbed = SecretMasker::scrub(body, secrets);
        QVERIFY(!scrubbed.contains("sk-abcdefghijklmnopqrstuvwxyz9f2a"));
        QVERIFY(!scrubbed.contains("AIzaSyzzzzzzzzzzzzzz4321"));
        QVERIFY(scrubbed.contains((ELLIPSIS + QStringLiteral("9f2a")).toUtf8()));
        QVERIFY(scrubbed.contains((ELLIPSIS + QStringLiteral("4321")).toUtf8()));
        QCOMPARE(SecretMasker::scrub("nothing secret here", secrets), QByteArray("nothing secret here"));
    }
};

QTEST_GUILESS_MAIN(TestSecretMasker)
#include "TestSecretMasker.moc"
