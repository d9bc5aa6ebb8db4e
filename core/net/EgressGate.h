// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/EgressPolicy.h"
#include "core/net/EgressRequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace sotto {

class AuditJournal;
class EgressExchange;
class EgressReply;
class HostResolver;
class SendPrompter;
struct SendQuestion;

/// The one door out of the process (DESIGN.md invariants 1, 2, 3, 6). Every
/// request is judged by EgressPolicy, recorded in the AuditJournal before anything
/// is sent (and not sent if it cannot be recorded), written on the wire as exactly
/// the bytes recorded, and its record completed when it ends.
///
/// Transport: the gate speaks HTTP/1.1 itself over a QSslSocket (https) or a
/// QTcpSocket (http), one connection per request, instead of through
/// QNetworkAccessManager.
/// QNAM resends a request — a POST included — on a fresh connection when the
/// server closes the first one without answering (TestEgressTransport proves it
/// against Qt 6.4): the server gets the body twice, the provider may bill twice,
/// and the audit would show one request. With its own client the gate writes
/// WireRequest::headerBlock() and the body once, and nothing else, ever.
///
/// What it guarantees on the wire:
///  - Nothing leaves before the decision: the policy rules that the URL decides and
///    ask-before-send come before any name lookup. The question shows the
///    destination as the URL says it (DestinationClassifier::classifyUrl: a name that
///    is not localhost or *.local counts as internet); a declined or refused request
///    makes no DNS query and no connection. If the name then resolves further out
///    than the class the user approved (a *.local name with a public address), the
///    request is blocked, naming ask-before-send, not asked again. "First time per
///    provider" approvals are keyed on the provider and its scheme, host and port.
///  - `localhost` and `*.localhost` are 127.0.0.1 and ::1 (RFC 6761), answered by the
///    gate itself: the resolver, and so the system's DNS, never hears those names.
///  - DNS rebinding: a name is resolved once (HostResolver), every address is
///    classified, and the connection goes to one of those classified addresses
///    (IPv4 first; the next one only when connecting is refused or the network is
///    unreachable, before any byte is written). Host, TLS SNI and the certificate
///    check use the URL's name (QSslSocket::connectToHostEncrypted with a peer name).
///  - Redirects are never followed (all of them, same origin included): a 3xx with
///    a Location ends the request as failed with RedirectRefused, naming the target.
///  - TLS verification is never relaxed: VerifyPeer, no ignoreSslErrors anywhere;
///    ALPN offers http/1.1 only.
///  - The header block recorded is byte for byte the block sent; no compression
///    (Accept-Encoding: identity), so response bytes counted are bytes streamed.
///  - Only Sotto's own proxies (EgressPolicy::proxyFor: the provider's or the global
///    one, judged like above on the provider's URL, its name never looked up here;
///    the audit record names the proxy). QNetworkProxy::NoProxy on every socket:
///    environment and application proxies are not used (ProxyEnvironment says so). No cookies, no cache, no
///    credentials from URLs, no automatic retries, no connection before a request, no lookup before policy
///    and the question.
///
/// Thread affinity: the thread that creates it (the GUI thread or the CLI's main
/// thread); everything is asynchronous, nothing blocks. It does not own the
/// journal, resolver or prompter it is given; they must outlive it.
class EgressGate final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EgressGate)

public:
    explicit EgressGate(AuditJournal &journal, QObject *parent = nullptr);
    ~EgressGate() override;

    /// Takes effect at once, for requests under way too: one the new policy refuses
    /// (turning offline on refuses all but loopback) is stopped now — blocked if it was
    /// still waiting for the question or the lookup (nothing left), cancelled with the
    /// setting as its policy reason if it was written ahead or on the network (the
    /// connection is aborted; what arrived is kept by the caller). Changing
    /// askBeforeSend forgets the session's approvals.
    void setPolicy(const EgressPolicy &policy);
    const EgressPolicy &policy() const { return m_policy; }

    /// nullptr restores the system resolver.
    void setResolver(HostResolver *resolver);
    /// nullptr: nothing can ask, so ask-before-send refuses every request.
    void setPrompter(SendPrompter *prompter);
    /// Forgets "first time per provider" approvals (and per-turn ones).
    void forgetApprovals();

    /// Hands `request` to the gate. Nothing happens before control returns to the
    /// event loop, so connect to the reply first. The caller owns the reply.
    [[nodiscard]] EgressReply *send(const EgressRequest &request);

    /// Requests not finished yet.
    int activeCount() const;

Q_SIGNALS:
    /// The user answered "Don't ask again for this provider": policy().askExempt
    /// gained `key`. Whoever keeps the policy (the Session, the CLI) stores it.
    void askExemptionAdded(const QString &key);

private:
    friend class EgressExchange;

    struct Waiter {
        QPointer<QObject> context;
        std::function<void(bool)> answer;
    };
    /// One question on screen and the requests waiting on it. `ticket` is the
    /// prompter's context: deleting it withdraws the question.
    struct OpenQuestion {
        QObject *ticket = nullptr;
        QString originKey;
        QList<Waiter> waiters;
    };

    AuditJournal &journal() const { return m_journal; }
    HostResolver &resolver() const;
    /// Asks the prompter unless `approvalKey` was approved this session (keys: the
    /// provider with scheme, host and port for "first"; the turn for "always"); requests
    /// that share the key while a question is open share its answer. `originKey` is
    /// what "Don't ask again" exempts (EgressPolicy::askExemptKey).
    void requestApproval(const QString &approvalKey, const QString &originKey, const SendQuestion &question,
                         QObject *context, std::function<void(bool)> answer);
    /// `context` no longer waits for an answer (it was cancelled or blocked); a
    /// question nobody waits for any more is withdrawn from the prompter.
    void withdrawFromQuestions(QObject *context);
    bool isApproved(const QString &approvalKey) const { return m_approved.contains(approvalKey); }
    bool hasPrompter() const { return m_prompter != nullptr; }

    AuditJournal &m_journal;
    std::unique_ptr<HostResolver> m_systemResolver;
    HostResolver *m_resolver = nullptr;
    SendPrompter *m_prompter = nullptr;
    EgressPolicy m_policy;
    QSet<QString> m_approved;
    QHash<QString, OpenQuestion> m_openQuestions;
    QList<QPointer<EgressExchange>> m_exchanges;
    quint64 m_sequence = 0;
};

} // namespace sotto
