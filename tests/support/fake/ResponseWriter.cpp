// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/ResponseWriter.h"

#include "tests/support/fake/VendorReplies.h"

#include <QScopedValueRollback>
#include <QTcpSocket>

#include <limits>

namespace sotto::test::fake {

namespace {

constexpr qint64 HIGH_WATER = 256 * 1024;
constexpr qsizetype BATCH = 64 * 1024;

} // namespace

ResponseWriter::ResponseWriter(QTcpSocket *socket, PreparedResponse response, bool keepAlive,
                               WriterStats *stats, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_response(std::move(response))
    , m_keepAlive(keepAlive && m_response.framing != Framing::CloseDelimited)
    , m_stats(stats)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ResponseWriter::pump);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_timer.isActive())
            pump();
    });
}

void ResponseWriter::start()
{
    pump();
}

void ResponseWriter::release()
{
    // Released before reaching its stall point (a slow client, a loaded machine): it does not stop there.
    m_stallDone = true;
    if (!m_stalled)
        return;
    m_stalled = false;
    m_atLimit = false;
    pump();
}

qint64 ResponseWriter::nextLimit() const
{
    qint64 limit = std::numeric_limits<qint64>::max();
    if (m_response.stallAfter && !m_stallDone)
        limit = std::min(limit, *m_response.stallAfter);
    if (m_response.dropAfter)
        limit = std::min(limit, *m_response.dropAfter);
    return limit;
}

void ResponseWriter::produce(qsizetype wanted)
{
    const bool chunked = m_response.framing == Framing::Chunked;
    while (m_wire.size() - m_offset < wanted) {
        if (!m_headersQueued) {
            QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' '
                + reasonPhrase(m_response.status) + "\r\n";
            for (const auto &[name, value] : std::as_const(m_response.headers))
                head += name + ": " + value + "\r\n";
            if (m_response.framing == Framing::ContentLength)
                head += "Content-Length: " + QByteArray::number(m_response.body->size()) + "\r\n";
            else if (chunked)
                head += "Transfer-Encoding: chunked\r\n";
            head += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
            m_wire.append(head);
            m_headerRemaining = head.size();
            m_headersQueued = true;
            continue;
        }
        if (m_bodyDone || m_atLimit)
            break;
        const qint64 room = nextLimit() - m_bodySent;
        if (room <= 0) {
            m_atLimit = true;
            break;
        }
        if (m_pieceOffset >= m_piece.size()) {
            if (m_response.body->atEnd()) {
                if (chunked)
                    m_wire.append("0\r\n\r\n");
                m_bodyDone = true;
                break;
            }
            m_piece = m_response.body->next();
            m_pieceOffset = 0;
            continue;
        }
        // One chunk per piece, its size announced up front: a stall or drop inside a
        // piece lands inside a chunk, as when a real server is cut off mid-write.
        if (chunked && m_pieceOffset == 0)
            m_wire.append(QByteArray::number(m_piece.size(), 16)).append("\r\n");
        const qsizetype take = static_cast<qsizetype>(std::min<qint64>(m_piece.size() - m_pieceOffset, room));
        m_wire.append(m_piece.constData() + m_pieceOffset, take);
        m_pieceOffset += take;
        m_bodySent += take;
        if (m_pieceOffset >= m_piece.size()) {
            if (chunked)
                m_wire.append("\r\n");
            m_piece.clear();
            m_pieceOffset = 0;
        }
    }
}

void ResponseWriter::notePeak()
{
    const qint64 held
        = m_socket->bytesToWrite() + (m_wire.size() - m_offset) + (m_piece.size() - m_pieceOffset);
    m_stats->peakBuffered = std::max(m_stats->peakBuffered, held);
}

void ResponseWriter::pump()
{
    if (m_pumping || m_done || m_stalled || m_timer.isActive()
        || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QScopedValueRollback guard(m_pumping, true);
    for (;;) {
        const bool slowHeader = m_response.slowHeadersMs >= 0 && (m_headerRemaining > 0 || !m_headersQueued);
        const bool stepping = slowHeader || m_response.dripBytes > 0;
        const bool paced = !stepping && m_response.pieceIntervalMs > 0;
        if (m_wire.size() == m_offset) {
            m_wire.clear();
            m_offset = 0;
            produce(stepping || paced ? 1 : BATCH);
        }
        const qsizetype pending = m_wire.size() - m_offset;
        if (pending == 0) {
            onDrained();
            return;
        }
        if (paced) {
            // One piece (one event of a paced stream), then the pause.
            const qsizetype at = std::exchange(m_offset, m_wire.size());
            m_timer.start(m_response.pieceIntervalMs);
            m_socket->write(m_wire.constData() + at, pending);
            m_socket->flush();
            notePeak();
            return;
        }
        if (stepping) {
            qsizetype step = slowHeader ? 1 : m_response.dripBytes;
            step = std::min(step, pending);
            if (slowHeader)
                step = std::min(step, m_headerRemaining);
            const qsizetype at = std::exchange(m_offset, m_offset + step);
            m_headerRemaining = std::max<qsizetype>(0, m_headerRemaining - step);
            m_timer.start(slowHeader ? m_response.slowHeadersMs : m_response.dripIntervalMs);
            m_socket->write(m_wire.constData() + at, step);
            m_socket->flush(); // may emit bytesWritten right here: the running timer keeps pump() out
            notePeak();
            return;
        }
        const qint64 queued = m_socket->bytesToWrite();
        if (queued >= HIGH_WATER)
            return; // bytesWritten resumes
        const qsizetype n = static_cast<qsizetype>(std::min<qint64>(pending, HIGH_WATER - queued));
        const qsizetype at = std::exchange(m_offset, m_offset + n);
        m_socket->write(m_wire.constData() + at, n);
        m_headerRemaining = std::max<qsizetype>(0, m_headerRemaining - n);
        notePeak();
    }
}

void ResponseWriter::onDrained()
{
    if (m_bodyDone) {
        m_done = true;
        Q_EMIT finished(true, !m_keepAlive);
        return;
    }
    if (m_atLimit) {
        const bool stall = m_response.stallAfter && !m_stallDone && m_bodySent >= *m_response.stallAfter;
        if (stall) {
            m_stalled = true;
            return;
        }
        m_done = true;
        Q_EMIT finished(false, true);
    }
}

} // namespace sotto::test::fake
