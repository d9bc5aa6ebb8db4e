// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/EgressExchange.h"

#include "core/net/EgressGate.h"
#include "core/net/EgressPolicy.h"
#include "core/net/EgressReply.h"
#include "core/net/HostResolver.h"
#include "core/net/NetLogging.h"
#include "core/net/SendPrompter.h"
#include "core/types/DestinationClassifier.h"
#include "core/types/SecretMasker.h"

#include <QDateTime>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace sotto {

namespace {

/// What the socket reads ahead of the turn, at most (QAbstractSocket's default is unbounded).
constexpr qint64 READ_BUFFER_BYTES = 256 * 1024;

bool isHttps(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

EgressResult makeResult(EgressResult::Status status, EgressError error, QString message)
{
    EgressResult result;
    result.status = status;
    result.error = error;
    result.message = std::move(message);
    return result;
}

AuditStatus auditStatusOf(EgressResult::Status status)
{
    switch (status) {
    case EgressResult::Status::Completed:
        return AuditStatus::Completed;
    case EgressResult::Status::Failed:
        return AuditStatus::Failed;
    case EgressResult::Status::Cancelled:
        return AuditStatus::Cancelled;
    case EgressResult::Status::Blocked:
        return AuditStatus::Blocked;
    }
    return AuditStatus::Failed;
}

} // namespace

EgressExchange::EgressExchange(EgressGate &gate, quint64 sequence, EgressRequest request, EgressReply *reply)
    : QObject(&gate)
    , m_gate(gate)
    , m_sequence(sequence)
    , m_request(std::move(request))
    , m_reply(reply)
{
    m_connectTimer.setSingleShot(true);
    m_firstByteTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        onTimeout(EgressError::ConnectTimeout);
    });
    connect(&m_firstByteTimer, &QTimer::timeout, this, [this] {
        onTimeout(EgressError::FirstByteTimeout);
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        onTimeout(EgressError::IdleTimeout);
    });
}

EgressExchange::~EgressExchange()
{
    disposeSocket();
}

void EgressExchange::start()
{
    if (m_state != State::Idle)
        return;

    const QString host = m_request.url.host().toLower();
    m_record.time = QDateTime::currentDateTimeUtc();
    m_record.turnId = m_request.summary.turnId;
    m_record.conversationId = m_request.summary.conversationId;
    m_record.provider = m_request.provider;
    m_record.api = m_request.api;
    m_record.purpose = m_request.purpose;
    m_record.model = m_request.summary.model;
    m_record.mode = m_request.summary.mode;
    m_record.method = QString::fromLatin1(m_request.method.toUpper());
    const QList<QByteArray> secrets = SecretMasker::secretValues(m_request.headers, m_request.url);
    m_record.url
        = QString::fromUtf8(SecretMasker::scrub(SecretMasker::maskUrl(m_request.url).toUtf8(), secrets));
    m_record.host = host;
    // As the URL says, until the addresses are known (a name that is not localhost or
    // *.local counts as internet): what the question shows and a refusal records.
    m_record.destination = DestinationClassifier::classifyUrl(m_request.url);
    m_record.textChars = m_request.summary.textChars;
    m_record.images = m_request.summary.images;
    m_record.imageBytes = m_request.summary.imageBytes;
    m_record.metadataRemoved = m_request.summary.metadataRemoved;
    m_record.redactions = m_request.summary.redactions;
    m_record.historySent = m_request.summary.historySent;
    m_record.historyWithheld = m_request.summary.historyWithheld;
    m_record.headers = SecretMasker::maskHeaders(m_request.headers);
    if (m_gate.policy().keepRequestCopies) {
        m_record.requestCopy = SecretMasker::scrub(m_request.body, secrets);
    }

    auto wire = WireRequest::build(m_request);
    if (!wire) {
        qCWarning(lcNet).noquote() << "not sending an invalid request to" << m_record.url << "-"
                                   << wire.error();
        recordUnsent(AuditStatus::Failed,
                     makeResult(EgressResult::Status::Failed, EgressError::InvalidRequest,
                                tr("The request to %1 could not be sent: %2.").arg(host, wire.error())));
        return;
    }
    m_wire = std::move(wire).value();
    m_record.headers = SecretMasker::maskHeaders(m_wire->headers());

    auto proxy = m_gate.policy().proxyFor(m_request);
    if (!proxy) {
        recordUnsent(AuditStatus::Failed,
                     makeResult(EgressResult::Status::Failed, EgressError::InvalidRequest,
                                tr("The request to %1 could not be sent: the proxy of provider %2 is not "
                                   "valid (%3).")
                                    .arg(host, m_request.provider, proxy.error())));
        return;
    }
    m_proxy = std::move(proxy).value();
    if (m_proxy)
        m_record.proxy = m_proxy->toString();

    const QString refusal = m_gate.policy().refusalBeforeLookup(m_request);
    if (!refusal.isEmpty()) {
        block(refusal);
        return;
    }
    askThenResolve();
}

