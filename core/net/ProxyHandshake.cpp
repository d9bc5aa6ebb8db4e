// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/ProxyHandshake.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

#include <utility>

namespace sotto {

namespace {

constexpr char SOCKS_VERSION = 0x05;
constexpr char SOCKS_NO_AUTHENTICATION = 0x00;
constexpr char SOCKS_IPV4 = 0x01;
constexpr char SOCKS_DOMAIN = 0x03;
constexpr char SOCKS_IPV6 = 0x04;

QString socksReplyText(int code)
{
    switch (code) {
    case 0x01:
        return QCoreApplication::translate("sotto::ProxyHandshake", "general failure");
    case 0x02:
        return QCoreApplication::translate("sotto::ProxyHandshake", "not allowed by its rules");
    case 0x03:
        return QCoreApplication::translate("sotto::ProxyHandshake", "network unreachable");
    case 0x04:
        return QCoreApplication::translate("sotto::ProxyHandshake", "host unreachable or not found");
    case 0x05:
        return QCoreApplication::translate("sotto::ProxyHandshake", "connection refused");
    case 0x06:
        return QCoreApplication::translate("sotto::ProxyHandshake", "time to live expired");
    case 0x07:
        return QCoreApplication::translate("sotto::ProxyHandshake", "command not supported");
    case 0x08:
        return QCoreApplication::translate("sotto::ProxyHandshake", "address type not supported");
    default:
        return QCoreApplication::translate("sotto::ProxyHandshake", "error %1").arg(code);
    }
}

QByteArray authority(const QString &host, quint16 port)
{
    const bool ipv6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    const QByteArray name = ipv6 ? host.toLatin1() : QUrl::toAce(host);
    return (ipv6 ? '[' + name + ']' : name) + ':' + QByteArray::number(port);
}

} // namespace

ProxyHandshake::ProxyHandshake(ProxySpec::Kind kind, const QString &targetHost, quint16 targetPort)
    : m_kind(kind)
    , m_host(targetHost)
    , m_port(targetPort)
    , m_step(kind == ProxySpec::Kind::HttpConnect ? Step::HttpAwaitingAnswer : Step::SocksAwaitingMethod)
{
    if (kind == ProxySpec::Kind::HttpConnect) {
        const QByteArray target = authority(m_host, m_port);
        m_outgoing = "CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n\r\n";
    } else if (QHostAddress(m_host).isNull() && QUrl::toAce(m_host).size() > 255) {
        fail(QCoreApplication::translate("sotto::ProxyHandshake",
                                         "the host name is too long for a SOCKS5 proxy"));
    } else {
        m_outgoing = QByteArray("\x05\x01\x00", 3); // version 5, one method: no authentication
    }
}

QByteArray ProxyHandshake::takeOutgoing()
{
    return std::exchange(m_outgoing, {});
}

QByteArray ProxyHandshake::takeLeftover()
{
    if (!isEstablished())
        return {};
    return std::exchange(m_buffer, {});
}

void ProxyHandshake::feed(const QByteArray &data)
{
    if (hasFailed())
        return;
    m_buffer += data; // once established: the tunnelled stream's start, for takeLeftover()
    if (isEstablished())
        return;
    switch (m_step) {
    case Step::HttpAwaitingAnswer:
        readHttpAnswer();
        return;
    case Step::SocksAwaitingMethod:
        readSocksMethod();
        if (m_step == Step::SocksAwaitingReply)
            readSocksReply();
        return;
    case Step::SocksAwaitingReply:
        readSocksReply();
        return;
    case Step::Established:
    case Step::Failed:
        return;
    }
}

void ProxyHandshake::readHttpAnswer()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > MAX_HTTP_HEAD_BYTES)
            fail(QCoreApplication::translate("sotto::ProxyHandshake",
                                             "the HTTP proxy's answer to CONNECT is too long"));
        return;
    }
    const QByteArray head = m_buffer.left(end);
    const QByteArray statusLine = head.left(head.indexOf("\r\n") < 0 ? head.size() : head.indexOf("\r\n"));
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    const int status = parts.size() >= 2 && parts.first().startsWith("HTTP/1.") ? parts.at(1).toInt(&ok) : 0;
    if (!ok) {
        fail(QCoreApplication::translate("sotto::ProxyHandshake", "the HTTP proxy did not answer in HTTP"));
        return;
    }
    if (status < 200 || status > 299) {
        QString reason = QString::fromLatin1(statusLine.mid(parts.at(0).size() + 1));
        // The proxy's words, shown to the user: printable characters only.
        for (QChar &c : reason) {
            if (!c.isPrint())
                c = QLatin1Char(' ');
        }
        reason = reason.simplified();
        fail(QCoreApplication::translate("sotto::ProxyHandshake", "the HTTP proxy refused the tunnel: %1")
                 .arg(reason.left(200)));
        return;
    }
    m_buffer.remove(0, end + 4);
    m_step = Step::Established;
}

