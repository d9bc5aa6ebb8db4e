// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/ChatController.h"

#include "core/chat/ConversationPath.h"
#include "core/orchestration/ContextBudget.h"
#include "core/orchestration/Session.h"
#include "core/orchestration/TurnJob.h"
#include "core/providers/Backend.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"

#include <QCoreApplication>
#include <QMultiHash>
#include <QSet>

namespace sotto {

namespace {

struct LoadedConversation {
    Conversation conversation;
    QList<Message> messages;
    QList<ChatEntry> entries; // what is shown at first, worked out off the GUI thread
};

} // namespace

ChatController::ChatController(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&session, &Session::locked, this, &ChatController::close);
}

ChatController::~ChatController() = default;

bool ChatController::isBusy() const
{
    return m_runner && m_runner->isRunning();
}

void ChatController::newConversation(bool incognito, const QString &provider, const QString &model)
{
    abandonTurn();
    m_conversation = Conversation();
    m_conversation.incognito = incognito;
    m_conversation.provider = provider;
    m_conversation.model = model;
    m_open = true;
    m_all.clear();
    m_choices.clear();
    ++m_loadGeneration;
    rebuild(true);
    Q_EMIT conversationOpened();
    Q_EMIT conversationChanged(m_conversation);
}

void ChatController::openConversation(qint64 id)
{
    if (m_open && id == m_conversation.id) {
        ++m_loadGeneration; // another conversation still loading is not wanted any more
        return; // already shown (an answer may be streaming into it)
    }
    abandonTurn();
    const quint64 generation = ++m_loadGeneration;
    m_session.vault().run(
        [id](Vault &vault) -> VaultResult<LoadedConversation> {
            LoadedConversation loaded;
            auto conversation = ConversationRepository(vault).get(id);
            if (!conversation)
                return Unexpected(conversation.error());
            auto messages = MessageRepository(vault).list(id);
            if (!messages)
                return Unexpected(messages.error());
            loaded.conversation = *conversation;
            loaded.messages = *messages;
            loaded.entries = ConversationPath::entries(loaded.messages);
            return loaded;
        },
        this,
        [this, generation](VaultResult<LoadedConversation> loaded) {
            if (generation != m_loadGeneration)
                return; // another conversation was opened meanwhile
            if (!loaded) {
                Q_EMIT problem(loaded.error().message);
                return;
            }
            abandonTurn(); // a question asked while this loaded belongs to the one shown then
            m_conversation = loaded->conversation;
            m_all = loaded->messages;
            m_choices.clear();
            m_open = true;
            m_entries = loaded->entries;
            Q_EMIT entriesReset(m_entries);
            Q_EMIT conversationOpened();
            Q_EMIT conversationChanged(m_conversation);
        });
}

void ChatController::close()
{
    abandonTurn();
    m_open = false;
    m_conversation = Conversation();
    m_all.clear();
    m_entries.clear();
    ++m_loadGeneration;
    Q_EMIT entriesReset(m_entries);
    Q_EMIT conversationOpened();
    Q_EMIT conversationChanged(m_conversation);
}

void ChatController::setMode(Mode mode)
{
    m_conversation.mode = mode;
    storeConversationSettings();
}

void ChatController::setProvider(const QString &provider)
{
    m_conversation.provider = provider;
    storeConversationSettings();
    Q_EMIT conversationChanged(m_conversation);
}

void ChatController::setModel(const QString &model)
{
    m_conversation.model = model;
    storeConversationSettings();
}

void ChatController::setLocalOnly(bool localOnly)
{
    m_conversation.localOnly = localOnly;
    if (m_conversation.id > 0 && !m_conversation.incognito) {
        const qint64 id = m_conversation.id;
        m_session.vault().run(
            [id, localOnly](Vault &vault) {
                return ConversationRepository(vault).setLocalOnly(id, localOnly);
            },
            this,
            [this](VaultResult<void> r) {
                if (!r)
                    Q_EMIT problem(r.error().message);
            });
    }
    Q_EMIT conversationChanged(m_conversation);
}

void ChatController::storeConversationSettings()
{
    if (m_conversation.id <= 0 || m_conversation.incognito)
        return;
    const Conversation c = m_conversation;
    m_session.vault().run(
        [c](Vault &vault) -> VaultResult<void> {
            ConversationRepository conversations(vault);
            if (auto r = conversations.setMode(c.id, c.mode); !r)
                return r;
            if (auto r = conversations.setProvider(c.id, c.provider); !r)
                return r;
            return conversations.setModel(c.id, c.model);
        },
        this,
        [this](VaultResult<void> r) {
            if (!r)
                Q_EMIT problem(r.error().message);
        });
}