QString EgressExchange::approvalKey() const
{
    switch (m_gate.policy().askBeforeSend) {
    case AskBeforeSend::Never:
        return {};
    case AskBeforeSend::FirstTimePerProvider:
        // The provider and where it points: editing its URL (scheme, host or port) asks again.
        return EgressPolicy::askExemptKey(m_request.provider, m_request.url);
    case AskBeforeSend::Always:
        // The requests of one turn (a Contemplating turn's K+1) share one answer.
        return m_request.summary.turnId.isEmpty()
            ? QStringLiteral("request\n%1").arg(m_sequence)
            : QStringLiteral("turn\n") + m_request.provider + QLatin1Char('\n') + m_request.summary.turnId;
    }
    return {};
}

void EgressExchange::askThenResolve()
{
    const EgressPolicy &policy = m_gate.policy();
    const QString key = approvalKey();
    if (key.isEmpty()) {
        resolve();
        return;
    }
    const QString originKey = EgressPolicy::askExemptKey(m_request.provider, m_request.url);
    if (!policy.mustAsk(m_gate.isApproved(key), originKey)) {
        m_approvedDestination = m_record.destination;
        resolve();
        return;
    }
    if (!m_gate.hasPrompter()) {
        block(EgressPolicy::noPrompterReason());
        return;
    }

    SendQuestion question;
    question.provider = m_request.provider;
    question.purpose = m_request.purpose;
    question.host = m_record.host;
    question.destination = m_record.destination;
    question.url = m_record.url;
    question.bodyBytes = m_request.body.size();
    question.summary = m_request.summary;
    m_state = State::Asking;
    m_gate.requestApproval(key, originKey, question, this, [this](bool send) {
        if (m_state != State::Asking)
            return;
        if (!send) {
            block(EgressPolicy::declinedReason());
            return;
        }
        m_approvedDestination = m_record.destination;
        resolve();
    });
}

void EgressExchange::resolve()
{
    // A last look before anything leaves, the lookup included: the user may have
    // gone offline while the question was open.
    const QString refusal = m_gate.policy().refusalBeforeLookup(m_request);
    if (!refusal.isEmpty()) {
        block(refusal);
        return;
    }
    // Through a proxy only the proxy's own name is looked up here: the provider's
    // travels to the proxy in the handshake, unresolved.
    const QString host = m_proxy ? m_proxy->host : m_record.host;
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        onResolved({literal}, {});
        return;
    }
    if (DestinationClassifier::isLoopbackName(host)) {
        // RFC 6761: localhost and *.localhost are this computer. The gate answers
        // them itself, so no resolver (or DNS server) ever hears the name.
        onResolved({QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}, {});
        return;
    }
    m_state = State::Resolving;
    if (m_request.timeouts.connect.count() > 0)
        m_connectTimer.start(m_request.timeouts.connect);
    m_lookupId = m_gate.resolver().lookup(
        host, this, [this](const QList<QHostAddress> &addresses, const QString &detail) {
            m_lookupId = -1;
            if (m_state == State::Resolving)
                onResolved(addresses, detail);
        });
}

