// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// HttpBackend over real HTTP: the fake provider server on loopback, the real
// EgressGate, for each of the four protocols.
#include "core/net/EgressGate.h"
#include "core/providers/ChatStream.h"
#include "core/providers/HttpBackend.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/MemoryJournal.h"

#include <QSignalSpy>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

ChatRequest question(Mode mode = Mode::Instant)
{
    ChatRequest request;
    request.model = QStringLiteral("fake-model");
    request.mode = mode;
    Message message;
    message.role = Role::User;
    message.content = QStringLiteral("Say hello.");
    request.history << message;
    return request;
}

struct Outcome {
    QString text;
    QString reasoning;
    ChatResult result;
};

} // namespace

class TestHttpBackend final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_journal = std::make_unique<MemoryJournal>();
        m_gate = std::make_unique<EgressGate>(*m_journal);
    }
    void cleanup()
    {
        m_gate.reset();
        m_journal.reset();
        m_server.reset();
    }

    void streamsAnswerReasoningAndUsage_data() { apis(); }
    void streamsAnswerReasoningAndUsage()
    {
        QFETCH(Api, api);
        StreamContent content;
        content.text = QStringLiteral("Hello, “world” — ünïcode 👋\nline two");
        content.thinking = QStringLiteral("The user wants a greeting.");
        content.usage = Usage{11, 23};
        m_server->enqueue(chatRoute(api), FakeResponse::stream(content));

        HttpBackend backend(provider(api), *m_gate);
        const Outcome outcome = run(backend, question(Mode::Thinking));
        QCOMPARE(outcome.result.status, ChatResult::Status::Complete);
        QCOMPARE(outcome.text, content.text);
        QCOMPARE(outcome.reasoning, content.thinking);
        QVERIFY(outcome.result.usage.has_value());
        QCOMPARE(outcome.result.usage->inputTokens, 11);
        QCOMPARE(outcome.result.usage->outputTokens, 23);
        QVERIFY(outcome.result.auditId > 0);
        QCOMPARE(m_journal->records().size(), 1);
        QCOMPARE(m_journal->records().constFirst().status, AuditStatus::Completed);
        QCOMPARE(m_journal->records().constFirst().mode, QStringLiteral("thinking"));
        QCOMPARE(m_journal->records().constFirst().bodyBytes, m_server->lastRequest().bodyBytes());
    }

    void droppedConnectionKeepsThePartialAnswer_data() { apis(); }
    void droppedConnectionKeepsThePartialAnswer()
    {
        QFETCH(Api, api);
        StreamContent content;
        content.text = QString(400, QLatin1Char('x'));
        content.deltaChars = 10;
        m_server->enqueue(chatRoute(api), FakeResponse::stream(content).dropAfter(600));
        HttpBackend backend(provider(api), *m_gate);
        const Outcome outcome = run(backend, question());
        QCOMPARE(outcome.result.status, ChatResult::Status::Partial);
        QCOMPARE(outcome.result.error, ChatError::Interrupted);
        QVERIFY(!outcome.text.isEmpty());
        QVERIFY(content.text.startsWith(outcome.text));
        QVERIFY(outcome.text.size() < content.text.size());
        QVERIFY(!outcome.result.message.isEmpty());
    }

    void missingTerminatorIsPartial_data() { apis(); }
    void missingTerminatorIsPartial()
    {
        QFETCH(Api, api);
        StreamContent content;
        content.text = QStringLiteral("cut short");
        content.finish = Finish::Missing;
        m_server->enqueue(chatRoute(api), FakeResponse::stream(content));
        HttpBackend backend(provider(api), *m_gate);
        const Outcome outcome = run(backend, question());
        QCOMPARE(outcome.text, content.text);
        QCOMPARE(outcome.result.status, ChatResult::Status::Partial);
    }

    void httpErrorsBecomeSentences_data()
    {
        QTest::addColumn<Api>("api");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("mentions");
        for (Api api : {Api::OpenAi, Api::Anthropic, Api::Ollama, Api::Gemini}) {
            const QByteArray name = apiName(api).toLatin1();
            QTest::addRow("%s 401", name.constData())
                << api << int(FakeError::Unauthorized) << int(ChatError::Authentication)
                << QStringLiteral("API key");
            QTest::addRow("%s 404", name.constData())
                << api << int(FakeError::ModelNotFound) << int(ChatError::ModelNotFound)
                << QStringLiteral("fake-model");
            QTest::addRow("%s 429", name.constData())
                << api << int(FakeError::RateLimited) << int(ChatError::RateLimited) << QStringLiteral("7");
            QTest::addRow("%s 500", name.constData())
                << api << int(FakeError::ServerError) << int(ChatError::ServerError)
                << QStringLiteral("127.0.0.1");
        }
    }
    void httpErrorsBecomeSentences()
    {
        QFETCH(Api, api);
        QFETCH(int, kind);
        QFETCH(int, error);
        QFETCH(QString, mentions);
        m_server->enqueue(chatRoute(api), FakeResponse::error(FakeError(kind)).withRetryAfter(7));
        HttpBackend backend(provider(api), *m_gate);
        const Outcome outcome = run(backend, question());
        QCOMPARE(outcome.result.status, ChatResult::Status::Failed);
        QCOMPARE(int(outcome.result.error), error);
        QVERIFY2(outcome.result.message.contains(mentions), qPrintable(outcome.result.message));
        QVERIFY(!outcome.result.message.contains(QLatin1Char('\n')));
        QVERIFY(outcome.text.isEmpty()); // errors never travel inside the answer
    }

    void inStreamErrorFails()
    {
        StreamContent content;
        content.text = QStringLiteral("Partial");
        content.streamError = QStringLiteral("Overloaded");
        m_server->enqueue(Route::AnthropicMessages, FakeResponse::stream(content));
        HttpBackend backend(provider(Api::Anthropic), *m_gate);
        const Outcome outcome = run(backend, question());
        QCOMPARE(outcome.result.status, ChatResult::Status::Failed);
        QCOMPARE(outcome.result.error, ChatError::Overloaded);
        QCOMPARE(outcome.text, QStringLiteral("Partial"));
    }

    void refusedConnectionNamesTheLocalServer()
    {
        ProviderConfig config = provider(Api::Ollama);
        m_server->stopListening();
        m_server.reset();
        HttpBackend backend(config, *m_gate);
        const Outcome outcome = run(backend, question());
        QCOMPARE(outcome.result.error, ChatError::ConnectionRefused);
        QCOMPARE(outcome.result.message,
                 QStringLiteral("Nothing is listening at %1 — is Ollama running?")
                     .arg(HttpBackend::displayHost(config.baseUrl)));
    }

    void cancelKeepsWhatArrived()
    {
        StreamContent content;
        content.text = QString(2000, QLatin1Char('y'));
        content.deltaChars = 4;
        m_server->enqueue(Route::OpenAiChat, FakeResponse::stream(content).stallAfter(3000));
        HttpBackend backend(provider(Api::OpenAi), *m_gate);
        std::unique_ptr<ChatStream> stream(backend.send(question(), {}));
        QSignalSpy finished(stream.get(), &ChatStream::finished);
        QTRY_VERIFY(stream->receivedChars() > 0);
        stream->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(stream->result().status, ChatResult::Status::Cancelled);
        QVERIFY(stream->receivedChars() > 0);
        QCOMPARE(m_journal->records().constFirst().status, AuditStatus::Cancelled);
    }

    void anEndlessLineStopsTheAnswer_data() { apis(); }
    void anEndlessLineStopsTheAnswer()
    {
        QFETCH(Api, api);
        m_server->enqueue(chatRoute(api), FakeResponse::endlessLine());
        HttpBackend backend(provider(api), *m_gate);
        const Outcome outcome = run(backend, question());
        QCOMPARE(outcome.result.status, ChatResult::Status::Failed);
        QCOMPARE(outcome.result.error, ChatError::TooLarge);
        QVERIFY2(outcome.result.message.contains(QStringLiteral("larger than 8 MiB")),
                 qPrintable(outcome.result.message));
        QVERIFY(outcome.text.isEmpty());
        const AuditRecord record = m_journal->records().constFirst();
        QCOMPARE(record.status, AuditStatus::Failed);
        QCOMPARE(record.error, outcome.result.message);
        // Stopped at the limit, not long after it (the server would send for ever).
        QVERIFY(record.responseBytes > 8 * 1024 * 1024);
        QVERIFY(record.responseBytes < 16 * 1024 * 1024);
    }

    void anAnswerStopsAtItsLimitAndKeepsWhatFits()
    {
        StreamContent content;
        content.text
            = QString(HttpBackend::MAX_ANSWER_CHARS - 1, QLatin1Char('z')) + QStringLiteral("👋 and more");
        content.deltaChars = 1 << 20;
        m_server->enqueue(Route::OpenAiChat, FakeResponse::stream(content));
        HttpBackend backend(provider(Api::OpenAi), *m_gate);
        const Outcome outcome = run(backend, question());
        QCOMPARE(outcome.result.status, ChatResult::Status::Partial);
        QCOMPARE(outcome.result.error, ChatError::TooLarge);
        QVERIFY2(outcome.result.message.contains(QStringLiteral("16 Mi characters")),
                 qPrintable(outcome.result.message));
        // Up to the limit, and never half a character: the emoji would straddle it.
        QCOMPARE(outcome.text.size(), HttpBackend::MAX_ANSWER_CHARS - 1);
        QCOMPARE(m_journal->records().constFirst().status, AuditStatus::Failed);
    }

    void timeoutsReachTheRequests()
    {
        m_server->enqueue(Route::OpenAiChat, FakeResponse::neverAnswer());
        HttpBackend backend(provider(Api::OpenAi), *m_gate);
        EgressTimeouts timeouts;
        timeouts.firstByte = std::chrono::milliseconds(300);
        backend.setTimeouts(timeouts);
        const Outcome outcome = run(backend, question());
        QCOMPARE(outcome.result.status, ChatResult::Status::Failed);
        QCOMPARE(outcome.result.error, ChatError::Timeout);
        QVERIFY2(outcome.result.message.contains(QStringLiteral("within 0.3 s")),
                 qPrintable(outcome.result.message));
    }

    void disabledProviderSendsNothing()
    {
        ProviderConfig config = provider(Api::OpenAi);
        config.enabled = false;
        HttpBackend backend(config, *m_gate);
        const Outcome outcome = run(backend, question());
        QCOMPARE(outcome.result.status, ChatResult::Status::Blocked);
        QVERIFY(outcome.result.message.contains(QStringLiteral("disabled")));
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(m_journal->records().constFirst().status, AuditStatus::Blocked);
    }

    void listsModels_data() { apis(); }
    void listsModels()
    {
        QFETCH(Api, api);
        m_server->setModels({QStringLiteral("alpha"), QStringLiteral("beta-2")});
        HttpBackend backend(provider(api), *m_gate);
        std::optional<Backend::ModelList> models;
        backend.listModels(this, [&](Backend::ModelList list) {
            models = std::move(list);
        });
        QTRY_VERIFY(models.has_value());
        QVERIFY2(models->has_value(), qPrintable(models->has_value() ? QString() : models->error().message));
        QCOMPARE((*models)->models, QStringList({QStringLiteral("alpha"), QStringLiteral("beta-2")}));
        QCOMPARE(m_journal->records().constFirst().purpose, QStringLiteral("models"));
    }

    void listsContextLengthsThroughTheGate_data()
    {
        QTest::addColumn<Api>("api");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("paths"); // every request, in order
        QTest::addRow("ollama: /api/show per model")
            << Api::Ollama << QStringLiteral("ollama")
            << QStringList{QStringLiteral("/api/tags"), QStringLiteral("/api/show"),
                           QStringLiteral("/api/show")};
        QTest::addRow("lm studio: its native list")
            << Api::OpenAi << QStringLiteral("lmstudio")
            << QStringList{QStringLiteral("/v1/models"), QStringLiteral("/api/v0/models")};
        QTest::addRow("openrouter: in the list")
            << Api::OpenAi << QStringLiteral("openrouter") << QStringList{QStringLiteral("/v1/models")};
        QTest::addRow("gemini: in the list")
            << Api::Gemini << QStringLiteral("gemini") << QStringList{QStringLiteral("/v1beta/models")};
    }

    void listsContextLengthsThroughTheGate()
    {
        QFETCH(Api, api);
        QFETCH(QString, preset);
        QFETCH(QStringList, paths);
        m_server->setModels({QStringLiteral("alpha"), QStringLiteral("beta-2")});
        m_server->setContextLengths({{QStringLiteral("alpha"), 2000}, {QStringLiteral("beta-2"), 131072}});
        ProviderConfig config = provider(api);
        config.preset = preset;
        HttpBackend backend(config, *m_gate);
        std::optional<Backend::ModelList> models;
        backend.listModels(this, [&](Backend::ModelList list) {
            models = std::move(list);
        });
        QTRY_VERIFY(models.has_value());
        QVERIFY2(models->has_value(), qPrintable(models->has_value() ? QString() : models->error().message));
        QCOMPARE((*models)->models, QStringList({QStringLiteral("alpha"), QStringLiteral("beta-2")}));
        const QMap<QString, int> expected{{QStringLiteral("alpha"), 2000},
                                          {QStringLiteral("beta-2"), 131072}};
        QCOMPARE((*models)->contextTokens, expected);

        // Every request went through the gate and was audited as a models request,
        // all of one listing under one turn id.
        QCOMPARE(m_server->requestCount(), paths.size());
        QCOMPARE(m_journal->records().size(), paths.size());
        for (int i = 0; i < paths.size(); ++i) {
            QCOMPARE(m_server->request(i).path, paths.at(i));
            const AuditRecord &record = m_journal->records().at(i);
            QCOMPARE(record.purpose, QStringLiteral("models"));
            QCOMPARE(record.status, AuditStatus::Completed);
            QCOMPARE(record.bodyBytes, m_server->request(i).bodyBytes());
            QVERIFY(!record.turnId.isEmpty());
            QCOMPARE(record.turnId, m_journal->records().constFirst().turnId);
        }
        if (api == Api::Ollama) {
            QCOMPARE(m_server->request(1).json().value(QLatin1String("model")).toString(),
                     QStringLiteral("alpha"));
            QCOMPARE(m_server->request(2).json().value(QLatin1String("model")).toString(),
                     QStringLiteral("beta-2"));
            QCOMPARE(m_journal->records().at(2).model, QStringLiteral("beta-2"));
        }
    }

    void aMissingContextLengthLeavesTheListStanding()
    {
        // The first /api/show fails; the list and the other model's figure stand.
        m_server->setModels({QStringLiteral("alpha"), QStringLiteral("beta-2")});
        m_server->enqueue(Route::OllamaShow, FakeResponse::error(FakeError::ServerError));
        ProviderConfig config = provider(Api::Ollama);
        HttpBackend backend(config, *m_gate);
        std::optional<Backend::ModelList> models;
        backend.listModels(this, [&](Backend::ModelList list) {
            models = std::move(list);
        });
        QTRY_VERIFY(models.has_value());
        QVERIFY(models->has_value());
        QCOMPARE((*models)->models.size(), 2);
        const QMap<QString, int> expected{{QStringLiteral("beta-2"), 131072}};
        QCOMPARE((*models)->contextTokens, expected);
        QCOMPARE(m_journal->records().size(), 3);
        QCOMPARE(m_journal->records().at(1).status, AuditStatus::Failed);
    }

