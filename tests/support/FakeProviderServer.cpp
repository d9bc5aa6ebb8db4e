// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/FakeProviderServer.h"

#include "tests/support/fake/HttpConnection.h"

#include <QTcpSocket>

namespace sotto::test {

FakeProviderServer::FakeProviderServer(QObject *parent)
    : QObject(parent)
    , m_models({QStringLiteral("fake-model"), QStringLiteral("fake-model-large")})
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FakeProviderServer::onNewConnection);
}

FakeProviderServer::~FakeProviderServer()
{
    m_server.close();
    // Before the members the connections report to go away.
    qDeleteAll(findChildren<fake::HttpConnection *>(Qt::FindDirectChildrenOnly));
}

bool FakeProviderServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void FakeProviderServer::stopListening()
{
    m_server.close();
}

QUrl FakeProviderServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address().toString());
    url.setPort(port());
    return url;
}

QUrl FakeProviderServer::apiRoot(Api api) const
{
    return api == Api::OpenAi ? url(QStringLiteral("/v1")) : baseUrl();
}

QUrl FakeProviderServer::url(const QString &pathAndQuery) const
{
    return baseUrl().resolved(QUrl(pathAndQuery));
}

void FakeProviderServer::enqueue(const FakeResponse &response)
{
    m_sharedQueue.enqueue(response);
}

void FakeProviderServer::enqueue(Route route, const FakeResponse &response)
{
    m_routeQueues[route].enqueue(response);
}

void FakeProviderServer::setDefaultResponse(Route route, const FakeResponse &response)
{
    m_defaults.insert(route, response);
}

void FakeProviderServer::setDefaultChatResponse(const FakeResponse &response)
{
    for (const Api api : {Api::OpenAi, Api::Anthropic, Api::Ollama, Api::Gemini})
        setDefaultResponse(chatRoute(api), response);
}

void FakeProviderServer::clearScript()
{
    m_sharedQueue.clear();
    m_routeQueues.clear();
    m_defaults.clear();
    m_responder = nullptr;
}

int FakeProviderServer::pendingResponses() const
{
    qsizetype count = m_sharedQueue.size();
    for (const auto &queue : m_routeQueues)
        count += queue.size();
    return int(count);
}

void FakeProviderServer::releaseStalled()
{
    const auto connections = findChildren<fake::HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (fake::HttpConnection *connection : connections)
        connection->releaseStall();
}

void FakeProviderServer::disconnectAll()
{
    const auto connections = findChildren<fake::HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (fake::HttpConnection *connection : connections)
        connection->close();
}

FakeResponse FakeProviderServer::takeScript(const RecordedRequest &request)
{
    const Route route = request.route;
    if (m_responder) {
        if (std::optional<FakeResponse> chosen = m_responder(request))
            return *chosen;
    }
    auto queue = m_routeQueues.find(route);
    if (queue != m_routeQueues.end() && !queue->isEmpty())
        return queue->dequeue();
    if (!m_sharedQueue.isEmpty())
        return m_sharedQueue.dequeue();
    return m_defaults.value(route, FakeResponse());
}

void FakeProviderServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        const int number = m_connectionCount++;
        Q_EMIT connectionAccepted();
        if (m_closeOnAccept) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->close();
            continue;
        }
        const auto responder = [this](RecordedRequest request) {
            request.index = int(m_requests.size());
            request.receivedAt = QDateTime::currentDateTimeUtc();
            request.msSinceStart = m_clock.elapsed();
            request.route
                = routeFor(request.method, request.path,
                           request.hasHeader("anthropic-version") || request.hasHeader("x-api-key"));

            FakeResponse::Context context;
            context.api = apiOf(request.route);
            context.model = request.model();
            context.geminiArray = request.route == Route::GeminiStream
                && request.queryItems().queryItemValue(QStringLiteral("alt")) != QLatin1String("sse");
            context.models = m_models;
            context.contextLengths = m_contextLengths;
            context.transcript = m_transcript;
            context.route = request.route;
            context.method = request.method;
            context.target = request.target;

            fake::HttpConnection::Dispatch dispatch{request.index, takeScript(request).prepare(context)};
            if (dispatch.response.action == fake::PreparedResponse::Action::Respond)
                request.responseStatus = dispatch.response.status;
            m_requests.append(std::move(request));
            Q_EMIT requestReceived(dispatch.index);
            return dispatch;
        };
        auto *connection = new fake::HttpConnection(socket, number, responder, &m_stats, this);
        ++m_openConnections;
        connect(connection, &fake::HttpConnection::responseEnded, this,
                [this](int index, qint64 bodyBytes, bool completed) {
                    RecordedRequest &request = m_requests[index];
                    request.responseBodyBytes = bodyBytes;
                    request.responseCompleted = completed;
                    request.msAtResponseEnd = m_clock.elapsed();
                    Q_EMIT responseFinished(index);
                });
        connect(connection, &fake::HttpConnection::closed, this, [this] {
            --m_openConnections;
            Q_EMIT connectionClosed();
        });
    }
}

} // namespace sotto::test