void EgressExchange::onResolved(const QList<QHostAddress> &addresses, const QString &errorDetail)
{
    m_connectTimer.stop();
    const QString host = m_record.host;
    if (addresses.isEmpty()) {
        qCInfo(lcNet).noquote() << "could not resolve" << (m_proxy ? m_proxy->host : host) << "-"
                                << errorDetail;
        recordUnsent(AuditStatus::Failed,
                     makeResult(EgressResult::Status::Failed, EgressError::HostNotFound,
                                m_proxy ? tr("Could not find the proxy %1.").arg(m_proxy->toString())
                                        : tr("Could not find the server %1.").arg(host)));
        return;
    }
    if (m_proxy)
        judgeProxiedThenWriteAhead(addresses);
    else
        judgeResolvedThenWriteAhead(addresses);
}

void EgressExchange::judgeProxiedThenWriteAhead(const QList<QHostAddress> &proxyAddresses)
{
    // The provider's name was not looked up: its class stays the one its URL gives,
    // and the rules judge it, never the proxy.
    const QString refusal = m_gate.policy().refusal(m_request, m_record.destination);
    if (!refusal.isEmpty()) {
        block(refusal);
        return;
    }
    takeAddresses(proxyAddresses);
    writeAhead();
}

void EgressExchange::judgeResolvedThenWriteAhead(const QList<QHostAddress> &addresses)
{
    const QString host = m_record.host;
    const QHostAddress literal(host);
    const Destination floor
        = literal.isNull() ? DestinationClassifier::floorForName(host) : Destination::Loopback;
    m_record.destination
        = DestinationClassifier::moreExternal(floor, DestinationClassifier::classify(addresses));

    const QString refusal = m_gate.policy().refusal(m_request, m_record.destination);
    if (!refusal.isEmpty()) {
        block(refusal);
        return;
    }
    if (m_approvedDestination
        && DestinationClassifier::moreExternal(*m_approvedDestination, m_record.destination)
            != *m_approvedDestination) {
        // The user said yes to what the URL showed (a *.local name: the local
        // network); the name turned out to lead further out. Not sent, not asked
        // again: a name that changes class is itself a reason for suspicion.
        block(EgressPolicy::resolvedFurtherReason(host, destinationName(*m_approvedDestination),
                                                  destinationName(m_record.destination)));
        return;
    }
    takeAddresses(addresses);
    writeAhead();
}

void EgressExchange::takeAddresses(const QList<QHostAddress> &addresses)
{
    m_addresses.clear();
    for (const QHostAddress &address : addresses) {
        if (!m_addresses.contains(address))
            m_addresses.append(address);
    }
    std::stable_partition(m_addresses.begin(), m_addresses.end(), [](const QHostAddress &address) {
        return address.protocol() == QAbstractSocket::IPv4Protocol;
    });
}

void EgressExchange::writeAhead()
{
    // A last look with the policy in force now: the user may have gone offline
    // while the question was open.
    const QString refusal = m_gate.policy().refusal(m_request, m_record.destination);
    if (!refusal.isEmpty()) {
        block(refusal);
        return;
    }
    m_state = State::WritingAhead;
    m_record.status = AuditStatus::Sent;
    m_record.bodyBytes = m_wire->bodyBytes();
    m_record.headerBytes = m_wire->headerBytes();
    m_gate.journal().begin(m_record, this, [this](AuditJournal::BeginResult written) {
        onWrittenAhead(std::move(written));
    });
}

void EgressExchange::onWrittenAhead(AuditJournal::BeginResult written)
{
    if (m_state != State::WritingAhead)
        return;
    if (!written) {
        qCWarning(lcNet).noquote() << "not sending to" << m_record.host
                                   << "- the audit could not record it:" << written.error().detail;
        emitFinished(makeResult(
            EgressResult::Status::Failed, EgressError::AuditFailed,
            tr("Not sent: the audit log could not record the request (%1).").arg(written.error().message)));
        return;
    }
    m_record.id = written.value();
    if (m_reply)
        m_reply->m_auditId = m_record.id;
    if (m_cancelRequested) {
        m_state = State::OnTheNetwork;
        completeAndFinish(cancelledResult());
        return;
    }
    m_state = State::OnTheNetwork;
    m_elapsed.start();
    qCInfo(lcNet).noquote() << "sending audit" << m_record.id << m_record.method << m_record.url << "to"
                            << destinationName(m_record.destination) << "address"
                            << m_addresses.value(0).toString();
    if (m_reply)
        Q_EMIT m_reply->dispatched(m_record.id);
    if (m_state != State::OnTheNetwork)
        return;
    if (m_cancelRequested) {
        // Cancelled (or the reply deleted) from a slot of dispatched(): nothing was sent.
        completeAndFinish(cancelledResult());
        return;
    }
    dispatch();
}

