// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/TurnJob.h"

#include "core/orchestration/ContemplatingTurn.h"
#include "core/orchestration/ContextBudget.h"
#include "core/orchestration/ConversationRedaction.h"
#include "core/orchestration/HistoryReader.h"
#include "core/orchestration/SingleAnswerTurn.h"
#include "core/privacy/RedactionMap.h"
#include "core/store/RedactionRepository.h"
#include "core/store/VaultService.h"
#include "core/types/ProviderConfig.h"

#include <QCoreApplication>
#include <QUuid>

namespace sotto {

namespace {

QString titleFrom(const QString &prompt)
{
    QString title = prompt.simplified();
    if (title.size() > 60) {
        title.truncate(60);
        const qsizetype space = title.lastIndexOf(QLatin1Char(' '));
        if (space > 30)
            title.truncate(space);
        title += QStringLiteral("…");
    }
    return title.isEmpty() ? QCoreApplication::translate("sotto::TurnRunner", "Image") : title;
}

qint64 nextIncognitoId()
{
    static qint64 next = 0;
    return --next;
}

} // namespace

TurnJob::TurnJob(QObject *parent)
    : QObject(parent)
{ }

TurnJob::~TurnJob() = default;

std::unique_ptr<TurnJob> TurnJob::create(VaultService &vault, Backend &backend, const TurnRequest &request,
                                         QObject *parent)
{
    if (request.mode == Mode::Contemplating)
        return std::make_unique<ContemplatingTurn>(vault, backend, request, parent);
    return std::make_unique<SingleAnswerTurn>(vault, backend, request, parent);
}

QString TurnJob::newTurnId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool TurnJob::prepareQuestion(const TurnRequest &request, const ProviderConfig &provider)
{
    m_conversation = request.conversation;
    const bool isNew = m_conversation.id == 0;
    m_conversation.mode = request.mode;
    m_conversation.provider = provider.name;
    if (!request.model.isEmpty())
        m_conversation.model = request.model;
    if (isNew && m_conversation.title.isEmpty())
        m_conversation.title = titleFrom(request.prompt);

    // The question: new, or the stored one answered again (a regeneration).
    if (request.answerTo != 0) {
        for (const Message &message : std::as_const(request.history)) {
            if (message.id == request.answerTo)
                m_question = message;
        }
        if (m_question.id == 0) {
            fail(ChatError::Other,
                 QCoreApplication::translate("sotto::TurnRunner", "The message to answer again is gone."));
            return false;
        }
        return true;
    }
    m_question.parentId = request.parentId;
    m_question.turnId = newTurnId();
    m_question.role = Role::User;
    m_question.content = request.prompt;
    m_question.attachments = request.images;
    m_question.mode = request.mode;
    m_question.status = MessageStatus::Complete;
    m_question.createdAt = m_question.updatedAt = QDateTime::currentDateTimeUtc();
    return true;
}

void TurnJob::readHistory(VaultService &vault, TurnRequest &request, qint64 budget,
                          std::function<void()> ready)
{
    if (request.historyPath.isEmpty() || !request.history.isEmpty() || request.conversation.incognito) {
        ready();
        return;
    }
    // What is always sent beside the history: the system prompt, and a new question.
    Message question;
    question.content = request.prompt;
    question.attachments = request.images;
    const qint64 alwaysSent = ContextBudget::estimate(request.systemPrompt)
        + (request.answerTo == 0 ? ContextBudget::estimate(question) : 0);
    vault.run(
        [path = request.historyPath, budget, alwaysSent](Vault &v) {
            return HistoryReader::read(v, path, budget, alwaysSent);
        },
        this,
        [this, &request, ready = std::move(ready)](VaultResult<ReadHistory> read) {
            if (!read) {
                fail(ChatError::Other, read.error().message);
                return;
            }
            request.history = std::move(read->messages);
            request.historyUnread = read->unread;
            ready();
        });
}

void TurnJob::loadRedaction(VaultService &vault, const TurnRequest &request, std::function<void()> ready)
{
    const bool incognito = request.conversation.incognito;
    const qint64 conversationId = incognito ? 0 : request.conversation.id;
    vault.run(
        [conversationId](Vault &v) {
            return ConversationRedaction::readSetup(v, conversationId);
        },
        this,
        [this, incognito, ready = std::move(ready)](VaultResult<RedactionSetup> setup) {
            if (!setup && !incognito) {
                fail(ChatError::Other, setup.error().message);
                return;
            }
            // Incognito touches nothing it cannot do without: with no settings to
            // read, the defaults (policy internet, no terms) apply.
            if (!setup)
                setup = RedactionSetup();
            if (incognito) {
                m_redaction = std::make_shared<ConversationRedaction>(
                    setup->policy, setup->terms,
                    m_incognitoMap ? m_incognitoMap : std::make_shared<RedactionMap>(),
                    setup->providerPolicies);
            } else {
                m_redaction = std::make_shared<ConversationRedaction>(*setup);
            }
            ready();
        });
}

void TurnJob::saveRedaction(VaultService &vault)
{
    if (!m_redaction || m_conversation.incognito || m_conversation.id <= 0 || !m_redaction->takeGrown())
        return;
    // A map that fails to store costs only placeholder continuity: the next turn
    // numbers afresh. The vault's own error reporting covers the failure.
    vault.run(
        [id = m_conversation.id, json = m_redaction->map().toJson()](Vault &v) {
            return RedactionRepository(v).saveMap(id, json);
        },
        this, [](const VaultResult<void> &) {});
}

void TurnJob::draftAnswer(const TurnRequest &request, const ProviderConfig &provider, const QString &model)
{
    m_answer = Message();
    m_answer.role = Role::Assistant;
    m_answer.mode = request.mode;
    m_answer.provider = provider.name;
    m_answer.model = model.isEmpty() ? provider.defaultModel : model;
    m_answer.status = MessageStatus::Streaming;
    // Every answer has its own turn id; the first shares its question's.
    m_answer.turnId = request.answerTo != 0 ? newTurnId() : m_question.turnId;
    m_answer.createdAt = m_answer.updatedAt = QDateTime::currentDateTimeUtc();
}

void TurnJob::storeTurn(VaultService &vault, const TurnRequest &request, std::function<void()> stored)
{
    const auto onStarted = [this, answerTo = request.answerTo, stored](const StartedTurn &turn) {
        m_conversation = turn.conversation;
        m_question = turn.question;
        m_answer = turn.answer;
        m_answer.status = MessageStatus::Streaming;
        if (m_context.withheldMessages > 0 && m_context.firstSentId == 0)
            m_context.firstSentId = m_question.id;
        Q_EMIT conversationReady(m_conversation);
        if (answerTo == 0)
            Q_EMIT userMessageReady(m_question);
        Q_EMIT answerStarted(m_answer);
        stored();
    };
    if (request.conversation.incognito) {
        StartedTurn turn;
        turn.conversation = m_conversation;
        if (turn.conversation.id == 0)
            turn.conversation.id = nextIncognitoId();
        turn.question = m_question;
        if (turn.question.id == 0) {
            turn.question.id = nextIncognitoId();
            turn.question.conversationId = turn.conversation.id;
        }
        turn.answer = m_answer;
        turn.answer.id = nextIncognitoId();
        turn.answer.conversationId = turn.conversation.id;
        turn.answer.parentId = turn.question.id;
        onStarted(turn);
        return;
    }
    TurnDraft draft{m_conversation, m_question, m_answer};
    vault.startTurn(draft).then(this, [this, onStarted](const VaultResult<StartedTurn> &started) {
        if (!started) {
            fail(ChatError::Other, started.error().message);
            return;
        }
        onStarted(*started);
    });
}

void TurnJob::fail(ChatError error, const QString &message)
{
    m_running = false;
    ChatResult result;
    result.status = error == ChatError::Blocked ? ChatResult::Status::Blocked : ChatResult::Status::Failed;
    result.error = error;
    result.message = message;
    m_answer.status = MessageStatus::Error;
    m_answer.errorText = message;
    // Never from inside start(): the caller connects, then starts.
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            Q_EMIT finished(m_answer, result);
        },
        Qt::QueuedConnection);
}

QString TurnJob::tooLongMessage(qint64 budget, qint64 estimated)
{
    return QCoreApplication::translate("sotto::TurnRunner",
                                       "The question is too long for the context budget of %1 tokens "
                                       "(about %2 tokens). Shorten it, attach fewer images, or raise the "
                                       "provider's context budget.")
        .arg(budget)
        .arg(estimated);
}

} // namespace sotto
