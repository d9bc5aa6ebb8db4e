// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "tests/support/fake/PreparedResponse.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace sotto::test::fake {

/// Shared counters of every writer of one server.
struct WriterStats {
    qint64 peakBuffered = 0; // most response bytes ever held in memory at once (socket buffer included)
};

/// Puts one PreparedResponse on a socket: status line and headers, the body framed
/// by Content-Length, chunks or connection close, paced as scripted (drip, slow
/// headers, a token rate, stall, drop). Without pacing it writes in batches and waits for
/// bytesWritten once 256 KiB are queued, so a huge body costs bounded memory.
/// Ends with exactly one finished(); runs on the socket's thread; owned by its
/// HttpConnection (the socket is not owned).
class ResponseWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseWriter)

public:
    ResponseWriter(QTcpSocket *socket, PreparedResponse response, bool keepAlive, WriterStats *stats,
                   QObject *parent = nullptr);

    void start();
    /// Resumes a response stalled by stallAfter().
    void release();
    bool isStalled() const { return m_stalled; }
    /// Body payload bytes queued on the socket so far (framing excluded).
    qint64 bodyBytesSent() const { return m_bodySent; }

Q_SIGNALS:
    /// `completed`: the whole body was sent. `closeConnection`: the connection must
    /// close now (Connection: close, close-delimited body, or a scripted drop).
    void finished(bool completed, bool closeConnection);

private:
    void pump();
    void produce(qsizetype wanted);
    void onDrained();
    qint64 nextLimit() const;
    void notePeak();

    QTcpSocket *m_socket;
    PreparedResponse m_response;
    bool m_keepAlive;
    WriterStats *m_stats;
    QTimer m_timer;

    QByteArray m_wire; // framed bytes not yet handed to the socket, from m_offset
    qsizetype m_offset = 0;
    qsizetype m_headerRemaining = 0; // header bytes still in m_wire (for slow headers)
    QByteArray m_piece; // current body piece, from m_pieceOffset
    qsizetype m_pieceOffset = 0;
    qint64 m_bodySent = 0;
    bool m_headersQueued = false;
    bool m_bodyDone = false;
    bool m_atLimit = false;
    bool m_stallDone = false;
    bool m_stalled = false;
    bool m_done = false;
    bool m_pumping = false;
};

} // namespace sotto::test::fake
