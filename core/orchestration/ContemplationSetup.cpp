// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/ContemplationSetup.h"

#include "core/orchestration/ContextBudget.h"
#include "core/orchestration/ConversationRedaction.h"
#include "core/orchestration/EnsembleCatalog.h"
#include "core/orchestration/EnsemblePlan.h"
#include "core/orchestration/HistoryReader.h"
#include "core/orchestration/Session.h"
#include "core/orchestration/TurnRequest.h"
#include "core/orchestration/TurnService.h"
#include "core/privacy/RedactionMap.h"
#include "core/providers/Backend.h"
#include "core/store/AgentLaneRepository.h"
#include "core/store/VaultService.h"

#include <algorithm>

namespace sotto {

namespace {

const QString CHOICE_SETTING = QStringLiteral("contemplating.choice");

} // namespace

QString ContemplationChoice::key() const
{
    return ensemble.isEmpty() ? QStringLiteral("agents:%1").arg(agents)
                              : QStringLiteral("ensemble:") + ensemble;
}

ContemplationChoice ContemplationChoice::fromKey(const QString &key)
{
    ContemplationChoice choice;
    if (key.startsWith(QLatin1String("ensemble:"))) {
        choice.ensemble = key.mid(9);
    } else if (key.startsWith(QLatin1String("agents:"))) {
        bool ok = false;
        const int agents = key.mid(7).toInt(&ok);
        if (ok)
            choice.agents = qBound(Ensemble::MIN_AGENTS, agents, Ensemble::MAX_AGENTS);
    }
    return choice;
}

ContemplationSetup::ContemplationSetup(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_catalog(new EnsembleCatalog(session.vault(), this))
{
    connect(&session, &Session::locked, this, &ContemplationSetup::forget);
    connect(&session, &Session::unlocked, this, &ContemplationSetup::read);
    if (session.isUnlocked())
        read();
}

ContemplationSetup::~ContemplationSetup() = default;

void ContemplationSetup::read()
{
    m_session.readSetting(CHOICE_SETTING, {}, this, [this](const QString &value) {
        m_choice = ContemplationChoice::fromKey(value);
        Q_EMIT changed();
    });
    refreshEnsembles();
}

void ContemplationSetup::forget()
{
    // A send being readied is ended by ChatController::close() (which tells the window it is not
    // busy any more), not here: the lock reaches this object first.
    m_accepted.clear();
    m_acceptNew = false;
    m_ensembles.clear();
    m_estimate.clear();
    m_estimateTurn.clear();
}

void ContemplationSetup::refreshEnsembles()
{
    if (!m_session.isUnlocked())
        return;
    m_catalog->list(this, [this](VaultResult<QList<Ensemble>> listed) {
        if (!listed) {
            Q_EMIT problem(listed.error().message);
            return;
        }
        if (*listed == m_ensembles)
            return;
        m_ensembles = std::move(*listed);
        Q_EMIT changed();
    });
    m_catalog->agentDeadline(this, [this](VaultResult<std::chrono::seconds> deadline) {
        if (deadline)
            m_agentDeadline = *deadline;
    });
}

void ContemplationSetup::setChoice(const ContemplationChoice &choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    // A setting that names an ensemble, in the vault with the others.
    m_session.writeSetting(CHOICE_SETTING, choice.key(), this, [this](VaultResult<void> written) {
        if (!written)
            Q_EMIT problem(written.error().message);
    });
    Q_EMIT changed();
}

ContemplationPlan ContemplationSetup::plan(QString *why)
{
    ContemplationPlan plan;
    plan.agentCount = m_choice.agents;
    plan.agentDeadline = m_agentDeadline;
    if (m_choice.ensemble.isEmpty())
        return plan;
    const auto ensemble = std::find_if(m_ensembles.cbegin(), m_ensembles.cend(), [this](const Ensemble &e) {
        return e.name == m_choice.ensemble;
    });
    if (ensemble == m_ensembles.cend()) {
        if (why)
            *why = tr("There is no ensemble named “%1” any more: choose who contemplates.")
                       .arg(m_choice.ensemble);
        return plan;
    }
    QStringList missing;
    plan = ensemblePlan(
        *ensemble,
        [this, &missing](const QString &name) {
            std::shared_ptr<Backend> backend = m_session.backend(name);
            if (!backend)
                missing << name;
            return backend;
        },
        plan);
    if (why && !missing.isEmpty()) {
        missing.removeDuplicates();
        *why = tr("The ensemble “%1” names providers that are not configured: %2.")
                   .arg(ensemble->name, missing.join(QStringLiteral(", ")));
    }
    return plan;
}

QList<EstimatedRequest> ContemplationSetup::shape(const Conversation &conversation)
{
    const std::shared_ptr<Backend> backend = m_session.backend(conversation.provider);
    if (!backend)
        return {};
    TurnRequest request;
    request.conversation = conversation;
    request.mode = Mode::Contemplating;
    request.model = conversation.model;
    request.contextTokens = ContextBudget::resolve(backend->config(), request.model).tokens;
    QString why;
    request.contemplation = plan(&why);
    if (!why.isEmpty())
        return {};
    return ContemplationEstimate::of(request, *backend);
}

QList<EstimatedRequest> ContemplationSetup::estimateOfTurn(const QString &turnId) const
{
    return !turnId.isEmpty() && turnId == m_estimateTurn ? m_estimate : QList<EstimatedRequest>();
}

void ContemplationSetup::conversationStored(qint64 id)
{
    if (std::exchange(m_acceptNew, false))
        m_accepted.insert(id);
}

void ContemplationSetup::prepare(TurnRequest request, std::shared_ptr<Backend> backend, Ready ready,
                                 Declined declined)
{
    const quint64 preparing = ++m_prepared;
    m_preparing = preparing;
    // What the choice names now: the ensembles and the deadline may have been edited in Settings.
    m_catalog->list(this,
                    [this, preparing, request = std::move(request), backend = std::move(backend),
                     ready = std::move(ready),
                     declined = std::move(declined)](VaultResult<QList<Ensemble>> listed) mutable {
                        if (m_preparing != preparing)
                            return;
                        if (listed)
                            m_ensembles = std::move(*listed);
                        QString why;
                        request.contemplation = plan(&why);
                        if (!why.isEmpty()) {
                            m_preparing = 0;
                            declined(request.prompt, why);
                            return;
                        }
                        readThenEstimate(preparing, std::move(request), std::move(backend), std::move(ready),
                                         std::move(declined));
                    });
}

void ContemplationSetup::readThenEstimate(quint64 preparing, TurnRequest request,
                                          std::shared_ptr<Backend> backend, Ready ready, Declined declined)
{
    const qint64 conversation = request.conversation.id;
    const bool incognito = request.conversation.incognito;
    // A stored conversation contemplated before (in an earlier session) is not asked again.
    const bool lookUpLanes = conversation > 0 && m_askEstimate && !m_accepted.contains(conversation);
    struct Prepared {
        ReadHistory history;
        bool contemplatedBefore = false;
        RedactionSetup redaction; // the estimate counts what leaves, redacted as the turn will
    };
    const QList<PathEntry> path = request.historyPath;
    const auto job = [path, conversation, incognito, lookUpLanes](Vault &vault) -> VaultResult<Prepared> {
        Prepared prepared;
        // As the turn reads it: an incognito conversation has no stored map, and goes on with
        // the defaults when the settings cannot be read.
        auto redaction = ConversationRedaction::readSetup(vault, incognito ? 0 : conversation);
        if (redaction)
            prepared.redaction = std::move(*redaction);
        else if (!incognito)
            return Unexpected(redaction.error());
        if (!path.isEmpty()) {
            auto history = HistoryReader::read(vault, path, 0, 0);
            if (!history)
                return Unexpected(history.error());
            prepared.history = std::move(*history);
        }
        if (lookUpLanes) {
            auto contemplated = AgentLaneRepository(vault).hasLanes(conversation);
            if (!contemplated)
                return Unexpected(contemplated.error());
            prepared.contemplatedBefore = *contemplated;
        }
        return prepared;
    };
    m_session.vault().run(job, this,
                          [this, preparing, conversation, incognito, request = std::move(request), backend,
                           ready, declined](VaultResult<Prepared> prepared) mutable {
                              if (m_preparing != preparing)
                                  return;
                              if (!prepared) {
                                  m_preparing = 0;
                                  declined(request.prompt, prepared.error().message);
                                  return;
                              }
                              if (prepared->contemplatedBefore)
                                  m_accepted.insert(conversation);
                              if (!request.historyPath.isEmpty()) {
                                  request.history = std::move(prepared->history.messages);
                                  request.historyUnread = prepared->history.unread;
                              }
                              const RedactionSetup &setup = prepared->redaction;
                              // An incognito conversation's map is the one its turns share, in memory.
                              const std::shared_ptr<const RedactionMap> held
                                  = incognito ? m_session.turns().incognitoMap(conversation) : nullptr;
                              const ConversationRedaction redaction = held
                                  ? ConversationRedaction(setup.policy, setup.terms,
                                                          std::make_shared<RedactionMap>(*held),
                                                          setup.providerPolicies)
                                  : ConversationRedaction(setup);
                              estimated(preparing, request, *backend, redaction, ready, declined);
                          });
}

void ContemplationSetup::estimated(quint64 preparing, const TurnRequest &request, Backend &backend,
                                   const ConversationRedaction &redaction, const Ready &ready,
                                   const Declined &declined)
{
    const QList<EstimatedRequest> estimate = ContemplationEstimate::of(request, backend, &redaction);
    const qint64 conversation = request.conversation.id;
    if (!m_accepted.contains(conversation) && m_askEstimate && !m_askEstimate(estimate)) {
        if (m_preparing == preparing) {
            m_preparing = 0;
            declined(request.prompt, {});
        }
        return;
    }
    if (m_preparing != preparing)
        return; // stopped, or another conversation shown, while the question was open
    // A new chat has its id once the turn stored it (conversationStored()).
    if (conversation != 0)
        m_accepted.insert(conversation);
    m_acceptNew = conversation == 0;
    m_estimate = estimate;
    m_estimateTurn.clear();
    m_preparing = 0;
    ready(request);
}

} // namespace sotto
