// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "tests/support/fake/FakeResponse.h"
#include "tests/support/fake/RecordedRequest.h"
#include "tests/support/fake/ResponseWriter.h"
#include "tests/support/fake/Route.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QQueue>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <optional>

namespace sotto::test {

/// A real HTTP/1.1 server on a loopback address that speaks the four provider
/// protocols well enough for QNetworkAccessManager, EgressGate and curl, records
/// every request byte for byte, and misbehaves on request. It runs in the calling
/// thread's event loop (QSignalSpy::wait / QTRY_COMPARE drive it) and never blocks.
///
/// Routes (Route.h): OpenAI `POST {prefix}/chat/completions` (SSE) and
/// `GET {prefix}/models`, `POST {prefix}/audio/transcriptions` (multipart: its parts
/// are in RecordedRequest::multipartParts(); answers setTranscript()); Anthropic `POST /v1/messages` (named
/// SSE events) and `GET /v1/models`; Ollama `POST /api/chat` (NDJSON) and `GET /api/tags`; Gemini `POST
/// /v1beta/models/{model}:streamGenerateContent?alt=sse` (without alt=sse: a streamed JSON array) and `GET
/// /v1beta/models`. Anything else: 404 with JSON.
///
/// Each request takes its answer from, in order: the responder (setResponder:
/// by what the request carries), the queue of its route, the
/// shared queue, the route's default, the built-in answer (a short generated
/// stream, the model list, or 404). Answers are protocol-neutral FakeResponses,
/// rendered in the shape of the route that is asked.
///
///     FakeProviderServer server;                       // in init()
///     QVERIFY(server.listen());                        // 127.0.0.1, any port
///     StreamContent answer;
///     answer.text = QStringLiteral("Olá!");
///     answer.thinking = QStringLiteral("Greet in Portuguese.");
///     answer.usage = Usage{9, 4};
///     server.enqueue(Route::OllamaChat, FakeResponse::stream(answer).dropAfter(120));
///     server.enqueue(FakeResponse::error(FakeError::RateLimited).withRetryAfter(7));
///     provider.baseUrl = server.apiRoot(Api::Ollama); // http://127.0.0.1:<port>
///     … run the code under test …
///     QTRY_COMPARE(server.requestCount(), 1);
///     const RecordedRequest &sent = server.request(0);
///     QCOMPARE(sent.json().value(QLatin1String("think")).toBool(), true);
///     QCOMPARE(sent.bodyBytes(), auditRecord.bodyBytes);
///
/// Misbehaviour: FakeResponse::drip/slowHeaders/stallAfter/dropAfter/hangUp/
/// neverAnswer/endlessLine/informationalForever,
/// StreamContent::malformedAfter/streamError/Finish::Missing, and
/// setCloseOnAccept(). A second server can listen on 127.0.0.2 to model another
/// host (for redirects). Owns its connections; destroying it closes them.
class FakeProviderServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeProviderServer)

public:
    explicit FakeProviderServer(QObject *parent = nullptr);
    ~FakeProviderServer() override;

    /// Listens on `address` (any loopback address, e.g. 127.0.0.2) and `port` (0: any).
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    /// Stops accepting; a client connecting afterwards gets "connection refused".
    void stopListening();
    bool isListening() const { return m_server.isListening(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }
    /// http://<address>:<port>
    QUrl baseUrl() const;
    /// The API root a provider is configured with (DESIGN.md): baseUrl()/v1 for
    /// OpenAI-compatible, baseUrl() for the others.
    QUrl apiRoot(Api api) const;
    /// baseUrl() plus a path (and optional query), e.g. url("/v1/models").
    QUrl url(const QString &pathAndQuery) const;

    // Scripting
    /// Answers the next request on any route.
    void enqueue(const FakeResponse &response);
    /// Answers the next request on `route`.
    void enqueue(Route route, const FakeResponse &response);
    /// Answers every request on `route` that finds no queued response.
    void setDefaultResponse(Route route, const FakeResponse &response);
    /// Every chat route answers with `response` when nothing is queued.
    void setDefaultChatResponse(const FakeResponse &response);
    /// Chooses the answer of each request by what it carries (its body, its
    /// model…) before the queues are asked; nullopt leaves it to them. Requests
    /// that arrive at once can so be answered by role, whatever their order.
    using Responder = std::function<std::optional<FakeResponse>(const RecordedRequest &request)>;
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    /// Drops every queued response, default and the responder.
    void clearScript();
    /// Queued responses not yet used (all routes).
    int pendingResponses() const;
    /// Model ids the model-list routes report (default: fake-model, fake-model-large).
    void setModels(const QStringList &ids) { m_models = ids; }
    QStringList models() const { return m_models; }
    /// The context length the model routes report per model (OpenAI-style lists as
    /// OpenRouter does, Gemini's inputTokenLimit, Ollama /api/show, LM Studio
    /// /api/v0/models); a model without one: Gemini 1,048,576, Ollama 131,072, LM
    /// Studio 32,768, none in an OpenAI-style list.
    void setContextLengths(const QMap<QString, int> &lengths) { m_contextLengths = lengths; }
    /// What `POST {prefix}/audio/transcriptions` answers, as {"text": …}, when nothing
    /// else is scripted for it (default: "Hello from the fake transcriber.").
    void setTranscript(const QString &text) { m_transcript = text; }
    /// Accept and immediately close every new connection (counted, nothing read).
    void setCloseOnAccept(bool close) { m_closeOnAccept = close; }
    /// Resumes every response stalled by FakeResponse::stallAfter(); one still short of its
    /// stall point does not stop there.
    void releaseStalled();
    /// Closes every open connection (pending bytes are flushed first).
    void disconnectAll();

    // Recording
    /// Connections accepted since construction ("zero connections" = 0).
    int connectionCount() const { return m_connectionCount; }
    int openConnectionCount() const { return m_openConnections; }
    int requestCount() const { return int(m_requests.size()); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    const RecordedRequest &request(int index) const { return m_requests.at(index); }
    const RecordedRequest &lastRequest() const { return m_requests.last(); }
    /// Most response bytes the server ever held in memory at once (socket buffers
    /// included): bounded even for a million-token stream.
    qint64 peakBufferedBytes() const { return m_stats.peakBuffered; }

Q_SIGNALS:
    void connectionAccepted();
    /// Request `index` was read completely and its answer chosen (requests()[index]).
    void requestReceived(int index);
    /// The answer to request `index` ended (fully sent, dropped or cut by the client).
    void responseFinished(int index);
    void connectionClosed();

private:
    void onNewConnection();
    FakeResponse takeScript(const RecordedRequest &request);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    fake::WriterStats m_stats;
    QQueue<FakeResponse> m_sharedQueue;
    QHash<Route, QQueue<FakeResponse>> m_routeQueues;
    QHash<Route, FakeResponse> m_defaults;
    QStringList m_models;
    QMap<QString, int> m_contextLengths;
    QString m_transcript = QStringLiteral("Hello from the fake transcriber.");
    Responder m_responder;
    QList<RecordedRequest> m_requests;
    int m_connectionCount = 0;
    int m_openConnections = 0;
    bool m_closeOnAccept = false;
};

} // namespace sotto::test