void EgressExchange::dispatch()
{
    const QHostAddress &address = m_addresses.at(m_addressIndex);
    const bool https = isHttps(m_request.url);
    const quint16 port = quint16(m_request.url.port(https ? 443 : 80));

    m_connected = false;
    m_parser.emplace();
    m_handshake.reset();
    // Plain http uses a plain TCP socket, so a local-only session never starts the TLS backend.
    QSslSocket *tlsSocket = https ? new QSslSocket(this) : nullptr;
    m_socket = tlsSocket ? tlsSocket : new QTcpSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // The answer is read as fast as it is handled, no faster: with a bounded read
    // buffer a server that sends faster than the turn decodes and stores is held
    // back by TCP, instead of its stream piling up in memory.
    m_socket->setReadBufferSize(READ_BUFFER_BYTES);
    connect(m_socket, &QTcpSocket::readyRead, this, &EgressExchange::onSocketReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &EgressExchange::touchIdleTimer);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &EgressExchange::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &EgressExchange::onSocketDisconnected);

    if (m_request.timeouts.connect.count() > 0)
        m_connectTimer.start(m_request.timeouts.connect);
    if (tlsSocket) {
        connect(tlsSocket, &QSslSocket::encryptedBytesWritten, this, &EgressExchange::touchIdleTimer);
        connect(tlsSocket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &error : errors)
                texts.append(error.errorString());
            m_tlsErrors = texts.join(QStringLiteral("; "));
        });
        // The TCP connection goes to the classified address (or the proxy); SNI and
        // the certificate check use the URL's name.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
        tlsSocket->setSslConfiguration(tls);
        connect(tlsSocket, &QSslSocket::encrypted, this, &EgressExchange::onSocketReady);
    }
    if (m_proxy) {
        // The connection goes to the proxy; the provider's name and port go in the
        // handshake, for the proxy to resolve. TLS starts once the tunnel is open.
        m_handshake.emplace(m_proxy->kind, m_request.url.host(), port);
        connect(m_socket, &QTcpSocket::connected, this, &EgressExchange::onProxyConnected);
        m_socket->connectToHost(address, m_proxy->port);
    } else if (tlsSocket) {
        tlsSocket->connectToHostEncrypted(address.toString(), port, m_request.url.host());
    } else {
        connect(m_socket, &QTcpSocket::connected, this, &EgressExchange::onSocketReady);
        m_socket->connectToHost(address, port);
    }
}

void EgressExchange::onProxyConnected()
{
    if (m_state != State::OnTheNetwork || !m_socket || !m_handshake)
        return;
    // The handshake's bytes go to the proxy, not to the provider: the audit's
    // header_bytes and body_bytes do not count them.
    m_socket->write(m_handshake->takeOutgoing());
    readProxyAnswer();
}

void EgressExchange::readProxyAnswer()
{
    m_handshake->feed(m_socket->readAll());
    if (const QByteArray more = m_handshake->takeOutgoing(); !more.isEmpty())
        m_socket->write(more);
    if (m_handshake->hasFailed()) {
        endNetwork(makeResult(EgressResult::Status::Failed, EgressError::Proxy,
                              tr("The proxy %1 did not connect to %2: %3.")
                                  .arg(m_proxy->toString(), hostAndPort(), m_handshake->error())));
        return;
    }
    if (!m_handshake->isEstablished())
        return;
    if (!m_handshake->takeLeftover().isEmpty()) {
        // Nothing was asked of the provider yet, so nothing of its can have come.
        endNetwork(makeResult(EgressResult::Status::Failed, EgressError::Proxy,
                              tr("The proxy %1 sent data of its own before the request to %2.")
                                  .arg(m_proxy->toString(), hostAndPort())));
        return;
    }
    m_handshake.reset();
    qCInfo(lcNet).noquote() << "audit" << m_record.id << ": tunnel to" << hostAndPort() << "open through"
                            << m_proxy->toString();
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket.data())) {
        // TLS to the provider inside the tunnel: SNI and the certificate check use its name.
        tls->setPeerVerifyName(m_request.url.host());
        tls->startClientEncryption();
        return;
    }
    onSocketReady();
}