QList<Message> ChatController::historyBefore(qint64 messageId) const
{
    QList<Message> history;
    for (const ChatEntry &entry : m_entries) {
        if (entry.message.id == messageId)
            break;
        history << entry.message;
    }
    return history;
}

void ChatController::send(const QString &text, const QList<Attachment> &images)
{
    QList<Message> history;
    for (const ChatEntry &entry : std::as_const(m_entries))
        history << entry.message;
    const qint64 parent = history.isEmpty() ? 0 : history.constLast().id;
    startTurn(text, images, parent, 0, history);
}

void ChatController::regenerate(qint64 answerId)
{
    qint64 userId = 0;
    for (const Message &m : std::as_const(m_all)) {
        if (m.id == answerId)
            userId = m.parentId;
    }
    if (userId == 0) {
        // An older answer without a parent: answer the question shown before it.
        const QList<Message> before = historyBefore(answerId);
        if (!before.isEmpty() && before.constLast().role == Role::User)
            userId = before.constLast().id;
    }
    if (userId == 0)
        return;
    QList<Message> history = historyBefore(userId);
    for (const Message &m : std::as_const(m_all)) {
        if (m.id == userId)
            history << m;
    }
    startTurn({}, {}, 0, userId, history);
}

void ChatController::editAndResend(qint64 userMessageId, const QString &text)
{
    qint64 parent = 0;
    QList<Attachment> images; // the edited question keeps its images
    for (const Message &m : std::as_const(m_all)) {
        if (m.id == userMessageId) {
            parent = m.parentId;
            images = m.attachments;
        }
    }
    for (Attachment &image : images)
        image.id = 0; // stored again, with the new version of the question
    startTurn(text, images, parent, 0, historyBefore(userMessageId));
}

void ChatController::startTurn(const QString &text, const QList<Attachment> &images, qint64 parentId,
                               qint64 answerTo, const QList<Message> &history)
{
    if (isBusy() || !m_open)
        return;
    m_backend = m_session.backend(m_conversation.provider);
    if (!m_backend) {
        Q_EMIT problem(m_session.providers().isEmpty()
                           ? tr("Add a model provider first (Settings → Providers).")
                           : tr("Choose a provider for this conversation."));
        return;
    }
    TurnRequest request;
    request.conversation = m_conversation;
    request.history = history;
    request.prompt = text;
    request.images = images;
    request.parentId = parentId;
    request.answerTo = answerTo;
    request.mode = m_conversation.mode;
    request.model = m_conversation.model;
    request.contextTokens = ContextBudget::resolve(m_backend->config(), request.model).tokens;

    m_runner = TurnJob::create(m_session.vault(), *m_backend, request);
    connect(m_runner.get(), &TurnJob::conversationReady, this, [this](const Conversation &c) {
        const bool created = m_conversation.id != c.id;
        m_conversation = c;
        if (created)
            Q_EMIT conversationChanged(m_conversation);
    });
    connect(m_runner.get(), &TurnJob::userMessageReady, this, [this](const Message &m) {
        m_all << m;
        if (m.parentId != 0)
            m_choices.insert(m.parentId, m.id);
        rebuild(false);
        // A new question at the end is appended; an edit changes the path.
        if (!m_entries.isEmpty() && m_entries.constLast().message.id == m.id
            && m_entries.constLast().versionCount == 1)
            Q_EMIT entryAppended(m_entries.constLast());
        else
            Q_EMIT entriesReset(m_entries);
    });
    connect(m_runner.get(), &TurnJob::answerStarted, this, [this](const Message &m) {
        m_all << m;
        m_choices.insert(m.parentId, m.id);
        rebuild(false);
        if (!m_entries.isEmpty() && m_entries.constLast().message.id == m.id && m_entries.size() >= 2
            && m_entries.at(m_entries.size() - 2).message.id == m.parentId
            && m_entries.constLast().versionCount == 1)
            Q_EMIT entryAppended(m_entries.constLast());
        else
            Q_EMIT entriesReset(m_entries);
    });
    connect(m_runner.get(), &TurnJob::textReceived, this, [this](const QString &delta) {
        Q_EMIT streamDelta(m_runner->answer().id, delta, {});
    });
    connect(m_runner.get(), &TurnJob::reasoningReceived, this, [this](const QString &delta) {
        Q_EMIT streamDelta(m_runner->answer().id, {}, delta);
    });
    connect(m_runner.get(), &TurnJob::finished, this,
            [this](const Message &answer, const ChatResult &result) {
                bool known = false;
                for (Message &m : m_all) {
                    if (m.id == answer.id && answer.id != 0) {
                        m = answer;
                        known = true;
                    }
                }
                rebuild(false);
                if (known) {
                    for (const ChatEntry &entry : std::as_const(m_entries)) {
                        if (entry.message.id == answer.id)
                            Q_EMIT streamFinished(entry);
                    }
                } else if (!result.isComplete() && !result.message.isEmpty()) {
                    Q_EMIT problem(result.message);
                }
                if (known)
                    Q_EMIT sentHistoryStartChanged(m_runner->context().firstSentId);
                Q_EMIT busyChanged(false);
            });
    Q_EMIT busyChanged(true);
    m_runner->start();
}

