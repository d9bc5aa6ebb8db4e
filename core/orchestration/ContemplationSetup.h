// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/ContemplationEstimate.h"
#include "core/orchestration/ContemplationPlan.h"
#include "core/types/Conversation.h"
#include "core/types/Ensemble.h"

#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>

namespace sotto {

class Backend;
class ConversationRedaction;
class EnsembleCatalog;
class Session;
struct TurnRequest;

/// Who contemplates in the window: a saved ensemble (by name) or, without one,
/// the conversation's own provider and model `agents` times.
struct ContemplationChoice {
    QString ensemble;
    int agents = Ensemble::DEFAULT_AGENTS;

    /// "agents:3" or "ensemble:NAME", as the vault's setting keeps it.
    QString key() const;
    static ContemplationChoice fromKey(const QString &key);
    friend bool operator==(const ContemplationChoice &, const ContemplationChoice &) = default;
};

/// Everything the window decides before a contemplated turn is sent: who
/// contemplates (the choice, remembered in the vault; the saved ensembles and
/// the agents' deadline, read again when Settings edits them), the plan a send
/// takes, what the turn will carry (ContemplationEstimate, from the history as
/// the turn would read it, redacted as the turn would send it), and the question asked with that estimate
/// before a conversation's first contemplated send. A conversation that already has a contemplated answer in
/// the vault, or whose estimate was accepted in this session, is not asked again. The estimate of the turn
/// sent last stays known by its turn id, so the ask-before-send dialog can show it.
///
/// ChatController owns one. GUI thread; does not own the Session, which must
/// outlive it. Forgets what was accepted, and the ensembles, at lock.
class ContemplationSetup final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContemplationSetup)

public:
    explicit ContemplationSetup(Session &session, QObject *parent = nullptr);
    ~ContemplationSetup() override;

    const ContemplationChoice &choice() const { return m_choice; }
    /// Remembered in the vault for the next sends and sessions.
    void setChoice(const ContemplationChoice &choice);
    const QList<Ensemble> &ensembles() const { return m_ensembles; }
    /// Reads the ensembles and the agents' deadline again (they are edited in Settings).
    void refreshEnsembles();
    /// What a contemplated turn of `conversation` would send now, without its
    /// question (the mode control's tooltip); empty when it cannot be sent as chosen.
    QList<EstimatedRequest> shape(const Conversation &conversation);

    /// Asked with the estimate before a conversation's first contemplated send;
    /// false sends nothing. Without an asker nothing is asked.
    using EstimateAsker = std::function<bool(const QList<EstimatedRequest> &)>;
    void setEstimateAsker(EstimateAsker asker) { m_askEstimate = std::move(asker); }

    using Ready = std::function<void(const TurnRequest &request)>;
    /// `why` says why nothing was sent: empty when the user declined the estimate.
    using Declined = std::function<void(const QString &prompt, const QString &why)>;
    /// Readies the contemplated `request` of the conversation it names: the plan
    /// for the current choice (the ensembles read again first), the history read
    /// in full on the vault's thread (each agent fits its own budget, so the
    /// estimate is what will be sent and the turn reads none), the estimate, and
    /// the question when this is the conversation's first contemplated send. Then
    /// exactly one of `ready` (send it) and `declined` runs — neither after
    /// cancelPreparing() or another prepare().
    void prepare(TurnRequest request, std::shared_ptr<Backend> backend, Ready ready, Declined declined);
    bool isPreparing() const { return m_preparing != 0; }
    void cancelPreparing() { m_preparing = 0; }

    /// The turn just sent stored its new conversation as `id`.
    void conversationStored(qint64 id);
    /// The new chat whose estimate was accepted was left (or another kind of turn was sent)
    /// before it was stored: conversationStored() must not take it for that one.
    void newChatLeft() { m_acceptNew = false; }
    /// The turn just sent started its answer, whose requests carry `turnId`.
    void answerStarted(const QString &turnId) { m_estimateTurn = turnId; }
    /// The estimate of the contemplated turn whose answer has `turnId`; empty for any other.
    QList<EstimatedRequest> estimateOfTurn(const QString &turnId) const;

Q_SIGNALS:
    /// The ensembles or the choice changed.
    void changed();
    /// One sentence for the window's message bar (a failed read or write).
    void problem(const QString &message);

private:
    /// Reads the choice, the ensembles and the deadline (at unlock).
    void read();
    void forget();
    /// The plan for the current choice; `why` says why it cannot be sent as chosen.
    ContemplationPlan plan(QString *why);
    /// prepare() once the plan is made: reads the history, the redaction and whether the
    /// conversation was contemplated before, on the vault's thread.
    void readThenEstimate(quint64 preparing, TurnRequest request, std::shared_ptr<Backend> backend,
                          Ready ready, Declined declined);
    void estimated(quint64 preparing, const TurnRequest &request, Backend &backend,
                   const ConversationRedaction &redaction, const Ready &ready, const Declined &declined);

    Session &m_session;
    EnsembleCatalog *m_catalog;
    ContemplationChoice m_choice;
    QList<Ensemble> m_ensembles;
    std::chrono::milliseconds m_agentDeadline = ContemplationPlan::DEFAULT_AGENT_DEADLINE;
    EstimateAsker m_askEstimate;
    QSet<qint64> m_accepted; // conversations not to ask again
    quint64 m_preparing = 0; // the send being readied (its number), 0: none
    quint64 m_prepared = 0;
    bool m_acceptNew = false; // accepted for a new chat, whose id comes with conversationStored()
    QList<EstimatedRequest> m_estimate; // of the last contemplated send…
    QString m_estimateTurn; // …whose answer has this turn id
};

} // namespace sotto