void EgressExchange::onSocketReady()
{
    if (m_state != State::OnTheNetwork || !m_socket)
        return;
    m_connected = true;
    m_connectTimer.stop();
    if (m_request.timeouts.firstByte.count() > 0)
        m_firstByteTimer.start(m_request.timeouts.firstByte);
    touchIdleTimer();
    // Exactly the bytes on record: the header block WireRequest laid out, then the body.
    m_socket->write(m_wire->headerBlock());
    if (!m_request.body.isEmpty())
        m_socket->write(m_request.body);
}

void EgressExchange::touchIdleTimer()
{
    if (m_connected && m_request.timeouts.idle.count() > 0 && m_state == State::OnTheNetwork)
        m_idleTimer.start(m_request.timeouts.idle);
}

void EgressExchange::onTimeout(EgressError which)
{
    const auto seconds = [](std::chrono::milliseconds limit) {
        return double(limit.count()) / 1000.0;
    };
    if (m_state == State::Resolving && which == EgressError::ConnectTimeout) {
        // Nothing was sent; the lookup's late answer is dropped.
        if (m_lookupId >= 0) {
            m_gate.resolver().abort(m_lookupId);
            m_lookupId = -1;
        }
        qCInfo(lcNet).noquote() << "looking up" << (m_proxy ? m_proxy->host : m_record.host) << "timed out";
        recordUnsent(
            AuditStatus::Failed,
            makeResult(EgressResult::Status::Failed, EgressError::ConnectTimeout,
                       (m_proxy ? tr("Could not look up the proxy %1 within %2 s.").arg(m_proxy->toString())
                                : tr("Could not look up the server %1 within %2 s.").arg(m_record.host))
                           .arg(seconds(m_request.timeouts.connect))));
        return;
    }
    if (m_state != State::OnTheNetwork || !m_socket)
        return;
    switch (which) {
    case EgressError::ConnectTimeout:
        endNetwork(makeResult(EgressResult::Status::Failed, EgressError::ConnectTimeout,
                              (m_proxy ? tr("Could not connect to %1 through the proxy %2 within %3 s.")
                                             .arg(hostAndPort(), m_proxy->toString())
                                       : tr("Could not connect to %1 within %2 s.").arg(hostAndPort()))
                                  .arg(seconds(m_request.timeouts.connect))));
        return;
    case EgressError::FirstByteTimeout:
        endNetwork(makeResult(EgressResult::Status::Failed, EgressError::FirstByteTimeout,
                              tr("%1 did not answer within %2 s; the request was stopped.")
                                  .arg(hostAndPort())
                                  .arg(seconds(m_request.timeouts.firstByte))));
        return;
    default:
        endNetwork(makeResult(EgressResult::Status::Failed, EgressError::IdleTimeout,
                              tr("%1 sent nothing for %2 s; the request was stopped.")
                                  .arg(hostAndPort())
                                  .arg(seconds(m_request.timeouts.idle))));
        return;
    }
}

void EgressExchange::onSocketReadyRead()
{
    if (m_state != State::OnTheNetwork || !m_socket)
        return;
    if (m_handshake) {
        readProxyAnswer();
        return;
    }
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    touchIdleTimer();
    m_parser->feed(data);
    handleParsed();
}

