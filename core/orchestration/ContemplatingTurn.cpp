// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/ContemplatingTurn.h"

#include "core/orchestration/AnswerStream.h"
#include "core/orchestration/LaneAnswerStore.h"
#include "core/orchestration/MessageAnswerStore.h"
#include "core/providers/Backend.h"
#include "core/store/VaultService.h"
#include "core/types/DestinationClassifier.h"

#include <QCoreApplication>
#include <QTimer>

namespace sotto {

namespace {

QString agentName(const AgentLane &lane)
{
    return ContemplatingTurn::tr("agent %1 (%2)")
        .arg(lane.agentIndex + 1)
        .arg(lane.model.isEmpty() ? lane.provider : lane.model);
}

AgentLane laneFor(const Message &answer, const ContemplatingAgent &agent, int round)
{
    AgentLane lane;
    lane.conversationId = answer.conversationId;
    lane.messageId = answer.id;
    lane.turnId = answer.turnId;
    lane.agentIndex = agent.index;
    lane.round = round;
    lane.provider = agent.backend->config().name;
    lane.model = agent.model;
    lane.perspective = agent.perspective;
    lane.status = MessageStatus::Streaming;
    lane.createdAt = lane.updatedAt = QDateTime::currentDateTimeUtc();
    return lane;
}

} // namespace

ContemplatingTurn::ContemplatingTurn(VaultService &vault, Backend &backend, TurnRequest request,
                                     QObject *parent)
    : TurnJob(parent)
    , m_vault(vault)
    , m_backend(backend)
    , m_request(std::move(request))
{ }

ContemplatingTurn::~ContemplatingTurn()
{
    // Running streams keep what arrived (AnswerStream's destructor); a message
    // whose synthesis never began is left partial, as a crash would leave it.
    const bool messageOpen = m_running && !m_synthesis && !incognito() && m_answer.id > 0;
    for (const QPointer<AnswerStream> &stream : std::as_const(m_streams))
        delete stream.data();
    delete m_synthesis.data();
    if (messageOpen)
        (void)m_vault.finishStream(m_answer.id, MessageStatus::Partial);
}

bool ContemplatingTurn::isLoopback(const Backend &backend) const
{
    // As the gate judges a local-only request before any lookup.
    return DestinationClassifier::classifyUrl(backend.config().baseUrl) == Destination::Loopback;
}

void ContemplatingTurn::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    // Each agent fits the history to its own budget: all of it is read.
    loadRedaction(m_vault, m_request, [this] {
        readHistory(m_vault, m_request, 0, [this] {
            begin();
        });
    });
}

void ContemplatingTurn::begin()
{
    if (!prepareQuestion(m_request, m_backend.config()))
        return;
    m_agents = ContemplationRequests::agents(m_request, m_backend);
    m_synthesizer = ContemplationRequests::synthesizer(m_request, m_backend);

    m_history = m_request.history;
    if (m_request.answerTo == 0)
        m_history << m_question;
    // Each agent fits the conversation to its own budget; the view marks the
    // history that every agent carried.
    for (const ContemplatingAgent &agent : std::as_const(m_agents)) {
        ContextFit fit;
        (void)ContemplationRequests::firstRound(m_request, agent, int(m_agents.size()), m_history, &fit);
        if (!fit.fits) {
            fail(ChatError::ContextTooLong, tooLongMessage(agent.contextTokens, fit.estimatedTokens));
            return;
        }
        if (agent.index == 0 || fit.withheldMessages > m_context.withheldMessages) {
            m_context = {fit.sentMessages, fit.withheldMessages, fit.estimatedTokens};
            m_context.firstSentId = 0;
            if (fit.withheldMessages > 0) {
                for (const Message &message : std::as_const(fit.history)) {
                    if (message.role != Role::System) {
                        m_context.firstSentId = message.id;
                        break;
                    }
                }
            }
        }
    }

    if (m_request.conversation.localOnly) {
        for (const ContemplatingAgent &agent : std::as_const(m_agents))
            m_refusing = m_refusing || !isLoopback(*agent.backend);
        m_refusing = m_refusing || !isLoopback(*m_synthesizer.backend);
    }

    draftAnswer(m_request, m_synthesizer.backend->config(), m_synthesizer.model);
    storeTurn(m_vault, m_request, [this] {
        if (m_request.answerTo == 0)
            m_history.last() = m_question;
        if (m_refusing)
            refuseRemoteParties();
        else
            runRound(0);
    });
}