void ProxyHandshake::readSocksMethod()
{
    if (m_buffer.size() < 2)
        return;
    if (m_buffer.at(0) != SOCKS_VERSION) {
        fail(QCoreApplication::translate("sotto::ProxyHandshake", "the proxy does not speak SOCKS5"));
        return;
    }
    if (m_buffer.at(1) != SOCKS_NO_AUTHENTICATION) {
        fail(QCoreApplication::translate("sotto::ProxyHandshake",
                                         "the SOCKS5 proxy wants a login, which Sotto does not support"));
        return;
    }
    m_buffer.remove(0, 2);
    m_outgoing += socksConnectRequest();
    m_step = Step::SocksAwaitingReply;
}

QByteArray ProxyHandshake::socksConnectRequest() const
{
    QByteArray request("\x05\x01\x00", 3); // version 5, CONNECT, reserved
    const QHostAddress literal(m_host);
    if (literal.protocol() == QAbstractSocket::IPv4Protocol) {
        request += SOCKS_IPV4;
        const quint32 v4 = literal.toIPv4Address();
        for (int shift = 24; shift >= 0; shift -= 8)
            request += char((v4 >> shift) & 0xff);
    } else if (literal.protocol() == QAbstractSocket::IPv6Protocol) {
        request += SOCKS_IPV6;
        const Q_IPV6ADDR v6 = literal.toIPv6Address();
        request += QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    } else {
        // The name goes to the proxy as it is: it resolves it, nothing here does.
        const QByteArray name = QUrl::toAce(m_host); // at most 255 bytes (the constructor checked)
        request += SOCKS_DOMAIN;
        request += char(quint8(name.size()));
        request += name;
    }
    request += char(m_port >> 8);
    request += char(m_port & 0xff);
    return request;
}

void ProxyHandshake::readSocksReply()
{
    if (m_buffer.size() < 5)
        return;
    if (m_buffer.at(0) != SOCKS_VERSION) {
        fail(QCoreApplication::translate("sotto::ProxyHandshake", "the proxy does not speak SOCKS5"));
        return;
    }
    const int code = quint8(m_buffer.at(1));
    if (code != 0) {
        fail(QCoreApplication::translate("sotto::ProxyHandshake", "the SOCKS5 proxy could not connect: %1")
                 .arg(socksReplyText(code)));
        return;
    }
    qsizetype addressBytes = 0;
    switch (m_buffer.at(3)) {
    case SOCKS_IPV4:
        addressBytes = 4;
        break;
    case SOCKS_IPV6:
        addressBytes = 16;
        break;
    case SOCKS_DOMAIN:
        addressBytes = 1 + quint8(m_buffer.at(4));
        break;
    default:
        fail(QCoreApplication::translate("sotto::ProxyHandshake", "the SOCKS5 proxy sent a malformed reply"));
        return;
    }
    const qsizetype length = 4 + addressBytes + 2;
    if (m_buffer.size() < length)
        return;
    m_buffer.remove(0, length);
    m_step = Step::Established;
}

void ProxyHandshake::fail(const QString &error)
{
    m_step = Step::Failed;
    m_error = error;
    m_buffer.clear();
    m_outgoing.clear();
}

} // namespace sotto
