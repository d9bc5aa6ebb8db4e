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
        exchange->deleteLater();
    });
    QMetaObject::invokeMethod(exchange, &EgressExchange::start, Qt::QueuedConnection);
    return reply;
}

int EgressGate::activeCount() const
{
    return int(m_exchanges.size());
}

void EgressGate::requestApproval(const QString &approvalKey, const SendQuestion &question, QObject *context,
                                 std::function<void(bool)> answer)
{
    Q_ASSERT(m_prompter);
    if (m_approved.contains(approvalKey)) {
        answer(true);
        return;
    }
    const bool alreadyAsked = m_openQuestions.contains(approvalKey);
    m_openQuestions[approvalKey].append({context, std::move(answer)});
    if (alreadyAsked)
        return;

    qCInfo(lcNet) << "asking before sending to" << question.provider << "at" << question.host;
    m_prompter->ask(question, this, [this, approvalKey](bool send) {
        if (send)
            m_approved.insert(approvalKey);
        const QList<Waiter> waiters = m_openQuestions.take(approvalKey);
        for (const Waiter &waiter : waiters) {
            if (waiter.context)
                waiter.answer(send);
        }
    });
}

} // namespace sotto
