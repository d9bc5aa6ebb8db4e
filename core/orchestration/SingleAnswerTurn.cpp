// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/SingleAnswerTurn.h"

#include "core/orchestration/AnswerStream.h"
#include "core/orchestration/ContextBudget.h"
#include "core/orchestration/HistoryReader.h"
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

    // The question: new, or the stored one answered again (a regeneration),
    // which ends the history.
    if (m_request.answerTo == 0) {
        m_question.parentId = m_request.parentId;
        m_question.turnId = newTurnId();
        m_question.role = Role::User;
        m_question.content = m_request.prompt;
        m_question.attachments = m_request.images;
        m_question.mode = m_request.mode;
        m_question.status = MessageStatus::Complete;
        m_question.createdAt = m_question.updatedAt = QDateTime::currentDateTimeUtc();
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

    if (!m_request.historyPath.isEmpty() && !incognito()) {
        // What the request carries is read and decided on the vault's thread, in
        // the job that stores the turn; nothing is stored if it does not fit.
        auto prepared = std::make_shared<PreparedHistory>();
        const TurnRequest request = m_request;
        m_vault
            .startTurn(TurnDraft{m_conversation, m_question, m_answer},
                       [prepared, request](Vault &vault, TurnDraft &draft) -> VaultResult<void> {
                           const qint64 alwaysSent = ContextBudget::estimate(request.systemPrompt)
                               + (request.answerTo == 0 ? ContextBudget::estimate(draft.question) : 0);
                           auto read = HistoryReader::read(vault, request.historyPath, request.contextTokens,
                                                           alwaysSent);
                           if (!read)
                               return Unexpected<VaultFailure>(std::move(read).error());
                           *prepared = prepareHistory(std::move(read->messages), request, draft.question);
                           prepared->context.withheldMessages += read->unread;
                           if (!prepared->error.isEmpty())
                               return vaultError(VaultError::InvalidArgument, prepared->error);
                           draft.question = prepared->question;
                           return {};
                       })
            .then(this, [this, prepared](const VaultResult<StartedTurn> &started) {
                if (!prepared->error.isEmpty()) {
                    m_context = prepared->context;
                    fail(prepared->errorKind, prepared->error);
                    return;
                }
                if (!started) {
                    fail(ChatError::Other, started.error().message);
                    return;
                }
                m_question = prepared->question;
                m_sent = std::move(prepared->sent);
                m_context = prepared->context;
                onStarted(*started);
            });
        return;
    }

    // The history is in memory: decided here, before anything is stored or sent.
    PreparedHistory prepared = prepareHistory(m_request.history, m_request, m_question);
    m_context = prepared.context;
    if (!prepared.error.isEmpty()) {
        fail(prepared.errorKind, prepared.error);
        return;
    }
    m_question = prepared.question;
    m_sent = std::move(prepared.sent);

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

SingleAnswerTurn::PreparedHistory SingleAnswerTurn::prepareHistory(QList<Message> history,
                                                                   const TurnRequest &request,
                                                                   const Message &newQuestion)
{
    PreparedHistory prepared;
    if (request.answerTo != 0) {
        for (const Message &message : std::as_const(history)) {
            if (message.id == request.answerTo)
                prepared.question = message;
        }
        if (prepared.question.id == 0) {
            prepared.errorKind = ChatError::Other;
            prepared.error
                = QCoreApplication::translate("sotto::TurnRunner", "The message to answer again is gone.");
            return prepared;
        }
    } else {
        prepared.question = newQuestion;
        history << newQuestion;
    }
    ContextFit fit = ContextBudget::fit(history, request.systemPrompt, request.contextTokens);
    prepared.context = {fit.sentMessages, fit.withheldMessages, fit.estimatedTokens};
    if (!fit.fits) {
        prepared.errorKind = ChatError::ContextTooLong;
        prepared.error
            = QCoreApplication::translate("sotto::TurnRunner",
                                          "The question is too long for the context budget of %1 tokens "
                                          "(about %2 tokens). Shorten it, attach fewer images, or raise the "
                                          "provider's context budget.")
                  .arg(request.contextTokens)
                  .arg(fit.estimatedTokens);
        return prepared;
    }
    prepared.sent = std::move(fit.history);
    if (prepared.context.withheldMessages > 0) {
        for (const Message &message : std::as_const(prepared.sent)) {
            if (message.role != Role::System) {
                prepared.context.firstSentId = message.id; // 0 for the new question: known once stored
                break;
            }
        }
    }
    return prepared;
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