QSet<qint64> ChatController::deletedWith(qint64 messageId) const
{
    // As the vault does it (MessageRepository::remove): one version among
    // others takes its branch with it; the only one hands what followed it to
    // its parent.
    const auto self = std::find_if(m_all.cbegin(), m_all.cend(), [messageId](const Message &m) {
        return m.id == messageId;
    });
    if (self == m_all.cend())
        return {};
    const bool oneOfSeveral = std::any_of(m_all.cbegin(), m_all.cend(), [&](const Message &m) {
        return m.id != messageId && m.parentId == self->parentId && m.role == self->role;
    });
    QSet<qint64> gone{messageId};
    if (!oneOfSeveral)
        return gone;
    // The branch: one pass to index children, then a walk down from the message.
    QMultiHash<qint64, qint64> children;
    for (const Message &m : m_all)
        children.insert(m.parentId, m.id);
    QList<qint64> next{messageId};
    while (!next.isEmpty()) {
        const qint64 id = next.takeLast();
        for (auto it = children.constFind(id); it != children.cend() && it.key() == id; ++it) {
            if (!gone.contains(it.value())) {
                gone.insert(it.value());
                next << it.value();
            }
        }
    }
    return gone;
}

void ChatController::deleteMessage(qint64 messageId)
{
    if (isBusy())
        return;
    const QSet<qint64> gone = deletedWith(messageId);
    if (gone.isEmpty())
        return;
    qint64 parent = 0;
    for (const Message &m : std::as_const(m_all)) {
        if (m.id == messageId)
            parent = m.parentId;
    }
    if (gone.size() == 1) {
        for (Message &m : m_all) {
            if (m.parentId == messageId)
                m.parentId = parent;
        }
        // The version the user chose after it stays the chosen one.
        if (m_choices.contains(messageId))
            m_choices.insert(parent, m_choices.take(messageId));
    }
    m_all.erase(std::remove_if(m_all.begin(), m_all.end(),
                               [&gone](const Message &m) {
                                   return gone.contains(m.id);
                               }),
                m_all.end());
    rebuild(true);
    if (messageId > 0 && !m_conversation.incognito) {
        m_session.vault().run(
            [messageId](Vault &vault) {
                return MessageRepository(vault).remove(messageId);
            },
            this,
            [this](VaultResult<void> r) {
                if (!r)
                    Q_EMIT problem(r.error().message);
            });
    }
}

void ChatController::showVersion(qint64 messageId, int version)
{
    const QList<qint64> versions = ConversationPath::versionsOf(m_all, messageId);
    if (version < 1 || version > versions.size())
        return;
    for (const Message &m : std::as_const(m_all)) {
        if (m.id == messageId)
            m_choices.insert(m.parentId, versions.at(version - 1));
    }
    rebuild(true);
}

void ChatController::abandonTurn()
{
    if (!m_runner)
        return;
    const bool wasRunning = m_runner->isRunning();
    // The turn finishes on its own (what arrived is stored as cancelled) but no
    // longer speaks to this controller, which moves on to another conversation.
    TurnJob *runner = m_runner.release();
    runner->disconnect(this);
    runner->setParent(this);
    if (wasRunning) {
        connect(runner, &TurnJob::finished, runner, [runner, backend = m_backend] {
            runner->deleteLater();
        });
        runner->cancel();
        Q_EMIT busyChanged(false);
    } else {
        runner->deleteLater();
    }
}

void ChatController::stop()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void ChatController::rebuild(bool announce)
{
    m_entries = ConversationPath::entries(m_all, m_choices);
    if (announce)
        Q_EMIT entriesReset(m_entries);
}

} // namespace sotto
