// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/SingleAnswerTurn.h"

#include "core/orchestration/AnswerStream.h"
#include "core/orchestration/ContextBudget.h"
#include "core/orchestration/MessageAnswerStore.h"
#include "core/providers/Backend.h"
#include "core/store/VaultService.h"

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

QString newTurnId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

SingleAnswerTurn::SingleAnswerTurn(VaultService &vault, Backend &backend, TurnRequest request,
                                   QObject *parent)
    : TurnJob(parent)
    , m_vault(vault)
    , m_backend(backend)
    , m_request(std::move(request))
{ }

SingleAnswerTurn::~SingleAnswerTurn()
{
    // A running stream keeps what arrived (AnswerStream's destructor).
    delete m_stream;
}

qint64 SingleAnswerTurn::nextIncognitoId()
{
    static qint64 next = 0;
    return --next;
}

void SingleAnswerTurn::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_conversation = m_request.conversation;
    const bool isNew = m_conversation.id == 0;
    m_conversation.mode = m_request.mode;
    m_conversation.provider = m_backend.config().name;
    if (!m_request.model.isEmpty())
        m_conversation.model = m_request.model;
    if (isNew && m_conversation.title.isEmpty())
        m_conversation.title = titleFrom(m_request.prompt);

    // The question: new, or the stored one answered again (a regeneration).
    if (m_request.answerTo != 0) {
        for (const Message &message : std::as_const(m_request.history)) {
            if (message.id == m_request.answerTo)
                m_question = message;
        }
        if (m_question.id == 0) {
            fail(ChatError::Other,
                 QCoreApplication::translate("sotto::TurnRunner", "The message to answer again is gone."));
            return;
        }
    } else {
        m_question.parentId = m_request.parentId;
        m_question.turnId = newTurnId();
        m_question.role = Role::User;
        m_question.content = m_request.prompt;
        m_question.attachments = m_request.images;
        m_question.mode = m_request.mode;
        m_question.status = MessageStatus::Complete;
        m_question.createdAt = m_question.updatedAt = QDateTime::currentDateTimeUtc();
    }

    // What the request will carry, decided before anything is stored or sent.
    QList<Message> history = m_request.history;
    if (m_request.answerTo == 0)
        history << m_question;
    ContextFit fit = ContextBudget::fit(history, m_request.systemPrompt, m_request.contextTokens);
    m_context = {fit.sentMessages, fit.withheldMessages, fit.estimatedTokens};
    if (!fit.fits) {
        fail(ChatError::ContextTooLong,
             QCoreApplication::translate("sotto::TurnRunner",
                                         "The question is too long for the context budget of %1 tokens "
                                         "(about %2 tokens). Shorten it, attach fewer images, or raise the "
                                         "provider's context budget.")
                 .arg(m_request.contextTokens)
                 .arg(fit.estimatedTokens));
        return;
    }
    m_sent = std::move(fit.history);
    if (m_context.withheldMessages > 0) {
        for (const Message &message : std::as_const(m_sent)) {
            if (message.role != Role::System) {
                m_context.firstSentId = message.id; // 0 for the new question: known once stored
                break;
            }
        }
    }

    m_answer = Message();
    m_answer.role = Role::Assistant;
    m_answer.mode = m_request.mode;
    m_answer.provider = m_backend.config().name;
    m_answer.model = m_request.model.isEmpty() ? m_backend.config().defaultModel : m_request.model;
    m_answer.status = MessageStatus::Streaming;
    // Every answer has its own turn id; the first shares its question's.
    m_answer.turnId = m_request.answerTo != 0 ? newTurnId() : m_question.turnId;
    m_answer.createdAt = m_answer.updatedAt = QDateTime::currentDateTimeUtc();

    if (incognito()) {
        StartedTurn turn;
        turn.conversation = m_conversation;
        if (isNew)
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
    m_vault.startTurn(draft).then(this, [this](const VaultResult<StartedTurn> &started) {
        if (!started) {
            fail(ChatError::Other, started.error().message);
            return;
        }
        onStarted(*started);
    });
}

void SingleAnswerTurn::onStarted(const StartedTurn &turn)
{
    m_conversation = turn.conversation;
    m_question = turn.question;
    m_answer = turn.answer;
    m_answer.status = MessageStatus::Streaming;
    if (!m_sent.isEmpty() && m_request.answerTo == 0)
        m_sent.last() = m_question;
    if (m_context.withheldMessages > 0 && m_context.firstSentId == 0)
        m_context.firstSentId = m_question.id;
    Q_EMIT conversationReady(m_conversation);
    if (m_request.answerTo == 0)
        Q_EMIT userMessageReady(m_question);
    Q_EMIT answerStarted(m_answer);
    send();
}

void SingleAnswerTurn::send()
{
    ChatRequest request;
    request.model = m_answer.model;
    request.systemPrompt = m_request.systemPrompt;
    // Contemplating's agents are sent in Thinking mode.
    request.mode = m_request.mode == Mode::Contemplating ? Mode::Thinking : m_request.mode;
    request.history = std::exchange(m_sent, {});
    request.contextTokens = m_request.contextTokens;

    SendContext context;
    context.conversationId = incognito() ? 0 : m_conversation.id;
    context.turnId = m_answer.turnId;
    context.localOnly = m_conversation.localOnly;
    context.historySent = m_context.sentMessages;
    context.historyWithheld = m_context.withheldMessages;

    std::unique_ptr<AnswerStore> store;
    if (!incognito())
        store = std::make_unique<MessageAnswerStore>(m_vault, m_answer.id);
    m_stream = new AnswerStream(std::move(store), this);
    connect(m_stream, &AnswerStream::textReceived, this, &TurnJob::textReceived);
    connect(m_stream, &AnswerStream::reasoningReceived, this, &TurnJob::reasoningReceived);
    connect(m_stream, &AnswerStream::finished, this, &SingleAnswerTurn::onAnswered);
    if (m_cancelled)
        m_stream->cancel();
    m_stream->start(m_backend, request, context);
}

void SingleAnswerTurn::cancel()
{
    m_cancelled = true;
    if (m_stream)
        m_stream->cancel();
}

void SingleAnswerTurn::onAnswered(const ChatResult &result)
{
    m_answer.content = m_stream->takeText();
    m_answer.thinking = m_stream->takeThinking();
    m_answer.status = result.messageStatus();
    m_answer.errorText = result.isComplete() ? QString() : result.message;
    m_answer.usage = result.usage;
    m_answer.updatedAt = QDateTime::currentDateTimeUtc();
    m_stream->deleteLater();
    m_running = false;
    Q_EMIT finished(m_answer, result);
}

void SingleAnswerTurn::fail(ChatError error, const QString &message)
{
    m_running = false;
    ChatResult result;
    result.status = ChatResult::Status::Failed;
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

} // namespace sotto