void EgressExchange::handleParsed()
{
    if (auto head = m_parser->takeHead()) {
        m_firstByteTimer.stop();
        m_httpStatus = head->status;
        m_reasonPhrase = QString::fromUtf8(head->reason);
        QByteArray location;
        for (const auto &[name, value] : head->headers) {
            if (name.compare("location", Qt::CaseInsensitive) == 0)
                location = value;
        }
        if (head->status >= 300 && head->status < 400 && !location.isEmpty()) {
            const QUrl target = m_request.url.resolved(QUrl::fromEncoded(location));
            endNetwork(makeResult(EgressResult::Status::Failed, EgressError::RedirectRefused,
                                  tr("%1 redirected the request to %2; Sotto does not follow redirects.")
                                      .arg(hostAndPort(), SecretMasker::maskUrl(target))));
            return;
        }
        if (m_reply)
            Q_EMIT m_reply->headersReceived(head->status, head->headers);
        if (m_state != State::OnTheNetwork)
            return; // cancelled from a slot
    }
    const QByteArray body = m_parser->takeBody();
    if (!body.isEmpty()) {
        m_responseBytes += body.size();
        if (m_reply)
            Q_EMIT m_reply->bytesReceived(body);
        if (m_state != State::OnTheNetwork)
            return;
    }
    if (m_parser->hasFailed()) {
        const QString message = m_parser->hasHead()
            ? tr("%1 closed the connection before the answer was complete.").arg(hostAndPort())
            : tr("%1 closed the connection without answering.").arg(hostAndPort());
        qCInfo(lcNet).noquote() << "audit" << m_record.id << ":" << m_parser->error();
        endNetwork(
            makeResult(EgressResult::Status::Failed, EgressError::Network,
                       m_parser->error().contains(QLatin1String("closed"))
                           ? message
                           : tr("%1 sent a malformed answer (%2).").arg(hostAndPort(), m_parser->error())));
        return;
    }
    if (m_parser->isComplete())
        endNetwork(answerOutcome());
}

EgressResult EgressExchange::answerOutcome() const
{
    if (m_httpStatus >= 200 && m_httpStatus < 300)
        return makeResult(EgressResult::Status::Completed, EgressError::None, {});
    const QString phrase = m_reasonPhrase.isEmpty() ? QString() : QLatin1Char(' ') + m_reasonPhrase;
    return makeResult(EgressResult::Status::Failed, EgressError::HttpError,
                      tr("%1 answered HTTP %2%3.").arg(hostAndPort()).arg(m_httpStatus).arg(phrase));
}

void EgressExchange::onSocketDisconnected()
{
    if (m_state != State::OnTheNetwork || !m_socket || !m_connected)
        return;
    onSocketReadyRead();
    if (m_state != State::OnTheNetwork)
        return;
    m_parser->finishAtEof();
    handleParsed();
}

void EgressExchange::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state != State::OnTheNetwork || !m_socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && m_connected) {
        onSocketDisconnected();
        return;
    }
    const bool nothingWritten = !m_connected
        && (error == QAbstractSocket::ConnectionRefusedError || error == QAbstractSocket::NetworkError);
    if (nothingWritten && m_addressIndex + 1 < m_addresses.size()) {
        qCInfo(lcNet).noquote() << "audit" << m_record.id << ": address"
                                << m_addresses.at(m_addressIndex).toString() << "unreachable; trying"
                                << m_addresses.at(m_addressIndex + 1).toString();
        disposeSocket();
        ++m_addressIndex;
        dispatch();
        return;
    }

    using Status = EgressResult::Status;
    if (m_handshake) {
        // The tunnel was not open yet: it is the proxy that failed.
        const QString proxy = m_proxy->toString();
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            endNetwork(makeResult(Status::Failed, EgressError::Proxy,
                                  tr("The proxy %1 refused the connection; is it running?").arg(proxy)));
            return;
        case QAbstractSocket::RemoteHostClosedError:
            endNetwork(makeResult(
                Status::Failed, EgressError::Proxy,
                tr("The proxy %1 closed the connection before connecting to %2.").arg(proxy, hostAndPort())));
            return;
        default:
            endNetwork(makeResult(
                Status::Failed, EgressError::Proxy,
                tr("The connection to the proxy %1 failed: %2").arg(proxy, m_socket->errorString())));
            return;
        }
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        endNetwork(makeResult(Status::Failed, EgressError::ConnectionRefused,
                              tr("%1 refused the connection; is the server running?").arg(hostAndPort())));
        return;
    case QAbstractSocket::HostNotFoundError:
        endNetwork(makeResult(Status::Failed, EgressError::HostNotFound,
                              tr("Could not find the server %1.").arg(m_record.host)));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        endNetwork(
            makeResult(Status::Failed, EgressError::Tls,
                       m_tlsErrors.isEmpty()
                           ? tr("The secure connection to %1 failed.").arg(hostAndPort())
                           : tr("The secure connection to %1 failed: %2").arg(hostAndPort(), m_tlsErrors)));
        return;
    case QAbstractSocket::RemoteHostClosedError:
        endNetwork(makeResult(Status::Failed, EgressError::Network,
                              tr("%1 closed the connection before it was set up.").arg(hostAndPort())));
        return;
    default:
        // Socket error texts name no URL and no content.
        endNetwork(
            makeResult(Status::Failed, EgressError::Network,
                       tr("The connection to %1 failed: %2").arg(hostAndPort(), m_socket->errorString())));
        return;
    }
}

