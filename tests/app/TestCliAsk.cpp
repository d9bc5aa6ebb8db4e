// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// End-to-end: `sotto ask`, `providers`, `audit` and `policy` with the real
// binary, a real vault in a temporary profile and the fake provider server on
// loopback (served from this process while the binary runs).
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

QStringList adHoc(FakeProviderServer &server, Api api)
{
    return {QStringLiteral("--api"),      apiName(api),
            QStringLiteral("--base-url"), server.apiRoot(api).toString(),
            QStringLiteral("--model"),    QStringLiteral("fake-model")};
}

} // namespace

class TestCliAsk final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_env = m_profile->environment();
        m_env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("ask test passphrase"));
        m_env.insert(QStringLiteral("FAKE_KEY"), QStringLiteral("sk-secret-test-key-6789"));
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void streamsAndStores_data()
    {
        QTest::addColumn<Api>("api");
        QTest::addRow("openai") << Api::OpenAi;
        QTest::addRow("anthropic") << Api::Anthropic;
        QTest::addRow("ollama") << Api::Ollama;
        QTest::addRow("gemini") << Api::Gemini;
    }
    void streamsAndStores()
    {
        QFETCH(Api, api);
        StreamContent content;
        content.text = QStringLiteral("Bonjour, ça va? 👋");
        content.thinking = QStringLiteral("French greeting.");
        content.usage = Usage{5, 9};
        m_server->enqueue(chatRoute(api), FakeResponse::stream(content));
        QStringList args = {QStringLiteral("ask")};
        args << adHoc(*m_server, api) << QStringLiteral("--mode") << QStringLiteral("thinking")
             << QStringLiteral("--show-thinking") << QStringLiteral("Greet me in French");
        if (api != Api::Ollama)
            args << QStringLiteral("--api-key-env") << QStringLiteral("FAKE_KEY");
        const ProcessResult r = runSottoServing(args, m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), content.text + QLatin1Char('\n'));
        QVERIFY(r.err.contains("French greeting."));

        // The conversation was stored with both messages.
        const ProcessResult shown = runSotto({QStringLiteral("conversations"), QStringLiteral("show"),
                                              QStringLiteral("1"), QStringLiteral("--json")},
                                             m_env);
        const QJsonArray messages
            = QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Greet me in French"));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(), content.text);
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("thinking")).toString(), content.thinking);
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("complete"));
    }

    void jsonAnswerHasTheContractFields()
    {
        StreamContent content;
        content.text = QStringLiteral("42");
        content.usage = Usage{3, 1};
        m_server->enqueue(Route::OllamaChat, FakeResponse::stream(content));
        const ProcessResult r
            = runSottoServing(QStringList{QStringLiteral("ask"), QStringLiteral("--json")}
                                  + adHoc(*m_server, Api::Ollama) + QStringList{QStringLiteral("Answer?")},
                              m_env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(r.out).object();
        QStringList keys = object.keys();
        keys.sort();
        QCOMPARE(keys,
                 QStringList({QStringLiteral("agents"), QStringLiteral("context"),
                              QStringLiteral("conversation_id"), QStringLiteral("error"),
                              QStringLiteral("text"), QStringLiteral("thinking"), QStringLiteral("usage")}));
        QCOMPARE(object.value(QStringLiteral("text")).toString(), QStringLiteral("42"));
        QVERIFY(object.value(QStringLiteral("error")).isNull());
        QCOMPARE(
            object.value(QStringLiteral("usage")).toObject().value(QStringLiteral("output_tokens")).toInt(),
            1);
        QCOMPARE(object.value(QStringLiteral("conversation_id")).toInt(), 1);
        // Instant mode turns Ollama's thinking off.
        QCOMPARE(m_server->lastRequest().json().value(QStringLiteral("think")).toBool(true), false);
    }

    void continuesAConversationAndStaysIncognito()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("noted")));
        QCOMPARE(runSottoServing(QStringList{QStringLiteral("ask")} + adHoc(*m_server, Api::OpenAi)
                                     + QStringList{QStringLiteral("My name is Ada.")},
                                 m_env)
                     .exitCode,
                 0);
        QCOMPARE(runSottoServing(
                     QStringList{QStringLiteral("ask"), QStringLiteral("--conversation"), QStringLiteral("1")}
                         + adHoc(*m_server, Api::OpenAi) + QStringList{QStringLiteral("What is my name?")},
                     m_env)
                     .exitCode,
                 0);
        const QJsonArray sent = m_server->lastRequest().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(sent.size(), 3); // earlier question, its answer, the new question
        QVERIFY(sent.at(0)
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toVariant()
                    .toString()
                    .contains(QStringLiteral("Ada")));

        QCOMPARE(runSottoServing(QStringList{QStringLiteral("ask"), QStringLiteral("--incognito")}
                                     + adHoc(*m_server, Api::OpenAi)
                                     + QStringList{QStringLiteral("Forget this one")},
                                 m_env)
                     .exitCode,
                 0);
        const ProcessResult list = runSotto(
            {QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--json")}, m_env);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
        const ProcessResult search
            = runSotto({QStringLiteral("search"), QStringLiteral("Forget"), QStringLiteral("--json")}, m_env);
        QCOMPARE(QJsonDocument::fromJson(search.out).array().size(), 0);
        // …but the request itself is in the audit, outside any conversation.
        const QJsonArray audit = QJsonDocument::fromJson(
                                     runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env).out)
                                     .array();
        QCOMPARE(audit.size(), 3);
        QVERIFY(audit.at(0).toObject().value(QStringLiteral("conversation_id")).isNull());
    }

    // An ad-hoc provider (ask and transcribe share it): a URL that is not http(s) and an empty key
    // variable are usage errors, said in one line, and nothing is sent.
    void aBadAdHocProviderIsAUsageError_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("ask") << QStringLiteral("ask");
        QTest::newRow("transcribe") << QStringLiteral("transcribe");
    }

    void aBadAdHocProviderIsAUsageError()
    {
        QFETCH(QString, command);
        const QString last
            = command == QLatin1String("ask") ? QStringLiteral("hi") : QStringLiteral("memo.wav");
        ProcessResult r = runSotto({command, QStringLiteral("--api"), QStringLiteral("openai"),
                                    QStringLiteral("--base-url"), QStringLiteral("ftp://127.0.0.1/v1"), last},
                                   m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("'ftp://127.0.0.1/v1' is not an http(s) URL."), r.err.constData());

        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("SOTTO_TEST_EMPTY_KEY"), QString());
        r = runSotto({command, QStringLiteral("--api"), QStringLiteral("openai"),
                      QStringLiteral("--base-url"), m_server->apiRoot(Api::OpenAi).toString(),
                      QStringLiteral("--api-key-env"), QStringLiteral("SOTTO_TEST_EMPTY_KEY"), last},
                     env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("The environment variable SOTTO_TEST_EMPTY_KEY is empty."),
                 r.err.constData());
        QCOMPARE(m_server->requestCount(), 0);
    }

    // Issue 17, "models that cannot see": listed as text only, a model gets no image.
    void aModelListedAsTextOnlyIsRefusedAnImage()
    {
        QCOMPARE(runSotto({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("local"),
                           QStringLiteral("--preset"), QStringLiteral("ollama"), QStringLiteral("--base-url"),
                           m_server->apiRoot(Api::Ollama).toString(), QStringLiteral("--no-api-key"),
                           QStringLiteral("--model"), QStringLiteral("llama3.2")},
                          m_env)
                     .exitCode,
                 0);
        m_server->enqueue(Route::OllamaTags,
                          FakeResponse::raw(200, R"({"models":[{"name":"llama3.2"},{"name":"llava"}]})"));
        m_server->enqueue(Route::OllamaShow,
                          FakeResponse::raw(200, R"({"capabilities":["completion","tools"]})"));
        m_server->enqueue(Route::OllamaShow,
                          FakeResponse::raw(200, R"({"capabilities":["completion","vision"]})"));
        const ProcessResult listed = runSottoServing({QStringLiteral("providers"), QStringLiteral("models"),
                                                      QStringLiteral("local"), QStringLiteral("--json")},
                                                     m_env);
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("text_only")).toArray(),
                 QJsonArray{QStringLiteral("llama3.2")});

        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::cyan);
        const QString path = m_profile->root() + QStringLiteral("/cyan.png");
        QVERIFY(image.save(path));
        const int before = m_server->requestCount();
        const ProcessResult refused
            = runSottoServing({QStringLiteral("ask"), QStringLiteral("--provider"), QStringLiteral("local"),
                               QStringLiteral("--image"), path, QStringLiteral("What colour?")},
                              m_env);
        QCOMPARE(refused.exitCode, 6);
        QVERIFY2(refused.err.contains("takes text only"), refused.err.constData());
        QCOMPARE(m_server->requestCount(), before);

        // The model that sees gets it.
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("Cyan.")));
        const ProcessResult sent
            = runSottoServing({QStringLiteral("ask"), QStringLiteral("--provider"), QStringLiteral("local"),
                               QStringLiteral("--model"), QStringLiteral("llava"), QStringLiteral("--image"),
                               path, QStringLiteral("What colour?")},
                              m_env);
        QCOMPARE(sent.exitCode, 0);
        QCOMPARE(m_server->requestCount(), before + 1);
    }

    void imagesAreSanitisedAndSent()
    {
        QImage image(64, 32, QImage::Format_RGB32);
        image.fill(Qt::magenta);
        image.setText(QStringLiteral("Comment"), QStringLiteral("exif-secret-comment"));
        const QString path = m_profile->root() + QStringLiteral("/photo.png");
        QVERIFY(image.save(path));
        m_server->enqueue(Route::OllamaChat, FakeResponse::text(QStringLiteral("A magenta rectangle.")));
        const ProcessResult r = runSottoServing(
            QStringList{QStringLiteral("ask"), QStringLiteral("--image"), path}
                + adHoc(*m_server, Api::Ollama) + QStringList{QStringLiteral("What is this?")},
            m_env);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray images = m_server->lastRequest()
                                      .json()
                                      .value(QStringLiteral("messages"))
                                      .toArray()
                                      .last()
                                      .toObject()
                                      .value(QStringLiteral("images"))
                                      .toArray();
        QCOMPARE(images.size(), 1);
        const QByteArray sent = QByteArray::fromBase64(images.at(0).toString().toLatin1());
        QCOMPARE(QImage::fromData(sent).size(), QSize(64, 32));
        QVERIFY(!sent.contains("exif-secret-comment"));
        QVERIFY(!m_server->lastRequest().body.contains("exif-secret-comment"));

        // The audit counts the image and what sanitising removed from it: the one text chunk.
        const QJsonObject record
            = QJsonDocument::fromJson(
                  runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env).out)
                  .array()
                  .at(0)
                  .toObject();
        QCOMPARE(record.value(QStringLiteral("images")).toInt(), 1);
        QCOMPARE(record.value(QStringLiteral("metadata_removed")).toInt(-1), 1);
    }

    void badImageIsBadInputAndSendsNothing()
    {
        const QString path = m_profile->root() + QStringLiteral("/broken.jpg");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xFF\xD8\xFF not a picture");
        file.close();
        const ProcessResult r
            = runSottoServing(QStringList{QStringLiteral("ask"), QStringLiteral("--image"), path}
                                  + adHoc(*m_server, Api::Ollama) + QStringList{QStringLiteral("What?")},
                              m_env);
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("broken.jpg"));
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void anSvgDrawingALocalFileIsRefusedAndNothingSent()
    {
        // An SVG's <image> would draw a local picture into pixels that are then sent.
        QImage secret(256, 256, QImage::Format_RGB32);
        secret.fill(Qt::red);
        const QString secretPath = m_profile->root() + QStringLiteral("/private.png");
        QVERIFY(secret.save(secretPath));
        const QString path = m_profile->root() + QStringLiteral("/chart.png"); // named as a PNG
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                  "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"256\" height=\"256\">"
                                  "<image xlink:href=\"%1\" width=\"256\" height=\"256\"/></svg>")
                       .arg(secretPath)
                       .toUtf8());
        file.close();
        const ProcessResult r
            = runSottoServing(QStringList{QStringLiteral("ask"), QStringLiteral("--image"), path}
                                  + adHoc(*m_server, Api::Ollama) + QStringList{QStringLiteral("What?")},
                              m_env);
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("chart.png"), r.err.constData());
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void errorsAreOneLineWithTheirExitCode_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("mentions");
        QTest::addRow("401") << int(FakeError::Unauthorized) << QByteArray("rejected the API key");
        QTest::addRow("404") << int(FakeError::ModelNotFound) << QByteArray("fake-model");
        QTest::addRow("429") << int(FakeError::RateLimited) << QByteArray("30");
        QTest::addRow("500") << int(FakeError::ServerError) << QByteArray("127.0.0.1");
    }
    void errorsAreOneLineWithTheirExitCode()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, mentions);
        m_server->enqueue(Route::OpenAiChat, FakeResponse::error(FakeError(kind)).withRetryAfter(30));
        const ProcessResult r
            = runSottoServing(QStringList{QStringLiteral("ask")} + adHoc(*m_server, Api::OpenAi)
                                  + QStringList{QStringLiteral("hello")},
                              m_env);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(mentions), r.err.constData());
        QVERIFY(r.out.isEmpty());

        // The audit says the request failed, and why.
        const QJsonObject record
            = QJsonDocument::fromJson(
                  runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env).out)
                  .array()
                  .at(0)
                  .toObject();
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY2(!record.value(QStringLiteral("error")).toString().isEmpty(),
                 QJsonDocument(record).toJson().constData());
    }

    void refusedConnectionNamesOllama()
    {
        const QStringList args = QStringList{QStringLiteral("ask")} + adHoc(*m_server, Api::Ollama)
            + QStringList{QStringLiteral("hi")};
        m_server->stopListening();
        const ProcessResult r = runSottoServing(args, m_env);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("is Ollama running?"), r.err.constData());
    }

    void midStreamDropKeepsThePartialAnswer()
    {
        StreamContent content;
        content.text = QString(300, QLatin1Char('z'));
        content.deltaChars = 5;
        m_server->enqueue(Route::AnthropicMessages, FakeResponse::stream(content).dropAfter(1500));
        const ProcessResult r
            = runSottoServing(QStringList{QStringLiteral("ask")} + adHoc(*m_server, Api::Anthropic)
                                  + QStringList{QStringLiteral("Long one please")},
                              m_env);
        QCOMPARE(r.exitCode, 4);
        const QString printed = QString::fromUtf8(r.out).trimmed();
        QVERIFY(!printed.isEmpty());
        QVERIFY(content.text.startsWith(printed));
        const ProcessResult shown = runSotto({QStringLiteral("conversations"), QStringLiteral("show"),
                                              QStringLiteral("1"), QStringLiteral("--json")},
                                             m_env);
        const QJsonObject answer = QJsonDocument::fromJson(shown.out)
                                       .object()
                                       .value(QStringLiteral("messages"))
                                       .toArray()
                                       .at(1)
                                       .toObject();
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QCOMPARE(answer.value(QStringLiteral("content")).toString(), printed);
    }

    void blockedRequestsExitFiveAndSendNothing()
    {
        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("offline"),
                           QStringLiteral("on")},
                          m_env)
                     .exitCode,
                 0);
        // An internet address that is no host (TEST-NET-1, RFC 5737), asked from an
        // empty network namespace: even a broken policy could reach nothing, and the
        // refusal must come from the policy (exit 5), not from a failed connection (4).
        ProcessResult r = runSottoWithoutNetwork(
            {QStringLiteral("ask"), QStringLiteral("--api"), QStringLiteral("openai"),
             QStringLiteral("--base-url"), QStringLiteral("https://192.0.2.1/v1"), QStringLiteral("--model"),
             QStringLiteral("m"), QStringLiteral("hello")},
            m_env);
        QVERIFY2(!r.err.contains("unshare:"), r.err.constData());
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("offline mode is on"), r.err.constData());
        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("offline"),
                           QStringLiteral("off")},
                          m_env)
                     .exitCode,
                 0);

        // A disabled provider sends nothing, even to loopback.
        QCOMPARE(runSotto({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("local"),
                           QStringLiteral("--preset"), QStringLiteral("ollama"), QStringLiteral("--base-url"),
                           m_server->apiRoot(Api::Ollama).toString(), QStringLiteral("--no-api-key")},
                          m_env)
                     .exitCode,
                 0);
        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("enabled"),
                           QStringLiteral("off"), QStringLiteral("--provider"), QStringLiteral("local")},
                          m_env)
                     .exitCode,
                 0);
        r = runSottoServing({QStringLiteral("ask"), QStringLiteral("--provider"), QStringLiteral("local"),
                             QStringLiteral("hi")},
                            m_env);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("disabled"), r.err.constData());
        QCOMPARE(m_server->connectionCount(), 0);

        const QJsonArray audit = QJsonDocument::fromJson(
                                     runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env).out)
                                     .array();
        QCOMPARE(audit.size(), 2);
        for (const QJsonValue &record : audit) {
            QCOMPARE(record.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("blocked"));
            QVERIFY(!record.toObject().value(QStringLiteral("policy_reason")).toString().isEmpty());
        }
    }

    void providersAddRefusesCredentialsInTheUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addRow("user and password") << QStringLiteral("https://user:pw-secret-123@api.example.com/v1");
        QTest::addRow("user only") << QStringLiteral("https://user-secret-123@api.example.com/v1");
        QTest::addRow("password only") << QStringLiteral("https://:pw-secret-123@api.example.com/v1");
    }

    void providersAddRefusesCredentialsInTheUrl()
    {
        QFETCH(QString, url);
        const ProcessResult r
            = runSotto({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("creds"),
                        QStringLiteral("--api"), QStringLiteral("openai"), QStringLiteral("--base-url"), url,
                        QStringLiteral("--no-api-key")},
                       m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains("secret-123"));
        const ProcessResult listed = runSotto({QStringLiteral("providers"), QStringLiteral("list")}, m_env);
        QVERIFY(!listed.out.contains("creds"));
        QVERIFY(!listed.out.contains("secret-123"));
    }

    void providersKeepKeysSecret()
    {
        ProcessResult r = runSotto({QStringLiteral("providers"), QStringLiteral("add"),
                                    QStringLiteral("fake"), QStringLiteral("--api"), QStringLiteral("openai"),
                                    QStringLiteral("--base-url"), m_server->apiRoot(Api::OpenAi).toString(),
                                    QStringLiteral("--model"), QStringLiteral("fake-model"),
                                    QStringLiteral("--api-key-env"), QStringLiteral("FAKE_KEY")},
                                   m_env);
        QCOMPARE(r.exitCode, 0);
        r = runSotto({QStringLiteral("providers"), QStringLiteral("list")}, m_env);
        QVERIFY(r.out.contains("fake"));
        QVERIFY(r.out.contains("6789"));
        QVERIFY(!r.out.contains("sk-secret-test-key"));

        m_server->enqueue(Route::OpenAiChat, FakeResponse::text(QStringLiteral("ok")));
        QProcessEnvironment env = m_env;
        env.remove(QStringLiteral("FAKE_KEY")); // the stored key is used
        r = runSottoServing({QStringLiteral("ask"), QStringLiteral("--provider"), QStringLiteral("fake"),
                             QStringLiteral("hi")},
                            env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server->lastRequest().header("Authorization"),
                 QByteArray("Bearer sk-secret-test-key-6789"));

        // The audit record has exactly the contract's fields, the exact body size and a masked key.
        const QByteArray auditJson = runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env).out;
        QVERIFY(!auditJson.contains("sk-secret-test-key"));
        const QJsonObject record = QJsonDocument::fromJson(auditJson).array().at(0).toObject();
        QStringList keys = record.keys();
        keys.sort();
        QStringList expected
            = QStringLiteral(
                  "id turn_id conversation_id time provider api model mode purpose method url host "
                  "destination proxy status http_status body_bytes header_bytes response_bytes "
                  "duration_ms text_chars images image_bytes metadata_removed redactions history_sent "
                  "history_withheld headers policy_reason error")
                  .split(QLatin1Char(' '));
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(record.value(QStringLiteral("body_bytes")).toInteger(), m_server->lastRequest().bodyBytes());
        QCOMPARE(record.value(QStringLiteral("destination")).toString(), QStringLiteral("loopback"));
        QCOMPARE(record.value(QStringLiteral("purpose")).toString(), QStringLiteral("chat"));
        QVERIFY(record.value(QStringLiteral("proxy")).isNull());
        QCOMPARE(record.value(QStringLiteral("metadata_removed")).toInt(-1), 0); // no image
        QVERIFY(record.value(QStringLiteral("error")).isNull());
        QVERIFY(record.value(QStringLiteral("headers"))
                    .toObject()
                    .value(QStringLiteral("Authorization"))
                    .toString()
                    .endsWith(QStringLiteral("6789")));
        QVERIFY(record.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));

        const QByteArray csv = runSotto({QStringLiteral("audit"), QStringLiteral("--csv")}, m_env).out;
        QVERIFY(csv.startsWith(
            "id,turn_id,conversation_id,time,provider,api,model,mode,purpose,method,url,host,destination,"
            "proxy,status,http_status,body_bytes,header_bytes,response_bytes,duration_ms,text_chars,"
            "images,image_bytes,metadata_removed,redactions,history_sent,history_withheld,headers,"
            "policy_reason,error\n"));
        QVERIFY(!csv.contains("sk-secret-test-key"));

        QCOMPARE(
            runSotto({QStringLiteral("providers"), QStringLiteral("remove"), QStringLiteral("fake")}, m_env)
                .exitCode,
            0);
        r = runSotto({QStringLiteral("providers"), QStringLiteral("list"), QStringLiteral("--json")}, m_env);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    }

    void policyShowAndValidation()
    {
        ProcessResult r = runSotto({QStringLiteral("policy"), QStringLiteral("set"),
                                    QStringLiteral("ask-before-send"), QStringLiteral("sometimes")},
                                   m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("never, first or always"));
        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("retention-days"),
                           QStringLiteral("30")},
                          m_env)
                     .exitCode,
                 0);
        r = runSotto({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--json")}, m_env);
        const QJsonObject policy = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(policy.value(QStringLiteral("retention-days")).toString(), QStringLiteral("30"));
        QCOMPARE(policy.value(QStringLiteral("offline")).toString(), QStringLiteral("off"));
        QCOMPARE(policy.value(QStringLiteral("ask-before-send")).toString(), QStringLiteral("never"));
        // "Don't ask again" answers: none yet; only clearing them is a setting.
        QCOMPARE(policy.value(QStringLiteral("ask-exempt")).toString(), QStringLiteral("none"));
        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("ask-exempt"),
                           QStringLiteral("none")},
                          m_env)
                     .exitCode,
                 0);
        r = runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("ask-exempt"),
                      QStringLiteral("OpenAI")},
                     m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("none"));
    }

    void askBeforeSendWithoutATerminalDeclines()
    {
        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("ask-before-send"),
                           QStringLiteral("always")},
                          m_env)
                     .exitCode,
                 0);
        const ProcessResult r
            = runSottoServing(QStringList{QStringLiteral("ask")} + adHoc(*m_server, Api::OpenAi)
                                  + QStringList{QStringLiteral("hi")},
                              m_env);
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void askBeforeSendTakesTheLanguagesOwnYes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("prompt");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("connections");
        QTest::addRow("English y") << QStringLiteral("en_GB.UTF-8") << QByteArray("[y/N") << QByteArray("y")
                                   << 1;
        QTest::addRow("German j") << QStringLiteral("de_DE.UTF-8") << QByteArray("[j/N") << QByteArray("j")
                                  << 1;
        QTest::addRow("German, y too")
            << QStringLiteral("de_DE.UTF-8") << QByteArray("[j/N") << QByteArray("y") << 1;
        QTest::addRow("German n") << QStringLiteral("de_DE.UTF-8") << QByteArray("[j/N") << QByteArray("n")
                                  << 0;
    }

    void askBeforeSendTakesTheLanguagesOwnYes()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, prompt);
        QFETCH(QByteArray, answer);
        QFETCH(int, connections);
        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("ask-before-send"),
                           QStringLiteral("always")},
                          m_env)
                     .exitCode,
                 0);
        // `script` gives the binary a real terminal, where the question is asked.
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("LANG"), language);
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        QStringList command{sottoBinary(), QStringLiteral("ask")};
        command += adHoc(*m_server, Api::OpenAi);
        command << QStringLiteral("hi");
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("script"),
                      {QStringLiteral("-qec"), command.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
        QVERIFY(process.waitForStarted());
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += process.readAll()).contains(prompt), 20000);
        process.write(answer + "\n");
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
        seen += process.readAll();
        QCOMPARE(m_server->connectionCount(), connections);
        QVERIFY2(process.exitCode() == (connections ? 0 : 5), seen.constData());
    }

private:
    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestCliAsk)
#include "TestCliAsk.moc"
