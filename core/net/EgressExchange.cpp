// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/EgressExchange.h"

#include "core/net/DestinationClassifier.h"
#include "core/net/EgressGate.h"
#include "core/net/EgressPolicy.h"
#include "core/net/EgressReply.h"
#include "core/net/HostResolver.h"
#include "core/net/NetLogging.h"
#include "core/net/SecretMasker.h"
#include "core/net/SendPrompter.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>

#include <algorithm>

namespace sotto {

namespace {

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
    m_idleTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        onTimeout(EgressError::ConnectTimeout);
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        onTimeout(EgressError::IdleTimeout);
    });
}

EgressExchange::~EgressExchange()
{
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

void EgressExchange::start()
{
    if (m_state != State::Idle)
        return;

    const QString host = m_request.url.host().toLower();
    const QHostAddress literal(host);
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
    m_record.destination = !literal.isNull()          ? DestinationClassifier::classify(literal)
        : DestinationClassifier::isLoopbackName(host) ? Destination::Loopback
                                                      : Destination::Internet;
    m_record.textChars = m_request.summary.textChars;
    m_record.images = m_request.summary.images;
    m_record.imageBytes = m_request.summary.imageBytes;
    m_record.redactions = m_request.summary.redactions;
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

    const QString refusal = m_gate.policy().refusalBeforeLookup(m_request);
    if (!refusal.isEmpty()) {
        block(refusal);
        return;
    }
    if (!literal.isNull()) {
        onResolved({literal}, {});
        return;
    }
    m_state = State::Resolving;
    m_lookupId = m_gate.resolver().lookup(
        host, this, [this](const QList<QHostAddress> &addresses, const QString &detail) {
            m_lookupId = -1;
            if (m_state == State::Resolving)
                onResolved(addresses, detail);
        });
}

void EgressExchange::onResolved(const QList<QHostAddress> &addresses, const QString &errorDetail)
{
    const QString host = m_record.host;
    if (addresses.isEmpty()) {
        qCInfo(lcNet).noquote() << "could not resolve" << host << "-" << errorDetail;
        recordUnsent(AuditStatus::Failed,
                     makeResult(EgressResult::Status::Failed, EgressError::HostNotFound,
                                tr("Could not find the server %1.").arg(host)));
        return;
    }

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

    m_addresses.clear();
    for (const QHostAddress &address : addresses) {
        if (!m_addresses.contains(address))
            m_addresses.append(address);
    }
    std::stable_partition(m_addresses.begin(), m_addresses.end(), [](const QHostAddress &address) {
        return address.protocol() == QAbstractSocket::IPv4Protocol;
    });
    askThenSend();
}

void EgressExchange::askThenSend()
{
    const EgressPolicy &policy = m_gate.policy();
    QString key;
    switch (policy.askBeforeSend) {
    case AskBeforeSend::Never:
        writeAhead();
        return;
    case AskBeforeSend::FirstTimePerProvider:
        key = QStringLiteral("provider\n") + m_request.provider;
        break;
    case AskBeforeSend::Always:
        // The requests of one turn (a Contemplating turn's K+1) share one answer.
        key = m_request.summary.turnId.isEmpty()
            ? QStringLiteral("request\n%1").arg(m_sequence)
            : QStringLiteral("turn\n") + m_request.provider + QLatin1Char('\n') + m_request.summary.turnId;
        break;
    }
    if (!policy.mustAsk(m_gate.isApproved(key))) {
        writeAhead();
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
    m_gate.requestApproval(key, question, this, [this](bool send) {
        if (m_state != State::Asking)
            return;
        if (send)
            writeAhead();
        else
            block(EgressPolicy::declinedReason());
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
        completeAndFinish(
            makeResult(EgressResult::Status::Cancelled, EgressError::Cancelled, tr("Cancelled.")));
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
        completeAndFinish(
            makeResult(EgressResult::Status::Cancelled, EgressError::Cancelled, tr("Cancelled.")));
        return;
    }
    dispatch();
}

void EgressExchange::dispatch()
{
    const QHostAddress &address = m_addresses.at(m_addressIndex);
    QUrl target = m_request.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    target.setHost(address.toString());

    QNetworkRequest request(target);
    for (const auto &[name, value] : m_wire->headers())
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (isHttps(m_request.url)) {
        request.setPeerVerifyName(m_request.url.host());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }

    m_connected = false;
    QNetworkReply *reply = m_wire->method() == "POST" ? m_gate.network().post(request, m_request.body)
                                                      : m_gate.network().get(request);
    m_network = reply;
    connect(reply, &QNetworkReply::encrypted, this, &EgressExchange::markConnected);
    connect(reply, &QNetworkReply::requestSent, this, &EgressExchange::markConnected);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            markConnected();
        touchIdleTimer();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &EgressExchange::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &EgressExchange::onReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_tlsErrors = texts.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::finished, this, &EgressExchange::onNetworkFinished);

    if (m_request.connectTimeout.count() > 0)
        m_connectTimer.start(m_request.connectTimeout);
}

void EgressExchange::markConnected()
{
    if (!m_connected) {
        m_connected = true;
        m_connectTimer.stop();
    }
    touchIdleTimer();
}

void EgressExchange::touchIdleTimer()
{
    if (m_connected && m_request.idleTimeout.count() > 0 && m_state == State::OnTheNetwork)
        m_idleTimer.start(m_request.idleTimeout);
}

void EgressExchange::onTimeout(EgressError which)
{
    if (m_state != State::OnTheNetwork || !m_network)
        return;
    m_timedOut = which;
    abortNetwork();
}

void EgressExchange::onMetaDataChanged()
{
    if (!m_network)
        return;
    const int status = m_network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status <= 0)
        return; // Qt also signals this on a connection error, before any answer
    markConnected();
    if (status >= 300 && status < 400 && m_network->hasRawHeader("Location")) {
        m_httpStatus = status;
        m_redirectTarget = m_request.url.resolved(QUrl::fromEncoded(m_network->rawHeader("Location")));
        abortNetwork();
        return;
    }
    if (!m_headersEmitted && status > 0) {
        m_headersEmitted = true;
        m_httpStatus = status;
        if (m_reply)
            Q_EMIT m_reply->headersReceived(status, m_network->rawHeaderPairs());
    }
}

void EgressExchange::onReadyRead()
{
    if (!m_network || !m_network->isOpen())
        return;
    const QByteArray chunk = m_network->readAll();
    if (chunk.isEmpty())
        return;
    markConnected();
    if (m_redirectTarget.isValid())
        return;
    m_responseBytes += chunk.size();
    if (m_reply)
        Q_EMIT m_reply->bytesReceived(chunk);
}

void EgressExchange::onNetworkFinished()
{
    QNetworkReply *reply = m_network;
    if (!reply || m_state != State::OnTheNetwork)
        return;
    m_connectTimer.stop();
    m_idleTimer.stop();

    const QNetworkReply::NetworkError error = reply->error();
    onReadyRead();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason
        = QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    reply->disconnect(this);
    reply->deleteLater();
    m_network = nullptr;
    if (status > 0 && m_httpStatus == 0)
        m_httpStatus = status;

    const bool refusedBeforeWriting = !m_connected
        && (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::UnknownNetworkError);
    if (refusedBeforeWriting && !m_cancelRequested && !m_timedOut
        && m_addressIndex + 1 < m_addresses.size()) {
        qCInfo(lcNet).noquote() << "audit" << m_record.id << ": address"
                                << m_addresses.at(m_addressIndex).toString() << "refused; trying"
                                << m_addresses.at(m_addressIndex + 1).toString();
        ++m_addressIndex;
        dispatch();
        return;
    }
    completeAndFinish(networkOutcome(error, m_httpStatus, reason));
}

EgressResult EgressExchange::networkOutcome(int networkError, int httpStatus,
                                            const QString &reasonPhrase) const
{
    using Status = EgressResult::Status;
    const auto error = static_cast<QNetworkReply::NetworkError>(networkError);
    if (m_cancelRequested)
        return makeResult(Status::Cancelled, EgressError::Cancelled, tr("Cancelled."));
    if (m_timedOut == EgressError::ConnectTimeout) {
        return makeResult(Status::Failed, EgressError::ConnectTimeout,
                          tr("Could not connect to %1 within %2 s.")
                              .arg(hostAndPort())
                              .arg(double(m_request.connectTimeout.count()) / 1000.0));
    }
    if (m_timedOut == EgressError::IdleTimeout) {
        return makeResult(Status::Failed, EgressError::IdleTimeout,
                          tr("%1 sent nothing for %2 s; the request was stopped.")
                              .arg(hostAndPort())
                              .arg(double(m_request.idleTimeout.count()) / 1000.0));
    }
    if (m_redirectTarget.isValid()) {
        return makeResult(Status::Failed, EgressError::RedirectRefused,
                          tr("%1 redirected the request to %2; Sotto does not follow redirects.")
                              .arg(hostAndPort(), SecretMasker::maskUrl(m_redirectTarget)));
    }
    if (httpStatus >= 200 && httpStatus < 300 && error == QNetworkReply::NoError)
        return makeResult(Status::Completed, EgressError::None, {});
    if (httpStatus >= 300) {
        const QString phrase = reasonPhrase.isEmpty() ? QString() : QLatin1Char(' ') + reasonPhrase;
        return makeResult(Status::Failed, EgressError::HttpError,
                          tr("%1 answered HTTP %2%3.").arg(hostAndPort()).arg(httpStatus).arg(phrase));
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return makeResult(Status::Failed, EgressError::ConnectionRefused,
                          tr("%1 refused the connection; is the server running?").arg(hostAndPort()));
    case QNetworkReply::HostNotFoundError:
        return makeResult(Status::Failed, EgressError::HostNotFound,
                          tr("Could not find the server %1.").arg(m_record.host));
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownServerError:
        if (isHttps(m_request.url)) {
            return makeResult(
                Status::Failed, EgressError::Tls,
                m_tlsErrors.isEmpty()
                    ? tr("The secure connection to %1 failed.").arg(hostAndPort())
                    : tr("The secure connection to %1 failed: %2").arg(hostAndPort(), m_tlsErrors));
        }
        break;
    case QNetworkReply::RemoteHostClosedError:
        return makeResult(Status::Failed, EgressError::Network,
                          tr("%1 closed the connection before the answer was complete.").arg(hostAndPort()));
    case QNetworkReply::TimeoutError:
        return makeResult(Status::Failed, EgressError::Network,
                          tr("The connection to %1 timed out.").arg(hostAndPort()));
    default:
        break;
    }
    return makeResult(
        Status::Failed, EgressError::Network,
        tr("The connection to %1 failed (network error %2).").arg(hostAndPort()).arg(networkError));
}

QString EgressExchange::hostAndPort() const
{
    const int port = m_request.url.port(isHttps(m_request.url) ? 443 : 80);
    const bool ipv6 = QHostAddress(m_record.host).protocol() == QAbstractSocket::IPv6Protocol;
    const QString host = ipv6 ? QLatin1Char('[') + m_record.host + QLatin1Char(']') : m_record.host;
    return host + QLatin1Char(':') + QString::number(port);
}

void EgressExchange::abortNetwork()
{
    if (m_network)
        m_network->abort();
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
        if (m_network)
            abortNetwork();
        break;
    case State::Completing:
    case State::Done:
        break;
    }
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
        if (m_network) {
            m_network->disconnect(this);
            m_network->abort();
        }
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
