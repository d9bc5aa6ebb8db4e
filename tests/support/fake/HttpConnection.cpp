// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/HttpConnection.h"

#include <QTcpSocket>

namespace sotto::test::fake {

HttpConnection::HttpConnection(QTcpSocket *socket, int number, Responder responder, WriterStats *stats,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_number(number)
    , m_responder(std::move(responder))
    , m_stats(stats)
{
    m_socket->setParent(this);
    // Each dripped byte must leave as its own segment.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::releaseStall()
{
    if (m_writer)
        m_writer->release();
}

void HttpConnection::close()
{
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->disconnectFromHost();
}

void HttpConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_silent)
        return;
    m_parser.append(data);
    process();
}

void HttpConnection::process()
{
    while (!m_writer && !m_silent && !m_closed) {
        switch (m_parser.parse()) {
        case HttpRequestParser::Status::NeedMore:
            return;
        case HttpRequestParser::Status::HeadersComplete:
            if (m_parser.expectsContinue())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            continue;
        case HttpRequestParser::Status::Failed: {
            const QByteArray reason = m_parser.errorReason();
            m_socket->write(
                QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: "
                           + QByteArray::number(reason.size()) + "\r\nConnection: close\r\n\r\n" + reason));
            m_silent = true;
            close();
            return;
        }
        case HttpRequestParser::Status::Complete: {
            RecordedRequest request = m_parser.takeRequest();
            request.connection = m_number;
            const bool keepAlive = request.keepAlive();
            startResponse(m_responder(std::move(request)), keepAlive);
            break;
        }
        }
    }
}

void HttpConnection::startResponse(Dispatch dispatch, bool keepAlive)
{
    m_current = dispatch.index;
    switch (dispatch.response.action) {
    case PreparedResponse::Action::HangUp:
        m_silent = true;
        endCurrent(false);
        close();
        return;
    case PreparedResponse::Action::NeverAnswer:
        m_silent = true;
        return;
    case PreparedResponse::Action::InformationalForever:
        m_silent = true;
        startInformational(dispatch.response.dripIntervalMs);
        return;
    case PreparedResponse::Action::Respond:
        break;
    }
    m_writer = new ResponseWriter(m_socket, std::move(dispatch.response), keepAlive, m_stats, this);
    connect(m_writer, &ResponseWriter::finished, this, &HttpConnection::onWriterFinished);
    m_writer->start();
}

void HttpConnection::startInformational(int intervalMs)
{
    m_informational = new QTimer(this);
    m_informational->setInterval(intervalMs);
    connect(m_informational, &QTimer::timeout, this, [this] {
        // Paced by the client too: nothing more is queued while it has not read the last.
        if (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesToWrite() < 4096)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    });
    m_informational->start();
}

void HttpConnection::endCurrent(bool completed)
{
    if (m_current < 0)
        return;
    const qint64 bytes = m_writer ? m_writer->bodyBytesSent() : 0;
    Q_EMIT responseEnded(std::exchange(m_current, -1), bytes, completed);
}

void HttpConnection::onWriterFinished(bool completed, bool closeConnection)
{
    endCurrent(completed);
    m_writer->deleteLater();
    m_writer = nullptr;
    if (closeConnection) {
        m_silent = true;
        close();
        return;
    }
    // A pipelined request may already be buffered.
    QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::onDisconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_informational)
        m_informational->stop();
    endCurrent(false);
    if (m_writer) {
        m_writer->deleteLater();
        m_writer = nullptr;
    }
    Q_EMIT closed();
    deleteLater();
}

} // namespace sotto::test::fake