SendContext ContemplatingTurn::sendContext(const ContextFit &fit) const
{
    SendContext context;
    context.conversationId = incognito() ? 0 : m_conversation.id;
    context.turnId = m_answer.turnId; // every request of the answer
    context.turnMode = Mode::Contemplating;
    context.localOnly = m_conversation.localOnly;
    context.historySent = fit.sentMessages;
    context.historyWithheld = fit.withheldMessages;
    return context;
}

void ContemplatingTurn::refuseRemoteParties()
{
    // Nothing may leave: only the requests that would leave are handed to the
    // gate, which refuses each before any lookup and records it as blocked.
    const int count = int(m_agents.size());
    QList<QPair<qsizetype, ChatRequest>> refused;
    for (const ContemplatingAgent &agent : std::as_const(m_agents)) {
        if (isLoopback(*agent.backend))
            continue;
        ContextFit fit;
        const ChatRequest request
            = ContemplationRequests::firstRound(m_request, agent, count, m_history, &fit);
        m_lanes << laneFor(m_answer, agent, 0);
        m_laneResults << ChatResult();
        ++m_pending;
        launch(m_lanes.size() - 1, *agent.backend, request, sendContext(fit), false);
    }
    if (!isLoopback(*m_synthesizer.backend)) {
        ContextFit fit;
        const ChatRequest request
            = ContemplationRequests::synthesis(m_request, m_synthesizer, count, m_history, {}, &fit);
        auto *stream = new AnswerStream(nullptr, this);
        stream->setRedaction(m_redaction);
        m_streams << stream;
        ++m_pending;
        connect(stream, &AnswerStream::finished, this, [this, stream](const ChatResult &) {
            stream->deleteLater();
            if (--m_pending == 0)
                afterRound();
        });
        stream->start(*m_synthesizer.backend, request, sendContext(fit));
    }
}

void ContemplatingTurn::runRound(int round)
{
    m_round = round;
    const int count = int(m_agents.size());
    const QList<AgentAnswer> firstAnswers = finalAnswers();
    for (const ContemplatingAgent &agent : std::as_const(m_agents)) {
        ContextFit fit;
        ChatRequest request;
        if (round == 0) {
            request = ContemplationRequests::firstRound(m_request, agent, count, m_history, &fit);
        } else {
            QString own;
            QList<AgentAnswer> others;
            for (const AgentAnswer &answer : firstAnswers) {
                if (answer.index == agent.index)
                    own = answer.text;
                else
                    others << answer;
            }
            if (own.isEmpty())
                continue; // it failed in round 1: nothing to revise
            request
                = ContemplationRequests::refinement(m_request, agent, count, m_history, own, others, &fit);
        }
        m_lanes << laneFor(m_answer, agent, round);
        m_laneResults << ChatResult();
        ++m_pending;
        launch(m_lanes.size() - 1, *agent.backend, request, sendContext(fit), !incognito());
    }
    if (m_pending == 0)
        afterRound();
}

