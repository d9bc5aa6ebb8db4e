// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/WireRequest.h"

#include "core/common/Version.h"

#include <QHostAddress>
#include <QSet>

namespace sotto {

namespace {

bool isTokenCharacter(char c)
{
    static const QByteArray extra = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c);
}

bool isValidName(const QByteArray &name)
{
    return !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), isTokenCharacter);
}

bool isValidValue(const QByteArray &value)
{
    if (!value.isEmpty()
        && (value.front() == ' ' || value.front() == '\t' || value.back() == ' ' || value.back() == '\t'))
        return false;
    return std::none_of(value.cbegin(), value.cend(), [](char c) {
        return c == '\r' || c == '\n' || c == '\0';
    });
}

const QSet<QByteArray> &reservedNames()
{
    static const QSet<QByteArray> names = {
        "host",
        "user-agent",
        "accept-encoding",
        "accept-language",
        "connection",
        "content-length",
        "transfer-encoding",
        "cookie",
        "te",
        "upgrade",
        "expect",
        "keep-alive",
        "proxy-connection",
        "proxy-authorization",
    };
    return names;
}

QByteArray hostField(const QUrl &url)
{
    const QString host = url.host();
    const QHostAddress literal(host);
    QByteArray field;
    if (!literal.isNull() && literal.protocol() == QAbstractSocket::IPv6Protocol)
        field = '[' + host.toLatin1() + ']';
    else if (!literal.isNull())
        field = host.toLatin1();
    else
        field = QUrl::toAce(host);
    if (url.port() != -1)
        field += ':' + QByteArray::number(url.port());
    return field;
}

// The request-target in origin form (path and query, fully encoded), as Qt's own
// client writes it for a direct connection.
QByteArray targetOf(const QUrl &url)
{
    QUrl::FormattingOptions format(QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::FullyEncoded
                                   | QUrl::RemoveScheme | QUrl::RemoveAuthority);
    QUrl copy = url;
    if (copy.path().isEmpty())
        copy.setPath(QStringLiteral("/"));
    else
        format |= QUrl::NormalizePathSegments;
    return copy.toEncoded(format);
}

} // namespace

QByteArray WireRequest::userAgent()
{
    return QByteArrayLiteral("Sotto/") + QByteArray(VERSION);
}

Expected<WireRequest, QString> WireRequest::build(const EgressRequest &request)
{
    using Failure = Unexpected<QString>;
    const QUrl &url = request.url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Failure(QStringLiteral("only http and https URLs can be sent"));
    if (url.host().isEmpty())
        return Failure(QStringLiteral("the URL has no host"));
    if (!url.userInfo().isEmpty())
        return Failure(QStringLiteral("the URL carries user info; credentials belong in a header"));

    WireRequest wire;
    wire.m_method = request.method.toUpper();
    const bool isPost = wire.m_method == "POST";
    if (wire.m_method != "GET" && !isPost)
        return Failure(QStringLiteral("only GET and POST are supported"));
    if (!isPost && !request.body.isEmpty())
        return Failure(QStringLiteral("a GET request cannot carry a body"));

    QSet<QByteArray> seen;
    bool hasContentType = false;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        // A malformed name is not quoted: it may be a value (a key) passed in the wrong place.
        if (!isValidName(name))
            return Failure(QStringLiteral("malformed header field name"));
        if (!isValidValue(value))
            return Failure(
                QStringLiteral("malformed value in header field %1").arg(QString::fromLatin1(name)));
        if (reservedNames().contains(lower) || lower.startsWith("proxy-"))
            return Failure(
                QStringLiteral("the gate sets the %1 header itself").arg(QString::fromLatin1(name)));
        if (seen.contains(lower))
            return Failure(QStringLiteral("duplicate header field %1").arg(QString::fromLatin1(name)));
        seen.insert(lower);
        hasContentType = hasContentType || lower == "content-type";
    }
    if (isPost && !request.body.isEmpty() && !hasContentType)
        return Failure(QStringLiteral("a POST body needs a Content-Type"));

    wire.m_target = targetOf(url);
    wire.m_headers.append({QByteArrayLiteral("Host"), hostField(url)});
    wire.m_headers.append({QByteArrayLiteral("User-Agent"), userAgent()});
    wire.m_headers.append(request.headers);
    wire.m_headers.append({QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity")});
    wire.m_headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    if (isPost)
        wire.m_headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(request.body.size())});
    wire.m_bodyBytes = request.body.size();
    return wire;
}

QByteArray WireRequest::headerBlock() const
{
    QByteArray block = m_method + ' ' + m_target + " HTTP/1.1\r\n";
    for (const auto &[name, value] : m_headers)
        block += name + ": " + value + "\r\n";
    block += "\r\n";
    return block;
}

} // namespace sotto
