// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace sotto::test {

/// A real proxy on a loopback address for tests: SOCKS5 (no authentication, CONNECT
/// by name, IPv4 or IPv6 address) or HTTP CONNECT. It opens the tunnel to the target
/// the client names, then relays bytes both ways unchanged — so a client can speak
/// TLS or HTTP to FakeProviderServer through it. A name is never resolved: it must be
/// mapped (map("provider.test", 127.0.0.1, port)), else the proxy answers "host
/// unreachable" (SOCKS5 code 4) or 502, as a proxy that cannot resolve it would. It
/// records every target it was asked for, as the client sent it, and the address
/// type of each SOCKS5 request, so a test can prove a name reached it unresolved.
///
///     FakeProxyServer proxy(FakeProxyServer::Kind::Socks5);
///     QVERIFY(proxy.listen());
///     proxy.map(QStringLiteral("provider.test"), provider.address(), provider.port());
///     … send to https://provider.test:<any port>/ through socks5h://127.0.0.1:<proxy.port()> …
///     QCOMPARE(proxy.targets(), QStringList{"provider.test:443"});
///
/// Runs in the calling thread's event loop; owns its connections.
class FakeProxyServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeProxyServer)

public:
    enum class Kind {
        Socks5,
        HttpConnect,
    };

    /// How a SOCKS5 client named its target (the request's ATYP).
    enum class AddressType {
        Name = 3,
        IPv4 = 1,
        IPv6 = 4,
    };

    explicit FakeProxyServer(Kind kind, QObject *parent = nullptr);
    ~FakeProxyServer() override;

    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    /// Stops listening (url() stays as it was): a client connecting then is refused.
    void close();
    quint16 port() const { return m_port; }
    /// socks5h://127.0.0.1:<port> or http://127.0.0.1:<port>.
    QString url() const;

    /// Where a target name (any port) is connected to.
    void map(const QString &name, const QHostAddress &address, quint16 port);
    /// Refuse every tunnel: SOCKS5 reply `code` (e.g. 5, connection refused), or for
    /// HTTP CONNECT the status `code` (e.g. 403). 0: open tunnels (the default).
    void refuseWith(int code) { m_refusal = code; }
    /// Ask SOCKS5 clients for a user name and password (method 2), which they may not offer.
    void requireLogin(bool require) { m_requireLogin = require; }

    int connectionCount() const { return m_connections; }
    /// "host:port" of every tunnel asked for, as the client named it, in order.
    const QStringList &targets() const { return m_targets; }
    const QList<AddressType> &addressTypes() const { return m_addressTypes; }
    /// Bytes the clients sent before their tunnel opened (the handshakes).
    qint64 handshakeBytes() const { return m_handshakeBytes; }

private:
    struct Client;

    void onNewConnection();
    void onClientData(Client *client);
    bool readSocks(Client *client);
    bool readHttpConnect(Client *client);
    void openTunnel(Client *client, const QString &host, quint16 port);
    void answer(Client *client, bool ok);
    void dropClient(Client *client);

    Kind m_kind;
    QTcpServer m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    QHash<QString, QPair<QHostAddress, quint16>> m_map;
    QList<Client *> m_clients;
    QStringList m_targets;
    QList<AddressType> m_addressTypes;
    int m_refusal = 0;
    bool m_requireLogin = false;
    int m_connections = 0;
    qint64 m_handshakeBytes = 0;
};

} // namespace sotto::test