AnswerStream *ContemplatingTurn::launch(qsizetype laneIndex, Backend &backend, const ChatRequest &request,
                                        const SendContext &context, bool keep)
{
    const AgentLane &lane = m_lanes.at(laneIndex);
    std::unique_ptr<AnswerStore> store;
    if (keep)
        store = std::make_unique<LaneAnswerStore>(m_vault, lane);
    auto *stream = new AnswerStream(std::move(store), this);
    stream->setRedaction(m_redaction);
    m_streams << stream;
    m_laneStreams.resize(m_lanes.size());
    m_laneStreams[laneIndex] = stream;
    const int agentIndex = lane.agentIndex;
    const int round = lane.round;
    connect(stream, &AnswerStream::textReceived, this, [this, agentIndex, round](const QString &delta) {
        Q_EMIT agentTextReceived(agentIndex, round, delta);
    });
    connect(stream, &AnswerStream::reasoningReceived, this, [this, agentIndex, round](const QString &delta) {
        Q_EMIT agentReasoningReceived(agentIndex, round, delta);
    });
    connect(stream, &AnswerStream::finished, this, [this, laneIndex, stream](const ChatResult &result) {
        onLaneFinished(laneIndex, stream, result);
    });
    const auto deadline = m_request.contemplation.agentDeadline;
    if (deadline.count() > 0) {
        auto *timer = new QTimer(stream);
        timer->setSingleShot(true);
        const qint64 seconds = (deadline.count() + 999) / 1000;
        connect(timer, &QTimer::timeout, stream, [stream, seconds] {
            stream->stop(ChatError::Timeout, tr("no answer within the agent deadline of %1 s").arg(seconds));
        });
        connect(stream, &AnswerStream::finished, timer, &QTimer::stop);
        timer->start(deadline);
    }
    Q_EMIT agentStarted(lane);
    if (m_cancelled)
        stream->cancel();
    stream->start(backend, request, context);
    saveRedaction(m_vault);
    return stream;
}

void ContemplatingTurn::onLaneFinished(qsizetype laneIndex, AnswerStream *stream, const ChatResult &result)
{
    AgentLane &lane = m_lanes[laneIndex];
    lane.text = stream->takeText();
    lane.thinking = stream->takeThinking();
    lane.status = result.messageStatus();
    lane.errorText = result.isComplete() ? QString() : result.message;
    lane.usage = result.usage;
    lane.updatedAt = QDateTime::currentDateTimeUtc();
    m_laneResults[laneIndex] = result;
    m_streams.removeAll(stream);
    stream->deleteLater();
    Q_EMIT agentFinished(lane);
    if (--m_pending == 0)
        afterRound();
}

void ContemplatingTurn::afterRound()
{
    if (m_cancelled) {
        ChatResult cancelled;
        cancelled.status = ChatResult::Status::Cancelled;
        cancelled.error = ChatError::Cancelled;
        cancelled.message = tr("Stopped.");
        endWithout(cancelled);
        return;
    }
    if (m_refusing) {
        ChatResult blocked;
        blocked.status = ChatResult::Status::Blocked;
        blocked.error = ChatError::Blocked;
        blocked.policyReason
            = QCoreApplication::translate("sotto::EgressPolicy", "conversation is local-only");
        blocked.message = tr("This conversation is local-only and the ensemble asks agents that are not on "
                             "this machine; nothing was sent.");
        endWithout(blocked);
        return;
    }
    const QList<AgentAnswer> answers = finalAnswers();
    if (m_round == 0 && m_request.contemplation.rounds >= 2 && answers.size() >= 2) {
        runRound(1);
        return;
    }
    if (answers.isEmpty()) {
        QStringList errors;
        bool allBlocked = true;
        for (qsizetype i = 0; i < m_lanes.size(); ++i) {
            errors << tr("%1: %2").arg(agentName(m_lanes.at(i)), m_lanes.at(i).errorText);
            allBlocked = allBlocked && m_laneResults.at(i).status == ChatResult::Status::Blocked;
        }
        ChatResult failed;
        failed.status = allBlocked ? ChatResult::Status::Blocked : ChatResult::Status::Failed;
        failed.error = allBlocked ? ChatError::Blocked : ChatError::Other;
        failed.message = tr("No agent answered — %1.").arg(errors.join(QStringLiteral("; ")));
        endWithout(failed);
        return;
    }
    synthesize();
}

