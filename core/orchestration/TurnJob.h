// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/TurnRequest.h"
#include "core/store/AgentLaneRepository.h"
#include "core/types/ChatResult.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sotto {

class Backend;
class ConversationRedaction;
class RedactionMap;
class VaultService;
struct ProviderConfig;

/// One turn, as the window and the CLI hold it, whatever its mode: it stores
/// the question, streams one answer (Instant, Thinking) or composes several
/// answer streams into one (Contemplating), and ends with exactly one
/// finished(). create() picks the job for the request's mode.
///
/// Signals, in order: conversationReady (the conversation as stored, or with
/// its incognito id), userMessageReady (a new question as stored; not for a
/// regeneration), answerStarted (the pending answer), text/reasoningReceived while it
/// streams, finished. A request refused before anything is stored or sent (a
/// question longer than the context budget) emits only finished().
///
/// A Contemplating turn also reports its agents' lanes (agentStarted, the
/// agent deltas, agentFinished) between answerStarted and the synthesis' deltas.
///
/// Every answer has its own turn id, shared by all of its requests in the audit.
/// Thread of the VaultService and the Backend; neither is owned and both must
/// outlive the job. Destroying a running job keeps what arrived, marked partial.
class TurnJob : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnJob)

public:
    ~TurnJob() override;

    /// The job for `request.mode`.
    static std::unique_ptr<TurnJob> create(VaultService &vault, Backend &backend, const TurnRequest &request,
                                           QObject *parent = nullptr);

    /// An incognito conversation's placeholder map, kept in memory by whoever holds
    /// the conversation (TurnService) so its turns share it; never stored. Before start().
    void setIncognitoRedactionMap(std::shared_ptr<RedactionMap> map) { m_incognitoMap = std::move(map); }

    /// Whether finished()'s answer carries its text and reasoning (the default).
    /// Without, the turn never holds the whole answer: the deltas carry it and the
    /// vault has it (`sotto ask` printing it). Before start().
    void setAnswerTextKept(bool kept) { m_answerTextKept = kept; }

    virtual void start() = 0;
    /// Stops every request of the turn; what arrived is kept, stored as cancelled.
    virtual void cancel() = 0;
    bool isRunning() const { return m_running; }
    /// Contemplating: each agent's lane of its last round — while it streams, with
    /// the text and reasoning received so far; after finished(), as stored. Empty
    /// for the other modes.
    virtual QList<AgentLane> agents() const { return {}; }

    const Conversation &conversation() const { return m_conversation; }
    const Message &userMessage() const { return m_question; }
    /// The answer: while it streams without its text (the deltas carry it); after
    /// finished() as stored.
    const Message &answer() const { return m_answer; }
    /// What the request carried of the conversation (after start()).
    const ContextUse &context() const { return m_context; }

Q_SIGNALS:
    void conversationReady(const sotto::Conversation &conversation);
    void userMessageReady(const sotto::Message &message);
    void answerStarted(const sotto::Message &answer);
    void textReceived(const QString &delta);
    void reasoningReceived(const QString &delta);
    /// Contemplating: an agent's request of a round started (its lane as it is
    /// stored: index, round, provider, model, perspective).
    void agentStarted(const sotto::AgentLane &lane);
    void agentTextReceived(int agentIndex, int round, const QString &delta);
    void agentReasoningReceived(int agentIndex, int round, const QString &delta);
    /// The lane's final state (text, thinking, status, error, usage).
    void agentFinished(const sotto::AgentLane &lane);
    /// The turn is over: the answer as stored (status, error, usage) and how the
    /// request ended. After a vault failure the result carries its message.
    void finished(const sotto::Message &answer, const sotto::ChatResult &result);

protected:
    explicit TurnJob(QObject *parent = nullptr);

    static QString newTurnId();
    /// Fills m_conversation (its mode, provider and model for this turn) and
    /// m_question (new, or the stored one answered again). False, after fail(),
    /// when the message to answer again is gone.
    bool prepareQuestion(const TurnRequest &request, const ProviderConfig &provider);
    /// For a request that carries the visible path (the window), reads the history
    /// on the vault's thread — HistoryReader, from the newest message back, only as
    /// far as `budget` reaches (≤ 0: all of it) — into `request.history` and
    /// `request.historyUnread`, then calls `ready`; otherwise calls it at once. A
    /// vault failure ends the turn through fail().
    void readHistory(VaultService &vault, TurnRequest &request, qint64 budget, std::function<void()> ready);
    /// Reads what redaction needs (docs/PRIVACY.md) on the vault's thread — the
    /// policy, the user's terms and a stored conversation's placeholder map (an
    /// incognito one: the map set by setIncognitoRedactionMap, or a new one) — into
    /// m_redaction, then calls `ready`. A vault failure ends the turn through fail().
    void loadRedaction(VaultService &vault, const TurnRequest &request, std::function<void()> ready);
    /// Stores the conversation's placeholder map when the requests just sent added
    /// to it (a stored conversation only; incognito keeps it in memory).
    void saveRedaction(VaultService &vault);
    /// m_answer as pending: by `provider` and `model` (empty: the provider's default).
    void draftAnswer(const TurnRequest &request, const ProviderConfig &provider, const QString &model);
    /// Stores the conversation, question and pending answer in one vault job
    /// (incognito: gives them negative ids, storing nothing), updates the
    /// members, emits conversationReady, userMessageReady and answerStarted,
    /// then calls `stored`. A vault failure ends the turn through fail().
    void storeTurn(VaultService &vault, const TurnRequest &request, std::function<void()> stored);
    /// Ends the turn as failed, from the event loop (never inside start()).
    void fail(ChatError error, const QString &message);
    /// The refusal of a question over the context budget.
    static QString tooLongMessage(qint64 budget, qint64 estimated);

    Conversation m_conversation;
    Message m_question;
    Message m_answer;
    ContextUse m_context;
    /// Shared by every AnswerStream of the turn (after loadRedaction()).
    std::shared_ptr<ConversationRedaction> m_redaction;
    bool m_running = false;
    bool m_answerTextKept = true;

private:
    std::shared_ptr<RedactionMap> m_incognitoMap;
};

} // namespace sotto
