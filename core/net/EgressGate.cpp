// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/EgressGate.h"

#include "core/net/EgressExchange.h"
#include "core/net/EgressReply.h"
#include "core/net/NetLogging.h"
#include "core/net/SendPrompter.h"
#include "core/net/SystemHostResolver.h"

namespace sotto {

EgressGate::EgressGate(AuditJournal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_systemResolver(std::make_unique<SystemHostResolver>())
    , m_resolver(m_systemResolver.get())
{ }

EgressGate::~EgressGate()
{
    const QList<QPointer<EgressExchange>> exchanges = m_exchanges;
    for (const QPointer<EgressExchange> &exchange : exchanges) {
        if (exchange)
            exchange->abandon();
    }
    qDeleteAll(exchanges);
}

void EgressGate::setPolicy(const EgressPolicy &policy)
{
    if (policy.askBeforeSend != m_policy.askBeforeSend)
        forgetApprovals();
    m_policy = policy;
    // The kill switch: what the new policy refuses stops now, not at its next step.
    const QList<QPointer<EgressExchange>> exchanges = m_exchanges;
    for (const QPointer<EgressExchange> &exchange : exchanges) {
        if (exchange)
            exchange->enforcePolicy();
    }
}

void EgressGate::setResolver(HostResolver *resolver)
{
    m_resolver = resolver ? resolver : m_systemResolver.get();
}

void EgressGate::setPrompter(SendPrompter *prompter)
{
    m_prompter = prompter;
}

void EgressGate::forgetApprovals()
{
    m_approved.clear();
}

HostResolver &EgressGate::resolver() const
{
    return *m_resolver;
}

EgressReply *EgressGate::send(const EgressRequest &request)
{
    auto *reply = new EgressReply;
    auto *exchange = new EgressExchange(*this, ++m_sequence, request, reply);
    reply->m_exchange = exchange;
    m_exchanges.append(exchange);
    connect(exchange, &EgressExchange::ended, this, [this, exchange] {
        m_exchanges.removeAll(exchange);
        withdrawFromQuestions(exchange);
        exchange->deleteLater();
    });
    QMetaObject::invokeMethod(exchange, &EgressExchange::start, Qt::QueuedConnection);
    return reply;
}

int EgressGate::activeCount() const
{
    return int(m_exchanges.size());
}

void EgressGate::requestApproval(const QString &approvalKey, const QString &originKey,
                                 const SendQuestion &question, QObject *context,
                                 std::function<void(bool)> answer)
{
    Q_ASSERT(m_prompter);
    if (m_approved.contains(approvalKey)) {
        answer(true);
        return;
    }
    OpenQuestion &open = m_openQuestions[approvalKey];
    open.waiters.append({context, std::move(answer)});
    if (open.ticket)
        return; // already on screen: this request shares its answer

    qCInfo(lcNet) << "asking before sending to" << question.provider << "at" << question.host;
    open.ticket = new QObject(this);
    open.originKey = originKey;
    m_prompter->ask(question, open.ticket, [this, approvalKey, ticket = open.ticket](SendDecision decision) {
        const auto found = m_openQuestions.constFind(approvalKey);
        if (found == m_openQuestions.cend() || found->ticket != ticket)
            return; // withdrawn meanwhile (the prompter should not have answered)
        const OpenQuestion asked = m_openQuestions.take(approvalKey);
        asked.ticket->deleteLater();
        const bool send = decision != SendDecision::Decline;
        if (send)
            m_approved.insert(approvalKey);
        if (decision == SendDecision::SendAndStopAsking && m_policy.exemptFromAsking(asked.originKey)) {
            qCInfo(lcNet) << "no longer asking before sending to" << asked.originKey;
            Q_EMIT askExemptionAdded(asked.originKey);
        }
        for (const Waiter &waiter : std::as_const(asked.waiters)) {
            if (waiter.context)
                waiter.answer(send);
        }
    });
}

void EgressGate::withdrawFromQuestions(QObject *context)
{
    for (auto it = m_openQuestions.begin(); it != m_openQuestions.end();) {
        it->waiters.removeIf([context](const Waiter &waiter) {
            return !waiter.context || waiter.context == context;
        });
        if (!it->waiters.isEmpty()) {
            ++it;
            continue;
        }
        // Nobody waits for this answer any more: take the question off the screen.
        qCInfo(lcNet) << "withdrawing an unanswered ask-before-send question";
        delete it->ticket;
        it = m_openQuestions.erase(it);
    }
}

} // namespace sotto
