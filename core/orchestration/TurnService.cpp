// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/TurnService.h"

#include "core/orchestration/TurnJob.h"
#include "core/privacy/RedactionMap.h"
#include "core/providers/Backend.h"

#include <algorithm>
#include <utility>

namespace sotto {

TurnService::TurnService(QObject *parent)
    : QObject(parent)
{ }

TurnService::~TurnService()
{
    // Destroying a running job keeps what arrived, marked partial.
    const std::vector<Running> running = std::exchange(m_running, {});
    for (const Running &r : running)
        delete r.job;
}

TurnJob *TurnService::start(VaultService &vault, std::shared_ptr<Backend> backend, const TurnRequest &request,
                            const std::function<void(TurnJob *)> &attach)
{
    TurnJob *job = TurnJob::create(vault, *backend, request).release();
    job->setParent(this);
    // The backend lives as long as its job: the connection holds it until the job is destroyed.
    connect(job, &QObject::destroyed, this, [backend] {});
    m_running.push_back(Running{job, 0, {}, {}});
    if (request.conversation.incognito) {
        // An incognito conversation's turns share one map, kept here and nowhere else.
        std::shared_ptr<RedactionMap> map = m_incognitoMaps.value(request.conversation.id);
        if (!map)
            map = std::make_shared<RedactionMap>();
        job->setIncognitoRedactionMap(map);
        connect(job, &TurnJob::conversationReady, this, [this, map](const Conversation &c) {
            m_incognitoMaps.insert(c.id, map);
        });
    }
    connect(job, &TurnJob::conversationReady, this, [this, job](const Conversation &c) {
        Running *r = find(job);
        if (!r || r->conversationId == c.id)
            return;
        r->conversationId = c.id;
        Q_EMIT generatingChanged(c.id, true);
    });
    connect(job, &TurnJob::answerStarted, this, [this, job](const Message &) {
        if (Running *r = find(job)) {
            r->text.clear();
            r->reasoning.clear();
        }
    });
    connect(job, &TurnJob::textReceived, this, [this, job](const QString &delta) {
        if (Running *r = find(job))
            r->text += delta;
    });
    connect(job, &TurnJob::reasoningReceived, this, [this, job](const QString &delta) {
        if (Running *r = find(job))
            r->reasoning += delta;
    });
    connect(job, &TurnJob::finished, this, [this, job] {
        onFinished(job);
    });
    if (attach)
        attach(job);
    job->start();
    return job;
}

void TurnService::onFinished(TurnJob *job)
{
    const auto it = std::find_if(m_running.begin(), m_running.end(), [job](const Running &r) {
        return r.job == job;
    });
    if (it == m_running.end())
        return;
    const qint64 id = it->conversationId;
    m_running.erase(it);
    // Later: the other receivers of finished() (an attached controller) still read the job.
    job->deleteLater();
    if (id != 0)
        Q_EMIT generatingChanged(id, false);
}

TurnJob *TurnService::running(qint64 conversationId) const
{
    if (conversationId == 0)
        return nullptr;
    for (const Running &r : m_running) {
        if (r.conversationId == conversationId)
            return r.job;
    }
    return nullptr;
}

QList<qint64> TurnService::generating() const
{
    QList<qint64> ids;
    for (const Running &r : m_running) {
        if (r.conversationId != 0)
            ids << r.conversationId;
    }
    return ids;
}

TurnService::Running *TurnService::find(const TurnJob *job)
{
    for (Running &r : m_running) {
        if (r.job == job)
            return &r;
    }
    return nullptr;
}

const TurnService::Running *TurnService::find(const TurnJob *job) const
{
    for (const Running &r : m_running) {
        if (r.job == job)
            return &r;
    }
    return nullptr;
}

QString TurnService::textSoFar(const TurnJob *job) const
{
    const Running *r = find(job);
    return r ? r->text : QString();
}

QString TurnService::reasoningSoFar(const TurnJob *job) const
{
    const Running *r = find(job);
    return r ? r->reasoning : QString();
}

void TurnService::cancel(qint64 conversationId)
{
    if (TurnJob *job = running(conversationId))
        job->cancel();
}

void TurnService::cancelAll()
{
    // cancel() may finish a job at once, which leaves the list.
    QList<TurnJob *> jobs;
    for (const Running &r : m_running)
        jobs << r.job;
    for (TurnJob *job : std::as_const(jobs)) {
        if (find(job))
            job->cancel();
    }
}

} // namespace sotto
