// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"
#include "core/net/EgressRequest.h"

#include <QByteArray>
#include <QString>

namespace sotto {

/// An EgressRequest as EgressGate writes it on the wire: the request line and
/// every header field, in order. The gate writes headerBlock() and then the body,
/// and records exactly these fields, so what the audit shows is what was sent.
///
/// Fields: Host first (the URL's name, with its port when the URL gives one),
/// User-Agent `Sotto/<version>`, the caller's fields in their order,
/// `Accept-Encoding: identity` (no compression: the bytes counted are the bytes
/// streamed), `Connection: close` (one connection per request), and Content-Length
/// last for a POST. Nothing else: no Accept-Language (Qt's QNetworkAccessManager
/// would send the system locale, e.g. `de-DE,en,*`), no cookie, no client hints.
/// A plain value; usable from any thread.
class WireRequest final {
public:
    /// Validates `request` and lays out its wire form, or returns a log-safe
    /// reason why it cannot be sent (no secret in it).
    static Expected<WireRequest, QString> build(const EgressRequest &request);

    static QByteArray userAgent();

    const QByteArray &method() const { return m_method; }
    /// The request-target of the request line (origin form: path and query).
    const QByteArray &target() const { return m_target; }
    /// Every header field, in the order sent, unmasked.
    const HttpHeaders &headers() const { return m_headers; }
    qint64 bodyBytes() const { return m_bodyBytes; }
    /// Request line, header lines and the blank line: the bytes before the body.
    QByteArray headerBlock() const;
    qint64 headerBytes() const { return headerBlock().size(); }

private:
    WireRequest() = default;

    QByteArray m_method;
    QByteArray m_target;
    HttpHeaders m_headers;
    qint64 m_bodyBytes = 0;
};

} // namespace sotto
