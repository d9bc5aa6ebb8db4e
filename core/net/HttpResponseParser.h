// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/EgressRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace sotto {

/// Reads one HTTP/1.1 response, incrementally, from whatever pieces the socket
/// delivers: the status line and fields, then the body de-framed (Content-Length,
/// chunked with extensions and trailers, or up to the end of the connection).
/// Informational 1xx responses are skipped. Limits, so a hostile or broken server
/// cannot grow it or keep it reading without end: 64 KiB of head (and of trailers),
/// MAX_INFORMATIONAL 1xx answers before the final one, chunk size lines of 1 KiB,
/// chunk sizes that fit in 63 bits. Pure and fuzzable: no I/O, no Qt event loop.
///
///     parser.feed(socket->readAll());
///     if (auto head = parser.takeHead()) …   // once
///     const QByteArray body = parser.takeBody(); // as it comes
///     if (parser.isComplete()) … ; if (parser.hasFailed()) … parser.error()
///     parser.finishAtEof();   // when the connection closes
class HttpResponseParser final {
public:
    struct Head {
        int status = 0;
        QByteArray reason;
        HttpHeaders headers; // (name as sent, value trimmed), in order
    };

    /// `bodyless`: the request was HEAD (no answer body whatever the fields say).
    /// Informational (1xx) answers accepted before the final one.
    static constexpr int MAX_INFORMATIONAL = 32;

    explicit HttpResponseParser(bool bodyless = false)
        : m_bodyless(bodyless)
    { }

    /// Consumes `data`. Returns false once the response is malformed.
    bool feed(QByteArrayView data);
    /// The connection ended: completes a response delimited by it, else fails.
    bool finishAtEof();

    /// The status and fields, once, when they are complete.
    std::optional<Head> takeHead();
    /// Body bytes decoded since the last call.
    QByteArray takeBody();

    bool hasHead() const { return m_head.status != 0; }
    bool isComplete() const { return m_state == State::Done; }
    bool hasFailed() const { return m_state == State::Failed; }
    /// Why it failed (log-safe: no content is quoted).
    const QString &error() const { return m_error; }
    /// Bytes received after the end of the response (a misbehaving server).
    qint64 trailingBytes() const { return m_trailingBytes; }

private:
    enum class State {
        StatusLine,
        Fields,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        UntilClose,
        Done,
        Failed,
    };

    bool parse();
    bool parseBuffered();
    bool fail(const QString &why);
    std::optional<QByteArray> takeLine();
    qsizetype available() const;
    void takeBodyBytes(qint64 limit);
    bool onStatusLine(const QByteArray &line);
    bool onField(const QByteArray &line);
    bool startBody();

    State m_state = State::StatusLine;
    QByteArray m_buffer;
    qsizetype m_position = 0; // m_buffer before it is consumed
    qsizetype m_headBytes = 0; // of the head being read, or of the trailers
    int m_informational = 0; // 1xx answers skipped
    Head m_head;
    bool m_headTaken = false;
    bool m_headEnded = false; // the final head's blank line was read (not merely a status line)
    bool m_bodyless = false;
    qint64 m_remaining = 0;
    QByteArray m_body;
    QString m_error;
    qint64 m_trailingBytes = 0;
};

} // namespace sotto
