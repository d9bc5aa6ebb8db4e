// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"
#include "core/net/EgressRequest.h"

#include <QByteArray>
#include <QString>

namespace sotto {

/// An EgressRequest as it is written on the wire: the request line and every
/// header field, in order, exactly as Qt's HTTP/1.1 client sends them.
///
/// Qt adds Host, Connection, Accept-Encoding (gzip, deflate), Accept-Language (from
/// the system locale: a fingerprint), User-Agent (Mozilla/5.0) and Content-Length
/// unless they are present; its setHeaderField() moves a field it rewrites to the
/// end. So the wire request sets all of them itself, neutral and in their final
/// order — Host first, User-Agent `Sotto/<version>`, the caller's fields,
/// `Accept-Encoding: identity` (no compression: the bytes counted are the bytes
/// streamed), `Accept-Language: *` (Qt cannot be made to omit the field; `*` says
/// nothing about the user), `Connection: Keep-Alive` (Qt's own value), and
/// Content-Length last for a POST — and what is recorded is what is sent.
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