void EgressExchange::endNetwork(EgressResult result)
{
    m_connectTimer.stop();
    m_firstByteTimer.stop();
    m_idleTimer.stop();
    disposeSocket();
    completeAndFinish(std::move(result));
}

void EgressExchange::disposeSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

QString EgressExchange::hostAndPort() const
{
    const int port = m_request.url.port(isHttps(m_request.url) ? 443 : 80);
    const bool ipv6 = QHostAddress(m_record.host).protocol() == QAbstractSocket::IPv6Protocol;
    const QString host = ipv6 ? QLatin1Char('[') + m_record.host + QLatin1Char(']') : m_record.host;
    return host + QLatin1Char(':') + QString::number(port);
}

void EgressExchange::block(const QString &reason)
{
    qCInfo(lcNet).noquote() << "blocked" << m_record.method << m_record.url << "-" << reason;
    m_record.policyReason = reason;
    EgressResult result = makeResult(EgressResult::Status::Blocked, EgressError::PolicyBlocked,
                                     tr("Not sent, blocked by your privacy settings: %1.").arg(reason));
    result.policyReason = reason;
    recordUnsent(AuditStatus::Blocked, std::move(result));
}

void EgressExchange::stopByPolicy(const QString &reason)
{
    qCInfo(lcNet).noquote() << "audit" << m_record.id << ": stopped under way -" << reason;
    m_stopReason = reason;
    m_cancelRequested = true;
    if (m_state == State::OnTheNetwork && m_socket)
        endNetwork(cancelledResult());
    // Else the write-ahead record is not committed yet, or the request is in a slot of
    // dispatched(): onWrittenAhead() completes it as cancelled, unsent.
}

EgressResult EgressExchange::cancelledResult() const
{
    if (m_stopReason.isEmpty())
        return makeResult(EgressResult::Status::Cancelled, EgressError::Cancelled, tr("Cancelled."));
    EgressResult result = makeResult(EgressResult::Status::Cancelled, EgressError::Cancelled,
                                     tr("Stopped by your privacy settings: %1.").arg(m_stopReason));
    result.policyReason = m_stopReason;
    return result;
}

void EgressExchange::enforcePolicy()
{
    const EgressPolicy &policy = m_gate.policy();
    switch (m_state) {
    case State::Asking:
    case State::Resolving: {
        // Nothing has left (a lookup under way is dropped): blocked, as if sent now.
        const QString refusal = policy.refusalBeforeLookup(m_request);
        if (refusal.isEmpty())
            return;
        m_connectTimer.stop();
        if (m_lookupId >= 0) {
            m_gate.resolver().abort(m_lookupId);
            m_lookupId = -1;
        }
        block(refusal);
        return;
    }
    case State::WritingAhead:
    case State::OnTheNetwork: {
        const QString refusal = policy.refusal(m_request, m_record.destination);
        if (!refusal.isEmpty() && !m_cancelRequested)
            stopByPolicy(refusal);
        return;
    }
    case State::Idle: // start() judges it with the policy in force then
    case State::Completing:
    case State::Done:
        return;
    }
}

