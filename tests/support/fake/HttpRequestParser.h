// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "tests/support/fake/RecordedRequest.h"

#include <QByteArray>

namespace sotto::test::fake {

/// Incremental HTTP/1.x request parser for the fake server: request line, header
/// lines (CRLF or bare LF), a body by Content-Length or chunked Transfer-Encoding
/// (extensions and trailers accepted). Bytes after a complete request stay buffered
/// for the next one, so pipelined and keep-alive requests work. Pure: no I/O.
class HttpRequestParser final {
public:
    enum class Status {
        NeedMore, // feed more bytes
        HeadersComplete, // returned once per request, before the body is read (for Expect: 100-continue)
        Complete, // takeRequest() now
        Failed, // errorReason() says why; the connection should answer 400 and close
    };

    void append(const QByteArray &data) { m_buffer.append(data); }
    Status parse();

    bool expectsContinue() const;
    QByteArray errorReason() const { return m_error; }
    /// The parsed request; resets the parser for the next one (remaining bytes kept).
    RecordedRequest takeRequest();
    /// Bytes received but not yet consumed by a complete request.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

private:
    enum class Stage {
        Head,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Done,
        Error,
    };

    Status fail(const QByteArray &reason);
    bool parseHead();
    /// The next line from m_pos (without its ending), or false when incomplete.
    bool takeLine(QByteArray &line, qsizetype &consumed);

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    Stage m_stage = Stage::Head;
    RecordedRequest m_request;
    qint64 m_remaining = 0;
    bool m_headersAnnounced = false;
    QByteArray m_error;
};

} // namespace sotto::test::fake
