// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "tests/support/fake/Route.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sotto::test {

/// One part of a multipart/form-data body, as the client sent it.
struct MultipartPart {
    QByteArray name; // Content-Disposition's name
    QString fileName; // its filename, empty for a plain field
    QByteArray contentType; // the part's Content-Type, empty when none
    QByteArray data; // the part's bytes exactly
};

/// One HTTP request exactly as FakeProviderServer received it, plus what the
/// server answered. Byte counts are of the wire: `headerBytes` covers the request
/// line, every header line and the blank line that ends them, each with its line
/// ending as sent (CRLF normally); `bodyWireBytes` is the body as framed on the
/// wire (with chunk sizes for a chunked body); `body` is the decoded body.
struct RecordedRequest {
    int index = -1; // position in FakeProviderServer::requests()
    int connection = -1; // 0-based number of the connection it arrived on
    Route route = Route::Unknown;

    QByteArray method; // "POST"
    QByteArray target; // as on the request line: "/v1/chat/completions?x=1"
    QString path; // target without the query, percent-encoding kept
    QByteArray query; // raw query without '?', empty when none
    QByteArray httpVersion; // "HTTP/1.1"
    QList<QByteArray> headerLines; // raw header lines in order, without line endings
    QList<QPair<QByteArray, QByteArray>> headers; // (name as sent, trimmed value) in order
    QByteArray body; // decoded body bytes (chunked framing removed)
    qint64 headerBytes = 0;
    qint64 bodyWireBytes = 0;
    bool chunked = false; // the body came with Transfer-Encoding: chunked

    QDateTime receivedAt; // UTC, when the request was complete
    qint64 msSinceStart = 0; // monotonic milliseconds since the server was created
    qint64 msAtResponseEnd = -1; // likewise, when the answer ended (-1: not yet)

    int responseStatus = 0; // 0 when the server hung up or never answered
    qint64 responseBodyBytes = 0; // body payload bytes handed to the socket so far
    bool responseCompleted = false; // the whole scripted body was sent

    qint64 bodyBytes() const { return body.size(); }
    qint64 totalBytes() const { return headerBytes + bodyWireBytes; }

    /// First value of header `name` (case-insensitive), or an empty array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// Every header name in lower case → its values joined with ", ".
    QHash<QByteArray, QByteArray> headerMap() const;
    QUrlQuery queryItems() const;

    /// The body as a JSON object; an empty object when it is not one.
    QJsonObject json() const;
    bool isJson() const;
    /// The parts of a multipart/form-data body (by the boundary of its Content-Type),
    /// in order; empty when the body is not one or is malformed.
    QList<MultipartPart> multipartParts() const;
    /// The part called `name`, or a part with an empty name when there is none.
    MultipartPart multipartPart(QByteArrayView name) const;
    /// The requested model: the body's "model" (a multipart body's `model` part), or
    /// the {model} of a Gemini path.
    QString model() const;
    /// Whether the client asked to keep the connection open after this request.
    bool keepAlive() const;
};

} // namespace sotto::test