QList<AgentAnswer> ContemplatingTurn::finalAnswers() const
{
    QList<AgentAnswer> answers;
    for (const ContemplatingAgent &agent : m_agents) {
        // The last round in which this agent completed an answer.
        const AgentLane *best = nullptr;
        for (qsizetype i = 0; i < m_lanes.size(); ++i) {
            const AgentLane &lane = m_lanes.at(i);
            if (lane.agentIndex == agent.index && m_laneResults.at(i).isComplete() && !lane.text.isEmpty())
                best = &lane;
        }
        if (best)
            answers << AgentAnswer{agent.index, agent.perspective, best->text};
    }
    return answers;
}

QList<AgentLane> ContemplatingTurn::agents() const
{
    QList<AgentLane> last;
    for (const ContemplatingAgent &agent : m_agents) {
        for (qsizetype i = m_lanes.size() - 1; i >= 0; --i) {
            if (m_lanes.at(i).agentIndex != agent.index)
                continue;
            last << m_lanes.at(i);
            // Still streaming: what its stream holds so far.
            const AnswerStream *stream = i < m_laneStreams.size() ? m_laneStreams.at(i).data() : nullptr;
            if (last.constLast().status == MessageStatus::Streaming && stream) {
                last.last().text = stream->text();
                last.last().thinking = stream->thinking();
            }
            break;
        }
    }
    return last;
}

void ContemplatingTurn::synthesize()
{
    ContextFit fit;
    const ChatRequest request = ContemplationRequests::synthesis(
        m_request, m_synthesizer, int(m_agents.size()), m_history, finalAnswers(), &fit);
    std::unique_ptr<AnswerStore> store;
    if (!incognito())
        store = std::make_unique<MessageAnswerStore>(m_vault, m_answer.id);
    m_synthesis = new AnswerStream(std::move(store), this);
    m_synthesis->setRedaction(m_redaction);
    m_synthesis->setKeepsText(m_answerTextKept);
    connect(m_synthesis, &AnswerStream::textReceived, this, &TurnJob::textReceived);
    connect(m_synthesis, &AnswerStream::reasoningReceived, this, &TurnJob::reasoningReceived);
    connect(m_synthesis, &AnswerStream::finished, this, &ContemplatingTurn::onSynthesized);
    if (m_cancelled)
        m_synthesis->cancel();
    m_synthesis->start(*m_synthesizer.backend, request, sendContext(fit));
    saveRedaction(m_vault);
}

void ContemplatingTurn::onSynthesized(const ChatResult &result)
{
    m_answer.content = m_synthesis->takeText();
    m_answer.thinking = m_synthesis->takeThinking();
    m_answer.status = result.messageStatus();
    m_answer.errorText = result.isComplete() ? QString() : result.message;
    m_answer.usage = result.usage;
    m_answer.updatedAt = QDateTime::currentDateTimeUtc();
    m_synthesis->deleteLater();
    m_running = false;
    Q_EMIT finished(m_answer, result);
}

void ContemplatingTurn::endWithout(ChatResult result)
{
    m_answer.status = result.messageStatus();
    m_answer.errorText = result.message;
    m_answer.updatedAt = QDateTime::currentDateTimeUtc();
    const auto done = [this, result] {
        m_running = false;
        Q_EMIT finished(m_answer, result);
    };
    if (incognito()) {
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
        return;
    }
    m_vault.finishStream(m_answer.id, m_answer.status, m_answer.errorText)
        .then(this, [this, done, result](const VaultResult<Message> &stored) {
            if (!stored) {
                m_answer.errorText = stored.error().message;
                ChatResult failed = result;
                failed.status = ChatResult::Status::Failed;
                failed.message = stored.error().message;
                m_running = false;
                Q_EMIT finished(m_answer, failed);
                return;
            }
            done();
        });
}

void ContemplatingTurn::cancel()
{
    m_cancelled = true;
    for (const QPointer<AnswerStream> &stream : std::as_const(m_streams)) {
        if (stream)
            stream->cancel();
    }
    if (m_synthesis)
        m_synthesis->cancel();
}

} // namespace sotto