private:
    static void apis()
    {
        QTest::addColumn<Api>("api");
        QTest::addRow("openai") << Api::OpenAi;
        QTest::addRow("anthropic") << Api::Anthropic;
        QTest::addRow("ollama") << Api::Ollama;
        QTest::addRow("gemini") << Api::Gemini;
    }

    ProviderConfig provider(Api api) const
    {
        ProviderConfig config;
        config.name = QStringLiteral("fake-%1").arg(apiName(api));
        config.api = api;
        config.baseUrl = m_server->apiRoot(api);
        config.defaultModel = QStringLiteral("fake-model");
        config.apiKey = "sk-test-key-0123456789";
        return config;
    }

    Outcome run(Backend &backend, const ChatRequest &request)
    {
        std::unique_ptr<ChatStream> stream(backend.send(request, {}));
        Outcome outcome;
        connect(stream.get(), &ChatStream::textReceived, this, [&](const QString &d) {
            outcome.text += d;
        });
        connect(stream.get(), &ChatStream::reasoningReceived, this, [&](const QString &d) {
            outcome.reasoning += d;
        });
        QSignalSpy finished(stream.get(), &ChatStream::finished);
        if (!finished.wait(20000))
            qFatal("the stream never finished");
        outcome.result = stream->result();
        if (outcome.text.size() + outcome.reasoning.size() != stream->receivedChars())
            qFatal("receivedChars() differs from the deltas");
        return outcome;
    }

    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<MemoryJournal> m_journal;
    std::unique_ptr<EgressGate> m_gate;
};

QTEST_GUILESS_MAIN(TestHttpBackend)
#include "TestHttpBackend.moc"
