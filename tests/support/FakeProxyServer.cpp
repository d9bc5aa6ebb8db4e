// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/FakeProxyServer.h"

#include <QNetworkProxy>
#include <QTcpSocket>

#include <utility>

namespace sotto::test {

namespace {

QString authority(const QString &host, quint16 port)
{
    const bool ipv6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    return (ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':')
        + QString::number(port);
}

} // namespace

struct FakeProxyServer::Client {
    enum Step {
        Greeting, // SOCKS5: the methods; HTTP: the CONNECT head
        Request, // SOCKS5: the CONNECT request
        Connecting, // the tunnel's far end is being connected
        Relaying,
    };

    QPointer<QTcpSocket> socket;
    QPointer<QTcpSocket> upstream;
    QByteArray buffer;
    Step step = Greeting;
};

FakeProxyServer::FakeProxyServer(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeProxyServer::onNewConnection);
}

FakeProxyServer::~FakeProxyServer()
{
    const QList<Client *> clients = m_clients;
    for (Client *client : clients)
        dropClient(client);
}

bool FakeProxyServer::listen(const QHostAddress &address)
{
    if (!m_server.listen(address, 0))
        return false;
    m_address = m_server.serverAddress();
    m_port = m_server.serverPort();
    return true;
}

void FakeProxyServer::close()
{
    m_server.close();
}

QString FakeProxyServer::url() const
{
    return (m_kind == Kind::Socks5 ? QStringLiteral("socks5h://") : QStringLiteral("http://"))
        + authority(m_address.toString(), m_port);
}

void FakeProxyServer::map(const QString &name, const QHostAddress &address, quint16 port)
{
    m_map.insert(name.toLower(), {address, port});
}

void FakeProxyServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *client = new Client;
        client->socket = socket;
        m_clients.append(client);
        connect(socket, &QTcpSocket::readyRead, this, [this, client] {
            onClientData(client);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, client] {
            if (client->upstream)
                client->upstream->disconnectFromHost();
            dropClient(client);
        });
    }
}

void FakeProxyServer::onClientData(Client *client)
{
    const QByteArray data = client->socket->readAll();
    if (client->step == Client::Relaying) {
        client->upstream->write(data);
        return;
    }
    m_handshakeBytes += data.size();
    client->buffer += data;
    if (client->step == Client::Connecting)
        return;
    if (!(m_kind == Kind::Socks5 ? readSocks(client) : readHttpConnect(client)))
        client->socket->disconnectFromHost();
}

bool FakeProxyServer::readSocks(Client *client)
{
    QByteArray &in = client->buffer;
    if (client->step == Client::Greeting) {
        if (in.size() < 2)
            return true;
        if (in.at(0) != 0x05)
            return false;
        const int methods = quint8(in.at(1));
        if (in.size() < 2 + methods)
            return true;
        const bool noAuthOffered = in.mid(2, methods).contains('\x00');
        in.remove(0, 2 + methods);
        if (m_requireLogin || !noAuthOffered) {
            client->socket->write(QByteArray(m_requireLogin ? "\x05\x02" : "\x05\xff", 2));
            return false;
        }
        client->socket->write(QByteArray("\x05\x00", 2));
        client->step = Client::Request;
    }
    if (in.size() < 5)
        return true;
    if (in.at(0) != 0x05 || in.at(1) != 0x01)
        return false;
    const auto type = AddressType(quint8(in.at(3)));
    qsizetype addressBytes = 0;
    switch (type) {
    case AddressType::IPv4:
        addressBytes = 4;
        break;
    case AddressType::IPv6:
        addressBytes = 16;
        break;
    case AddressType::Name:
        addressBytes = 1 + quint8(in.at(4));
        break;
    default:
        return false;
    }
    if (in.size() < 4 + addressBytes + 2)
        return true;
    QString host;
    const QByteArray address = in.mid(4, addressBytes);
    if (type == AddressType::Name) {
        host = QString::fromLatin1(address.mid(1));
    } else if (type == AddressType::IPv4) {
        host = QHostAddress(quint32(quint8(address.at(0))) << 24 | quint32(quint8(address.at(1))) << 16
                            | quint32(quint8(address.at(2))) << 8 | quint32(quint8(address.at(3))))
                   .toString();
    } else {
        host = QHostAddress(reinterpret_cast<const quint8 *>(address.constData())).toString();
    }
    const quint16 port = quint16(quint8(in.at(4 + addressBytes)) << 8 | quint8(in.at(5 + addressBytes)));
    in.remove(0, 4 + addressBytes + 2);
    m_addressTypes.append(type);
    m_targets.append(authority(host, port));
    openTunnel(client, host, port);
    return true;
}

