// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Failed replies become one sentence a user can act on: bad key, unknown model,
// rate limits with their wait, the provider's own message for a refused request,
// overload and server errors, from the vendors' real error bodies (fixtures) and
// their documented shapes; errors inside a stream likewise.
#include "core/providers/ProviderErrors.h"

#include "core/providers/StreamParser.h"
#include "tests/core/providers/StreamTestSupport.h"

#include <QTest>

using namespace sotto;

class TestProviderErrors final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<HttpHeaders>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("message");

        const QString openAi = QStringLiteral("api.openai.com");
        const QString anthropic = QStringLiteral("api.anthropic.com");
        const QString gemini = QStringLiteral("generativelanguage.googleapis.com");
        const QString ollama = QStringLiteral("127.0.0.1:11434");
        const QByteArray rateLimit = test::readFixture(QStringLiteral("openai-error-429-rate-limit.json"));

        QTest::addRow("openai 401") << 401 << HttpHeaders{}
                                    << test::readFixture(QStringLiteral("openai-error-401.json")) << openAi
                                    << QStringLiteral("gpt-4o")
                                    << QStringLiteral("api.openai.com rejected the API key.");
        QTest::addRow("anthropic 403")
            << 403 << HttpHeaders{}
            << QByteArray(
                   "{\"type\":\"error\",\"error\":{\"type\":\"permission_error\",\"message\":\"Your API key "
                   "does not have permission to use the specified resource.\"}}")
            << anthropic << QString() << QStringLiteral("api.anthropic.com rejected the API key.");
        QTest::addRow("gemini answers a bad key with 400")
            << 400 << HttpHeaders{} << test::readFixture(QStringLiteral("gemini-error-400.json")) << gemini
            << QStringLiteral("gemini-2.5-flash")
            << QStringLiteral("generativelanguage.googleapis.com rejected the API key.");
        QTest::addRow("openai unknown model")
            << 404 << HttpHeaders{}
            << QByteArray(
                   "{\"error\":{\"message\":\"The model `gpt-5-turbo` does not exist or you do not have "
                   "access "
                   "to "
                   "it.\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"model_not_found\"}}")
            << openAi << QStringLiteral("gpt-5-turbo")
            << QStringLiteral("api.openai.com has no model named “gpt-5-turbo”.");
        QTest::addRow("ollama unknown model")
            << 404 << HttpHeaders{}
            << QByteArray("{\"error\":\"model \\\"llama9\\\" not found, try pulling it first\"}") << ollama
            << QStringLiteral("llama9") << QStringLiteral("127.0.0.1:11434 has no model named “llama9”.");
        QTest::addRow("a wrong path is not a missing model")
            << 404 << HttpHeaders{} << QByteArray("404 page not found") << ollama
            << QStringLiteral("llama3.2")
            << QStringLiteral(
                   "127.0.0.1:11434 has no such API endpoint (HTTP 404); check the provider's base URL.");
        QTest::addRow("429 with Retry-After")
            << 429 << HttpHeaders{{"retry-after", "27"}} << rateLimit << openAi << QStringLiteral("gpt-4")
            << QStringLiteral("api.openai.com reports a rate limit; try again in 27 s.");
        QTest::addRow("429 with a fractional Retry-After, any case")
            << 429 << HttpHeaders{{"Content-Type", "application/json"}, {"Retry-After", "26.604"}}
            << rateLimit << openAi << QStringLiteral("gpt-4")
            << QStringLiteral("api.openai.com reports a rate limit; try again in 27 s.");
        QTest::addRow("429 with an HTTP date is not guessed")
            << 429 << HttpHeaders{{"Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT"}} << rateLimit << openAi
            << QStringLiteral("gpt-4")
            << QStringLiteral("api.openai.com reports a rate limit; try again later.");
        QTest::addRow("429 without a wait")
            << 429 << HttpHeaders{} << rateLimit << openAi << QStringLiteral("gpt-4")
            << QStringLiteral("api.openai.com reports a rate limit; try again later.");
        QTest::addRow("gemini 429 with RetryInfo")
            << 429 << HttpHeaders{}
            << QByteArray(
                   "{\"error\":{\"code\":429,\"message\":\"You exceeded your current quota.\",\"status\":"
                   "\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":\"type.googleapis.com/"
                   "google.rpc.RetryInfo\","
                   "\"retryDelay\":\"41s\"}]}}")
            << gemini << QStringLiteral("gemini-2.5-pro")
            << QStringLiteral("generativelanguage.googleapis.com reports a rate limit; try again in 41 s.");
        QTest::addRow("openai quota exhausted")
            << 429 << HttpHeaders{{"retry-after", "1"}}
            << QByteArray(
                   "{\"error\":{\"message\":\"You exceeded your current quota, please check your plan and "
                   "billing details.\",\"type\":\"insufficient_quota\",\"param\":null,\"code\":"
                   "\"insufficient_quota\"}}")
            << openAi << QStringLiteral("gpt-4o")
            << QStringLiteral("api.openai.com says the account has no credit or quota left.");
        QTest::addRow("400 with the provider's message")
            << 400 << HttpHeaders{}
            << QByteArray(
                   "{\"error\":{\"message\":\"Unsupported parameter: 'max_tokens' is not supported with this "
                   "model. Use 'max_completion_tokens' instead.\",\"type\":\"invalid_request_error\","
                   "\"param\":\"max_tokens\",\"code\":\"unsupported_parameter\"}}")
            << openAi << QStringLiteral("o3")
            << QStringLiteral(
                   "api.openai.com refused the request: Unsupported parameter: 'max_tokens' is not "
                   "supported with this model. Use 'max_completion_tokens' instead.");
        QTest::addRow("ollama 400")
            << 400 << HttpHeaders{}
            << QByteArray("{\"error\":\"\\\"llama3.2\\\" does not support thinking\"}") << ollama
            << QStringLiteral("llama3.2")
            << QStringLiteral("127.0.0.1:11434 refused the request: \"llama3.2\" does not support thinking");
        QTest::addRow("FastAPI-style 400 (vLLM)")
            << 400 << HttpHeaders{} << QByteArray("{\"detail\":\"max_tokens is too large\"}")
            << QStringLiteral("127.0.0.1:8000") << QStringLiteral("qwen")
            << QStringLiteral("127.0.0.1:8000 refused the request: max_tokens is too large");
        QTest::addRow("400 without a body")
            << 400 << HttpHeaders{} << QByteArray() << openAi << QStringLiteral("x")
            << QStringLiteral("api.openai.com refused the request (HTTP 400).");
        QTest::addRow("anthropic overloaded (529)")
            << 529 << HttpHeaders{}
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":"
                          "\"Overloaded\"}}")
            << anthropic << QString()
            << QStringLiteral("api.anthropic.com is overloaded right now; try again in a moment.");
        QTest::addRow("anthropic 500")
            << 500 << HttpHeaders{}
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal "
                          "server error\"},"
                          "\"request_id\":\"req_1\"}")
            << anthropic << QString()
            << QStringLiteral("api.anthropic.com had a server error (HTTP 500): Internal server error");
        QTest::addRow("ollama 500") << 500 << HttpHeaders{}
                                    << test::readFixture(QStringLiteral("ollama-error.json")) << ollama
                                    << QStringLiteral("llama3.2")
                                    << QStringLiteral(
                                           "127.0.0.1:11434 had a server error (HTTP 500): the model failed "
                                           "to generate a response");
        QTest::addRow("502 from a proxy")
            << 502 << HttpHeaders{} << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
            << openAi << QStringLiteral("gpt-4o")
            << QStringLiteral("api.openai.com had a server error (HTTP 502); try again later.");
        QTest::addRow("a message spread over lines becomes one line")
            << 400 << HttpHeaders{} << QByteArray("{\"error\":{\"message\":\"first\\n\\n  second\"}}")
            << openAi << QString() << QStringLiteral("api.openai.com refused the request: first second");
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(HttpHeaders, headers);
        QFETCH(QByteArray, body);
        QFETCH(QString, host);
        QFETCH(QString, model);
        QFETCH(QString, message);
        QCOMPARE(httpErrorMessage(status, headers, body, host, model), message);
    }

    void contextLengthErrorsAreRecognisedAndExplained_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("openai context_length_exceeded") << QByteArray(
            "{\"error\":{\"message\":\"This model's maximum context length is 8192 tokens. "
            "However, your messages resulted in 9001 tokens.\",\"type\":\"invalid_request_error\","
            "\"param\":\"messages\",\"code\":\"context_length_exceeded\"}}");
        QTest::addRow("anthropic prompt is too long")
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":"
                          "\"prompt is too long: 210000 tokens > 200000 maximum\"}}");
        QTest::addRow("gemini token count exceeds") << QByteArray(
            "{\"error\":{\"code\":400,\"message\":\"The input token count (1048577) exceeds "
            "the maximum number of tokens allowed (1048576).\",\"status\":\"INVALID_ARGUMENT\"}}");
        QTest::addRow("llama.cpp exceed_context_size_error")
            << QByteArray("{\"error\":{\"code\":400,\"message\":\"the request exceeds the available context "
                          "size, try increasing it\",\"type\":\"exceed_context_size_error\"}}");
    }
    void contextLengthErrorsAreRecognisedAndExplained()
    {
        QFETCH(QByteArray, body);
        QVERIFY(isContextLengthError(body));
        const QString message = httpErrorMessage(400, {}, body, QStringLiteral("h"), QStringLiteral("m"));
        QVERIFY2(message.contains(QStringLiteral("context window")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("context budget")));
        // Other refusals are not taken for one.
        QVERIFY(!isContextLengthError(QByteArray("{\"error\":{\"message\":\"max_tokens is too large\"}}")));
        StreamEvent inStream{StreamEvent::Kind::ProviderError, QStringLiteral("prompt is too long"), {}, {}};
        QVERIFY(streamErrorMessage(inStream, QStringLiteral("h")).contains(QStringLiteral("context window")));
    }

    void longMessagesAreCut()
    {
        const QByteArray body = "{\"error\":{\"message\":\"" + QByteArray(5000, 'x') + "\"}}";
        const QString message = httpErrorMessage(400, {}, body, QStringLiteral("h"), QString());
        QVERIFY(message.size() < 450);
        QVERIFY(message.endsWith(QChar(0x2026)));
    }

    void messagesAreOneLine()
    {
        // Found by FuzzProviderErrors: a NUL inside the server's message reached the message.
        // U+2028 and U+2029 separate lines too. An escape stays (byte-exact to pipes; a terminal
        // strips it: TestTerminalOutput).
        const QByteArray body("{\"error\": \"the\\u0000\\u0000 \\u001b[2Jfailed\xe2\x80\xa8to\\r\\n"
                              "generate\xe2\x80\xa9"
                              "a response\"}");
        const QString message = httpErrorMessage(500, {}, body, QStringLiteral("h"), QString());
        QVERIFY2(message.endsWith(QStringLiteral(": the \x1b[2Jfailed to generate a response")),
                 qPrintable(message));
        for (const QChar c : message) {
            QVERIFY(c != QChar(0) && c != QLatin1Char('\n') && c != QLatin1Char('\r'));
            QVERIFY(c.category() != QChar::Separator_Line && c.category() != QChar::Separator_Paragraph);
        }
        const StreamEvent inStream{StreamEvent::Kind::ProviderError, QStringLiteral("bad\0\nthing"), {}, {}};
        QCOMPARE(streamErrorMessage(inStream, QStringLiteral("h")),
                 QStringLiteral("h stopped the answer with an error: bad thing"));
    }

    void providerMessagesOfTheFixtures_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addRow("openai-error-401") << QStringLiteral("openai-error-401");
        QTest::addRow("openai-error-429-rate-limit") << QStringLiteral("openai-error-429-rate-limit");
        QTest::addRow("gemini-error-400") << QStringLiteral("gemini-error-400");
        QTest::addRow("ollama-error") << QStringLiteral("ollama-error");
    }

    void providerMessagesOfTheFixtures()
    {
        QFETCH(QString, stem);
        const auto error = providerErrorOf(test::readFixture(stem + QStringLiteral(".json")));
        QVERIFY(error.has_value());
        QCOMPARE(error->message,
                 *test::expectedSummary(test::readFixture(stem + QStringLiteral(".expected.json"))).error);
    }

    void errorsInsideAStream_data()
    {
        QTest::addColumn<int>("api");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("message");
        QTest::addRow("anthropic overloaded event")
            << int(Api::Anthropic) << QStringLiteral("anthropic-error-overloaded.sse")
            << QStringLiteral("api.anthropic.com")
            << QStringLiteral("api.anthropic.com is overloaded right now; try again in a moment.");
        QTest::addRow("ollama error line")
            << int(Api::Ollama) << QStringLiteral("ollama-generate-stream-error.ndjson")
            << QStringLiteral("127.0.0.1:11434")
            << QStringLiteral(
                   "127.0.0.1:11434 stopped the answer with an error: an error was encountered while running "
                   "the model");
    }

    void errorsInsideAStream()
    {
        QFETCH(int, api);
        QFETCH(QString, fixture);
        QFETCH(QString, host);
        QFETCH(QString, message);
        const QList<StreamEvent> events = test::parseWhole(Api(api), test::readFixture(fixture));
        const auto error = std::find_if(events.cbegin(), events.cend(), [](const StreamEvent &e) {
            return e.kind == StreamEvent::Kind::ProviderError;
        });
        QVERIFY(error != events.cend());
        QCOMPARE(streamErrorMessage(*error, host), message);
    }

    void rateLimitEventsInsideAStream()
    {
        const StreamEvent event{StreamEvent::Kind::ProviderError,
                                QStringLiteral("rate_limit_error: slow down"),
                                QStringLiteral("rate_limit_error"),
                                {}};
        QCOMPARE(streamErrorMessage(event, QStringLiteral("api.anthropic.com")),
                 QStringLiteral("api.anthropic.com reports a rate limit; try again later."));
    }
};

QTEST_GUILESS_MAIN(TestProviderErrors)
#include "TestProviderErrors.moc"
