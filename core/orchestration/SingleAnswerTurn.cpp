// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/SingleAnswerTurn.h"

#include "core/orchestration/AnswerStream.h"
#include "core/orchestration/ContextBudget.h"
#include "core/orchestration/MessageAnswerStore.h"
#include "core/providers/Backend.h"
#include "core/store/VaultService.h"

namespace sotto {

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

void SingleAnswerTurn::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    loadRedaction(m_vault, m_request, [this] {
        readHistory(m_vault, m_request, m_request.contextTokens, [this] {
            begin();
        });
    });
}

void SingleAnswerTurn::begin()
{
    if (!prepareQuestion(m_request, m_backend.config()))
        return;

    // What the request will carry, decided before anything is stored or sent.
    QList<Message> history = m_request.history;
    if (m_request.answerTo == 0)
        history << m_question;
    ContextFit fit = ContextBudget::fit(history, m_request.systemPrompt, m_request.contextTokens);
    m_context = {fit.sentMessages, fit.withheldMessages + m_request.historyUnread, fit.estimatedTokens};
    if (!fit.fits) {
        fail(ChatError::ContextTooLong, tooLongMessage(m_request.contextTokens, fit.estimatedTokens));
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
    draftAnswer(m_request, m_backend.config(), m_request.model);
    storeTurn(m_vault, m_request, [this] {
        if (!m_sent.isEmpty() && m_request.answerTo == 0)
            m_sent.last() = m_question;
        send();
    });
}

void SingleAnswerTurn::send()
{
    ChatRequest request;
    request.model = m_answer.model;
    request.systemPrompt = m_request.systemPrompt;
    request.mode = m_request.mode;
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
    m_stream->setRedaction(m_redaction);
    m_stream->setKeepsText(m_answerTextKept);
    connect(m_stream, &AnswerStream::textReceived, this, &TurnJob::textReceived);
    connect(m_stream, &AnswerStream::reasoningReceived, this, &TurnJob::reasoningReceived);
    connect(m_stream, &AnswerStream::finished, this, &SingleAnswerTurn::onAnswered);
    if (m_cancelled)
        m_stream->cancel();
    m_stream->start(m_backend, request, context);
    saveRedaction(m_vault);
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

} // namespace sotto