bool FakeProxyServer::readHttpConnect(Client *client)
{
    QByteArray &in = client->buffer;
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0)
        return in.size() < 16 * 1024;
    const QList<QByteArray> line = in.left(in.indexOf("\r\n")).split(' ');
    in.remove(0, end + 4);
    if (line.size() != 3 || line.at(0) != "CONNECT")
        return false;
    const QByteArray target = line.at(1);
    const qsizetype colon = target.lastIndexOf(':');
    if (colon < 0)
        return false;
    QString host = QString::fromLatin1(target.left(colon));
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    m_targets.append(QString::fromLatin1(target));
    openTunnel(client, host, quint16(target.mid(colon + 1).toUInt()));
    return true;
}

void FakeProxyServer::openTunnel(Client *client, const QString &host, quint16 port)
{
    client->step = Client::Connecting;
    QHostAddress address(host);
    quint16 farPort = port;
    if (const auto mapped = m_map.constFind(host.toLower()); mapped != m_map.cend()) {
        address = mapped->first;
        farPort = mapped->second;
    }
    if (m_refusal != 0 || address.isNull()) {
        answer(client, false);
        return;
    }
    auto *upstream = new QTcpSocket(this);
    upstream->setProxy(QNetworkProxy::NoProxy);
    client->upstream = upstream;
    connect(upstream, &QTcpSocket::connected, this, [this, client] {
        answer(client, true);
        client->step = Client::Relaying;
        if (!client->buffer.isEmpty())
            client->upstream->write(std::exchange(client->buffer, {}));
    });
    connect(upstream, &QTcpSocket::readyRead, this, [client] {
        if (client->socket)
            client->socket->write(client->upstream->readAll());
    });
    connect(upstream, &QTcpSocket::disconnected, this, [client] {
        if (client->socket)
            client->socket->disconnectFromHost();
    });
    connect(upstream, &QTcpSocket::errorOccurred, this, [this, client] {
        if (client->step == Client::Connecting)
            answer(client, false);
    });
    upstream->connectToHost(address, farPort);
}

void FakeProxyServer::answer(Client *client, bool ok)
{
    if (!client->socket)
        return;
    if (m_kind == Kind::Socks5) {
        // A name the proxy cannot place is "host unreachable" (4).
        const char code = ok ? 0 : char(m_refusal != 0 ? m_refusal : 4);
        client->socket->write(QByteArray("\x05", 1) + code
                              + QByteArray("\x00\x01\x7f\x00\x00\x01\x00\x00", 8));
    } else if (ok) {
        client->socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
    } else {
        const int status = m_refusal != 0 ? m_refusal : 502;
        client->socket->write("HTTP/1.1 " + QByteArray::number(status)
                              + (status == 403 ? " Forbidden" : " Bad Gateway") + "\r\n\r\n");
    }
    if (!ok) {
        client->step = Client::Connecting; // reads nothing more
        client->socket->disconnectFromHost();
    }
}

void FakeProxyServer::dropClient(Client *client)
{
    if (!m_clients.removeOne(client))
        return;
    for (QTcpSocket *socket : {client->socket.data(), client->upstream.data()}) {
        if (socket) {
            socket->disconnect(this);
            socket->deleteLater();
        }
    }
    delete client;
}

} // namespace sotto::test
