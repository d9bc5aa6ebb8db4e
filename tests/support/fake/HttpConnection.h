// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "tests/support/fake/HttpRequestParser.h"
#include "tests/support/fake/PreparedResponse.h"
#include "tests/support/fake/ResponseWriter.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace sotto::test::fake {

/// One accepted connection of the fake server: parses requests as bytes arrive
/// (answering `Expect: 100-continue`), asks its Responder for each complete request
/// and writes the answer with a ResponseWriter, one request at a time (pipelined
/// requests wait their turn), keeping the connection alive between them unless
/// either side says close. Owns its socket; deletes itself after closed().
class HttpConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    struct Dispatch {
        int index = -1; // the request's number in the server's record
        PreparedResponse response;
    };
    /// Records a complete request and decides its answer.
    using Responder = std::function<Dispatch(RecordedRequest request)>;

    HttpConnection(QTcpSocket *socket, int number, Responder responder, WriterStats *stats,
                   QObject *parent = nullptr);

    int number() const { return m_number; }
    void releaseStall();
    /// Closes the connection now (pending response bytes are flushed first).
    void close();

Q_SIGNALS:
    /// The answer to request `index` ended: fully sent, dropped, hung up, or cut
    /// because the client went away.
    void responseEnded(int index, qint64 bodyBytes, bool completed);
    void closed();

private:
    void onReadyRead();
    void process();
    void startResponse(Dispatch dispatch, bool keepAlive);
    void onWriterFinished(bool completed, bool closeConnection);
    void onDisconnected();
    void endCurrent(bool completed);
    void startInformational(int intervalMs);

    QTcpSocket *m_socket;
    int m_number;
    Responder m_responder;
    WriterStats *m_stats;
    HttpRequestParser m_parser;
    ResponseWriter *m_writer = nullptr;
    QTimer *m_informational = nullptr; // informationalForever(): the pace of its 1xx answers
    int m_current = -1;
    bool m_silent = false; // hung up or never answering: read and ignore everything
    bool m_closed = false;
};

} // namespace sotto::test::fake
