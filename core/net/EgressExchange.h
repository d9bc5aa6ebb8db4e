// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/AuditJournal.h"
#include "core/net/EgressRequest.h"
#include "core/net/EgressResult.h"
#include "core/net/HttpResponseParser.h"
#include "core/net/ProxyHandshake.h"
#include "core/net/ProxySpec.h"
#include "core/net/WireRequest.h"
#include "core/types/AuditRecord.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace sotto {

class EgressGate;
class EgressReply;

/// The life of one request inside EgressGate (an implementation detail of the
/// gate; callers see EgressReply): validate → policy judged from the URL → ask
/// (before any lookup, with the destination as the URL says it) → resolve (loopback
/// names inside the gate) → classify and policy → write-ahead audit → network →
/// complete the audit → finished. Through a proxy (EgressPolicy::proxyFor), the lookup
/// is of the proxy's name, never the provider's; the connection goes to the proxy,
/// which opens the tunnel (ProxyHandshake), then TLS to the provider's name and the
/// request as without one. Emits ended() once the reply's finished() has been emitted; the gate
/// then deletes it. Lives on the gate's thread, owned by the gate.
class EgressExchange final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EgressExchange)

public:
    /// `sequence` numbers the gate's requests (unique for the gate's lifetime).
    EgressExchange(EgressGate &gate, quint64 sequence, EgressRequest request, EgressReply *reply);
    ~EgressExchange() override;

    void start();
    void cancel();
    /// The caller stopped the answer because it broke a limit (EgressReply::abort()).
    void abort(const QString &reason);
    /// The caller deleted its reply: cancel, and emit nothing more.
    void detachReply();
    /// The gate is being destroyed: abort, complete the record as cancelled
    /// without waiting, and emit finished() now.
    void abandon();
    /// The gate's policy changed: a request the new policy refuses stops now — blocked
    /// if nothing has left yet, cancelled (with the setting as its reason) if it is
    /// under way. This is how turning offline on stops every non-loopback request.
    void enforcePolicy();

Q_SIGNALS:
    void ended();

private:
    enum class State {
        Idle,
        Asking,
        Resolving,
        WritingAhead,
        OnTheNetwork,
        Completing,
        Done,
    };

    QString approvalKey() const;
    void askThenResolve();
    void resolve();
    void onResolved(const QList<QHostAddress> &addresses, const QString &errorDetail);
    void judgeProxiedThenWriteAhead(const QList<QHostAddress> &proxyAddresses);
    void judgeResolvedThenWriteAhead(const QList<QHostAddress> &addresses);
    void takeAddresses(const QList<QHostAddress> &addresses);
    void writeAhead();
    void onWrittenAhead(AuditJournal::BeginResult written);
    void dispatch();
    void onSocketReady();
    void onProxyConnected();
    void readProxyAnswer();
    void touchIdleTimer();
    void onTimeout(EgressError which);
    void onSocketReadyRead();
    void onSocketDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void handleParsed();
    EgressResult answerOutcome() const;
    void endNetwork(EgressResult result);
    void disposeSocket();
    void block(const QString &reason);
    /// Ends a request under way that the policy now refuses, as cancelled, naming the setting.
    void stopByPolicy(const QString &reason);
    EgressResult cancelledResult() const;
    void recordUnsent(AuditStatus status, EgressResult result);
    void completeAndFinish(EgressResult result);
    void emitFinished(EgressResult result);
    QString hostAndPort() const;

    EgressGate &m_gate;
    const quint64 m_sequence;
    EgressRequest m_request;
    QPointer<EgressReply> m_reply;
    std::optional<WireRequest> m_wire;
    std::optional<ProxySpec> m_proxy; // the proxy it goes through; none: direct
    std::optional<ProxyHandshake> m_handshake; // while the tunnel is being opened
    AuditRecord m_record;
    State m_state = State::Idle;
    /// The class the user approved (ask-before-send), judged from the URL; unset when
    /// nobody was asked. The resolved addresses may not be more external than this.
    std::optional<Destination> m_approvedDestination;
    /// Set when the policy stopped this request (offline turned on): the setting.
    QString m_stopReason;

    int m_lookupId = -1;
    QList<QHostAddress> m_addresses;
    qsizetype m_addressIndex = 0;

    QPointer<QTcpSocket> m_socket; // a QSslSocket for https
    std::optional<HttpResponseParser> m_parser;
    QTimer m_connectTimer; // the lookup, then the connection
    QTimer m_firstByteTimer;
    QTimer m_idleTimer;
    QElapsedTimer m_elapsed;
    bool m_connected = false;
    bool m_cancelRequested = false;
    QString m_tlsErrors;
    QString m_reasonPhrase;
    int m_httpStatus = 0;
    qint64 m_responseBytes = 0;
};

} // namespace sotto