void EgressExchange::recordUnsent(AuditStatus status, EgressResult result)
{
    m_state = State::Completing;
    // Nothing left the machine: no byte is counted, whatever would have been sent.
    m_record.status = status;
    m_record.bodyBytes = 0;
    m_record.headerBytes = 0;
    if (status != AuditStatus::Blocked)
        m_record.error = result.message;
    m_gate.journal().begin(m_record, this, [this, result](AuditJournal::BeginResult written) mutable {
        if (written) {
            result.auditId = written.value();
        } else {
            qCWarning(lcNet).noquote()
                << "the audit could not record an unsent request:" << written.error().detail;
        }
        emitFinished(std::move(result));
    });
}

void EgressExchange::completeAndFinish(EgressResult result)
{
    m_state = State::Completing;
    result.auditId = m_record.id;
    result.httpStatus = m_httpStatus;
    result.responseBytes = m_responseBytes;
    result.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;

    AuditCompletion completion;
    completion.status = auditStatusOf(result.status);
    completion.httpStatus = result.httpStatus;
    completion.responseBytes = result.responseBytes;
    completion.durationMs = result.durationMs;
    completion.error = result.message;
    completion.policyReason = result.policyReason;
    qCInfo(lcNet).noquote() << "audit" << m_record.id << auditStatusName(completion.status) << "HTTP"
                            << completion.httpStatus << completion.responseBytes << "bytes in"
                            << completion.durationMs << "ms";
    m_gate.journal().complete(
        m_record.id, completion, this, [this, result](AuditJournal::CompleteResult completed) mutable {
            if (!completed) {
                qCWarning(lcNet).noquote() << "the audit could not complete record" << m_record.id << ":"
                                           << completed.error().detail;
            }
            emitFinished(std::move(result));
        });
}

void EgressExchange::emitFinished(EgressResult result)
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    if (m_reply) {
        m_reply->m_result = result;
        m_reply->m_finished = true;
        Q_EMIT m_reply->finished(result);
    }
    Q_EMIT ended();
}

void EgressExchange::cancel()
{
    m_cancelRequested = true;
    switch (m_state) {
    case State::Idle:
    case State::Resolving:
    case State::Asking:
        // Nothing was recorded or sent: there is nothing to audit.
        if (m_lookupId >= 0) {
            m_gate.resolver().abort(m_lookupId);
            m_lookupId = -1;
        }
        m_state = State::Completing;
        QMetaObject::invokeMethod(
            this,
            [this] {
                emitFinished(
                    makeResult(EgressResult::Status::Cancelled, EgressError::Cancelled, tr("Cancelled.")));
            },
            Qt::QueuedConnection);
        break;
    case State::WritingAhead:
        break; // onWrittenAhead() completes the record as cancelled, unsent
    case State::OnTheNetwork:
        if (m_socket)
            endNetwork(cancelledResult());
        break; // else: cancelled from a slot of dispatched(); onWrittenAhead() completes it
    case State::Completing:
    case State::Done:
        break;
    }
}

void EgressExchange::abort(const QString &reason)
{
    if (m_state != State::OnTheNetwork || !m_socket) {
        cancel(); // no answer yet, so none that broke a limit
        return;
    }
    qCInfo(lcNet).noquote() << "audit" << m_record.id << ": the answer was stopped at a limit";
    endNetwork(makeResult(EgressResult::Status::Failed, EgressError::LimitExceeded, reason));
}

void EgressExchange::detachReply()
{
    m_reply = nullptr;
    cancel();
}

void EgressExchange::abandon()
{
    if (m_lookupId >= 0) {
        m_gate.resolver().abort(m_lookupId);
        m_lookupId = -1;
    }
    if (m_state == State::OnTheNetwork) {
        disposeSocket();
        AuditCompletion completion;
        completion.status = AuditStatus::Cancelled;
        completion.httpStatus = m_httpStatus;
        completion.responseBytes = m_responseBytes;
        completion.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
        completion.error = tr("Sotto was closing.");
        m_gate.journal().complete(m_record.id, completion, nullptr, {});
    }
    m_cancelRequested = true;
    EgressResult result
        = makeResult(EgressResult::Status::Cancelled, EgressError::Cancelled, tr("Cancelled."));
    result.auditId = m_record.id;
    result.responseBytes = m_responseBytes;
    emitFinished(std::move(result));
}

} // namespace sotto
