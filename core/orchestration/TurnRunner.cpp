// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/TurnRunner.h"

#include "core/providers/Backend.h"
#include "core/providers/ChatStream.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"

#include <QCoreApplication>
#include <QUuid>

namespace sotto {

namespace {

/// Deltas reach the vault thread in batches this often; the vault commits them
/// at least every 250 ms.
constexpr int FLUSH_INTERVAL_MS = 50;

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

} // namespace

TurnRunner::TurnRunner(VaultService &vault, Backend &backend, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_backend(backend)
{
    m_flush.setInterval(FLUSH_INTERVAL_MS);
    connect(&m_flush, &QTimer::timeout, this, &TurnRunner::flushToVault);
}

TurnRunner::~TurnRunner()
{
    // An answer still streaming when its runner goes: keep what arrived.
    if (m_running && m_answer.id > 0) {
        flushToVault();
        m_vault.finishStream(m_answer.id, MessageStatus::Partial);
    }
    delete m_stream;
}

qint64 TurnRunner::nextIncognitoId()
{
    static qint64 next = 0;
    return --next;
}

void TurnRunner::start(const TurnRequest &request)
{
    Q_ASSERT(!m_running);
    m_request = request;
    m_conversation = request.conversation;
    m_running = true;
    m_cancelled = false;
    prepareConversation();
}

void TurnRunner::cancel()
{
    m_cancelled = true;
    if (m_stream)
        m_stream->cancel();
}

void TurnRunner::prepareConversation()
{
    const bool isNew = m_conversation.id == 0;
    m_conversation.mode = m_request.mode;
    m_conversation.provider = m_backend.config().name;
    if (!m_request.model.isEmpty())
        m_conversation.model = m_request.model;
    if (isNew && m_conversation.title.isEmpty())
        m_conversation.title = titleFrom(m_request.prompt);

    if (incognito()) {
        if (isNew)
            m_conversation.id = nextIncognitoId();
        Q_EMIT conversationReady(m_conversation);
        storeUserMessage();
        return;
    }
    const Conversation wanted = m_conversation;
    m_vault.run(
        [wanted, isNew](Vault &vault) -> VaultResult<Conversation> {
            ConversationRepository conversations(vault);
            if (isNew)
                return conversations.create(wanted);
            // The conversation remembers the last mode, provider and model used.
            if (auto r = conversations.setMode(wanted.id, wanted.mode); !r)
                return Unexpected(r.error());
            if (auto r = conversations.setProvider(wanted.id, wanted.provider); !r)
                return Unexpected(r.error());
            if (!wanted.model.isEmpty()) {
                if (auto r = conversations.setModel(wanted.id, wanted.model); !r)
                    return Unexpected(r.error());
            }
            return conversations.get(wanted.id);
        },
        this,
        [this](VaultResult<Conversation> result) {
            if (!result) {
                fail(result.error().message);
                return;
            }
            m_conversation = *result;
            Q_EMIT conversationReady(m_conversation);
            storeUserMessage();
        });
}

void TurnRunner::storeUserMessage()
{
    if (m_request.answerTo != 0) {
        for (const Message &message : std::as_const(m_request.history)) {
            if (message.id == m_request.answerTo)
                m_user = message;
        }
        if (m_user.id == 0) {
            fail(QCoreApplication::translate("sotto::TurnRunner", "The message to answer again is gone."));
            return;
        }
        beginAnswer();
        return;
    }

    m_user = Message();
    m_user.conversationId = m_conversation.id;
    m_user.parentId = m_request.parentId;
    m_user.turnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_user.role = Role::User;
    m_user.content = m_request.prompt;
    m_user.attachments = m_request.images;
    m_user.mode = m_request.mode;
    m_user.status = MessageStatus::Complete;
    m_user.createdAt = m_user.updatedAt = QDateTime::currentDateTimeUtc();

    if (incognito()) {
        m_user.id = nextIncognitoId();
        Q_EMIT userMessageReady(m_user);
        beginAnswer();
        return;
    }
    const Message draft = m_user;
    m_vault.run(
        [draft](Vault &vault) {
            return MessageRepository(vault).append(draft);
        },
        this,
        [this](VaultResult<Message> stored) {
            if (!stored) {
                fail(stored.error().message);
                return;
            }
            m_user = *stored;
            Q_EMIT userMessageReady(m_user);
            beginAnswer();
        });
}

void TurnRunner::beginAnswer()
{
    m_answer = Message();
    m_answer.conversationId = m_conversation.id;
    m_answer.parentId = m_user.id;
    m_answer.turnId = m_user.turnId;
    m_answer.role = Role::Assistant;
    m_answer.mode = m_request.mode;
    m_answer.provider = m_backend.config().name;
    m_answer.model = m_request.model.isEmpty() ? m_backend.config().defaultModel : m_request.model;
    m_answer.status = MessageStatus::Streaming;
    m_answer.createdAt = m_answer.updatedAt = QDateTime::currentDateTimeUtc();

    if (incognito()) {
        m_answer.id = nextIncognitoId();
        Q_EMIT answerStarted(m_answer);
        send();
        return;
    }
    m_vault.beginStream(m_answer).then(this, [this](VaultResult<Message> stored) {
        if (!stored) {
            fail(stored.error().message);
            return;
        }
        m_answer.id = stored->id;
        m_answer.createdAt = stored->createdAt;
        Q_EMIT answerStarted(m_answer);
        send();
    });
}

void TurnRunner::send()
{
    if (m_cancelled) {
        ChatResult result;
        result.status = ChatResult::Status::Cancelled;
        result.error = ChatError::Cancelled;
        onStreamFinished(result);
        return;
    }
    ChatRequest request;
    request.model = m_answer.model;
    request.systemPrompt = m_request.systemPrompt;
    // Contemplating's agents are sent in Thinking mode.
    request.mode = m_request.mode == Mode::Contemplating ? Mode::Thinking : m_request.mode;
    request.history = m_request.history;
    if (m_request.answerTo == 0)
        request.history << m_user;

    SendContext context;
    context.conversationId = incognito() ? 0 : m_conversation.id;
    context.turnId = m_user.turnId;
    context.localOnly = m_conversation.localOnly;

    m_stream = m_backend.send(request, context);
    m_stream->setParent(this);
    connect(m_stream, &ChatStream::textReceived, this, [this](const QString &delta) {
        m_answer.content += delta;
        m_pendingText += delta;
        if (!m_flush.isActive())
            m_flush.start();
        Q_EMIT textReceived(delta);
    });
    connect(m_stream, &ChatStream::reasoningReceived, this, [this](const QString &delta) {
        m_answer.thinking += delta;
        m_pendingThinking += delta;
        if (!m_flush.isActive())
            m_flush.start();
        Q_EMIT reasoningReceived(delta);
    });
    connect(m_stream, &ChatStream::finished, this, &TurnRunner::onStreamFinished);
}

void TurnRunner::flushToVault()
{
    m_flush.stop();
    if (m_pendingText.isEmpty() && m_pendingThinking.isEmpty())
        return;
    if (!incognito() && m_answer.id > 0)
        m_vault.appendToStream(m_answer.id, m_pendingText, m_pendingThinking);
    m_pendingText.clear();
    m_pendingThinking.clear();
}

void TurnRunner::onStreamFinished(const ChatResult &result)
{
    flushToVault();
    m_answer.status = result.messageStatus();
    m_answer.errorText = result.isComplete() ? QString() : result.message;
    m_answer.usage = result.usage;
    if (m_stream)
        m_stream->deleteLater();

    if (incognito()) {
        m_running = false;
        Q_EMIT finished(m_answer, result);
        return;
    }
    m_vault.finishStream(m_answer.id, m_answer.status, m_answer.errorText, m_answer.usage)
        .then(this, [this, result](VaultResult<Message> stored) {
            m_running = false;
            if (!stored) {
                ChatResult failed = result;
                failed.status = ChatResult::Status::Failed;
                failed.message = stored.error().message;
                Q_EMIT finished(m_answer, failed);
                return;
            }
            m_answer = *stored;
            Q_EMIT finished(m_answer, result);
        });
}

void TurnRunner::fail(const QString &message)
{
    m_running = false;
    ChatResult result;
    result.status = ChatResult::Status::Failed;
    result.error = ChatError::Other;
    result.message = message;
    m_answer.status = MessageStatus::Error;
    m_answer.errorText = message;
    Q_EMIT finished(m_answer, result);
}

} // namespace sotto
