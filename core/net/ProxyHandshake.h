// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/ProxySpec.h"

#include <QByteArray>
#include <QString>

namespace sotto {

/// The opening of a tunnel through a proxy, as a pure incremental state machine
/// (no socket: EgressExchange moves the bytes): HTTP `CONNECT host:port` or SOCKS5
/// (no authentication, CONNECT by domain name — the proxy resolves it — or by
/// address for a literal). Once established, the connection carries the request
/// (for https, the TLS handshake first) exactly as it would without a proxy.
///
///     ProxyHandshake handshake(ProxySpec::Kind::Socks5h, "api.example.com", 443);
///     socket.write(handshake.takeOutgoing());          // on connected
///     handshake.feed(socket.readAll());                // on readyRead
///     socket.write(handshake.takeOutgoing());          // may be empty
///     if (handshake.isEstablished()) … handshake.takeLeftover() …
///
/// Bounded: an HTTP proxy's answer head may not pass 16 KiB. A plain value.
class ProxyHandshake final {
public:
    ProxyHandshake(ProxySpec::Kind kind, const QString &targetHost, quint16 targetPort);

    /// The bytes to write to the proxy now (empty when none are due).
    QByteArray takeOutgoing();
    /// Bytes read from the proxy; once established they are kept for takeLeftover().
    /// Ignored once failed.
    void feed(const QByteArray &data);

    bool isEstablished() const { return m_step == Step::Established; }
    bool hasFailed() const { return m_step == Step::Failed; }
    /// Why the proxy refused, one translated sentence; empty unless hasFailed().
    const QString &error() const { return m_error; }
    /// What the proxy sent after its answer: the start of the tunnelled stream.
    QByteArray takeLeftover();

    static constexpr qsizetype MAX_HTTP_HEAD_BYTES = 16 * 1024;

private:
    enum class Step {
        HttpAwaitingAnswer,
        SocksAwaitingMethod,
        SocksAwaitingReply,
        Established,
        Failed,
    };

    void readHttpAnswer();
    void readSocksMethod();
    void readSocksReply();
    void fail(const QString &error);
    QByteArray socksConnectRequest() const;

    ProxySpec::Kind m_kind;
    QString m_host;
    quint16 m_port;
    Step m_step;
    QByteArray m_outgoing;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace sotto
