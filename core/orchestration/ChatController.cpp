// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/ChatController.h"

#include "core/chat/ConversationPath.h"
#include "core/orchestration/ContemplationSetup.h"
#include "core/orchestration/ContextBudget.h"
#include "core/orchestration/Session.h"
#include "core/orchestration/TurnJob.h"
#include "core/orchestration/TurnService.h"
#include "core/providers/Backend.h"
#include "core/store/AgentLaneRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/VaultService.h"

#include <QCoreApplication>
#include <QMultiHash>
#include <QSet>

#include <utility>

namespace sotto {

namespace {

/// The text read with the tree when a conversation opens: its last messages,
/// a few more than the view renders first.
constexpr qsizetype OPENED_WITH = 24;

struct LoadedMessages {
    QList<Message> messages;
    QHash<qint64, int> agents; // see agentCountsOf()
};

struct LoadedConversation {
    Conversation conversation;
    QList<MessageNode> tree;
    QHash<qint64, qint64> choices; // the versions chosen, as stored
    QList<PathEntry> path; // worked out off the GUI thread
    LoadedMessages last; // the text of the path's last messages
};

/// How many agents contemplated each Contemplating answer among `messages`
/// (their lanes in the vault); the other messages look nothing up.
int agentCount(const QList<AgentLane> &lanes)
{
    QSet<int> agents;
    for (const AgentLane &lane : lanes)
        agents.insert(lane.agentIndex);
    return int(agents.size());
}

VaultResult<QHash<qint64, int>> agentCountsOf(Vault &vault, const QList<Message> &messages)
{
    QHash<qint64, int> counts;
    AgentLaneRepository lanes(vault);
    for (const Message &message : messages) {
        if (message.role != Role::Assistant || message.mode != Mode::Contemplating
            || message.turnId.isEmpty())
            continue;
        auto listed = lanes.listForTurn(message.turnId);
        if (!listed)
            return Unexpected(listed.error());
        if (const int agents = agentCount(*listed); agents > 0)
            counts.insert(message.id, agents);
    }
    return counts;
}

/// The messages `ids` (those still stored) and their agent counts.
VaultResult<LoadedMessages> readMessages(Vault &vault, const QList<qint64> &ids)
{
    return MessageRepository(vault).getMany(ids).and_then([&](QList<Message> messages) {
        return agentCountsOf(vault, messages).transform([&](QHash<qint64, int> agents) {
            return LoadedMessages{std::move(messages), std::move(agents)};
        });
    });
}

} // namespace

ChatController::ChatController(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_contemplation(new ContemplationSetup(session, this))
{
    connect(&session, &Session::locked, this, &ChatController::close);
    connect(&session, &Session::locked, this, [this] {
        m_lanesInMemory.clear();
    });
    connect(m_contemplation, &ContemplationSetup::problem, this, &ChatController::problem);
    connect(&session, &Session::unlocked, this, &ChatController::readRememberedChoices);
    if (session.isUnlocked())
        readRememberedChoices();
}

namespace {

const QString LAST_PROVIDER = QString::fromLatin1(SettingsRepository::LAST_PROVIDER);
const QString LAST_MODEL = QString::fromLatin1(SettingsRepository::LAST_MODEL);
const QString LAST_MODE = QStringLiteral("chat.last_mode");

} // namespace

void ChatController::readRememberedChoices()
{
    m_session.readSetting(LAST_PROVIDER, {}, this, [this](const QString &value) {
        m_lastUsed.provider = value;
    });
    m_session.readSetting(LAST_MODEL, {}, this, [this](const QString &value) {
        m_lastUsed.model = value;
    });
    m_session.readSetting(LAST_MODE, {}, this, [this](const QString &value) {
        m_lastUsed.mode = modeFromString(value).value_or(Mode::Instant);
        // Read last (the vault answers in order): a new chat opened before these were known (the
        // home screen at unlock) starts with them too, unless the user has already chosen.
        if (m_open && m_untouched && m_conversation.id <= 0 && m_tree.isEmpty() && m_path.isEmpty()
            && m_session.provider(m_lastUsed.provider)) {
            m_conversation.provider = m_lastUsed.provider;
            m_conversation.model = m_lastUsed.model;
            m_conversation.mode = m_lastUsed.mode;
            Q_EMIT conversationChanged(m_conversation);
        }
    });
}

void ChatController::loadLanes(qint64 messageId)
{
    if (const auto held = m_lanesInMemory.constFind(messageId); held != m_lanesInMemory.cend()) {
        QMetaObject::invokeMethod(
            this,
            [this, messageId, lanes = *held] {
                Q_EMIT lanesLoaded(messageId, lanes);
            },
            Qt::QueuedConnection);
        return;
    }
    if (messageId <= 0 || m_conversation.incognito)
        return;
    m_session.vault().run(
        [messageId](Vault &vault) -> VaultResult<QList<AgentLane>> {
            auto message = MessageRepository(vault).getMany({messageId});
            if (!message)
                return Unexpected(message.error());
            if (message->isEmpty() || message->constFirst().turnId.isEmpty())
                return QList<AgentLane>();
            return AgentLaneRepository(vault)
                .listForTurn(message->constFirst().turnId)
                .transform([messageId](QList<AgentLane> lanes) {
                    lanes.removeIf([messageId](const AgentLane &lane) {
                        return lane.messageId != 0 && lane.messageId != messageId;
                    });
                    return lanes;
                });
        },
        this,
        [this, messageId](VaultResult<QList<AgentLane>> lanes) {
            if (!lanes) {
                Q_EMIT problem(lanes.error().message);
                return;
            }
            Q_EMIT lanesLoaded(messageId, *lanes);
        });
}

void ChatController::rememberChoices()
{
    const Choices now{m_conversation.provider, m_conversation.model, m_conversation.mode};
    if (now.provider.isEmpty())
        return;
    const auto store = [this](const QString &key, const QString &value) {
        m_session.writeSetting(key, value, this, [this](VaultResult<void> r) {
            if (!r)
                Q_EMIT problem(r.error().message);
        });
    };
    // Settings name no content: a provider's name, a model's and a mode's.
    if (now.provider != m_lastUsed.provider)
        store(LAST_PROVIDER, now.provider);
    if (now.model != m_lastUsed.model)
        store(LAST_MODEL, now.model);
    if (now.mode != m_lastUsed.mode)
        store(LAST_MODE, modeName(now.mode));
    m_lastUsed = now;
}

ChatController::~ChatController() = default;

bool ChatController::isBusy() const
{
    return m_contemplation->isPreparing() || (m_job && m_job->isRunning());
}

void ChatController::newConversation(bool incognito, const QString &provider, const QString &model)
{
    detachTurn();
    m_conversation = Conversation();
    m_conversation.incognito = incognito;
    m_conversation.provider = provider;
    m_conversation.model = model;
    m_untouched = provider.isEmpty();
    if (provider.isEmpty() && m_session.provider(m_lastUsed.provider)) {
        m_conversation.provider = m_lastUsed.provider;
        m_conversation.model = m_lastUsed.model;
        m_conversation.mode = m_lastUsed.mode;
    } else if (provider.isEmpty() && !m_session.providers().isEmpty()) {
        m_conversation.provider = m_session.providers().constFirst().name;
    }
    m_open = true;
    m_tree.clear();
    m_inMemory.clear();
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
    detachTurn();
    const quint64 generation = ++m_loadGeneration;
    m_session.vault().run(
        [id](Vault &vault) -> VaultResult<LoadedConversation> {
            LoadedConversation loaded;
            auto conversation = ConversationRepository(vault).get(id);
            if (!conversation)
                return Unexpected(conversation.error());
            MessageRepository messages(vault);
            auto tree = messages.tree(id);
            if (!tree)
                return Unexpected(tree.error());
            auto choices = messages.choices(id);
            if (!choices)
                return Unexpected(choices.error());
            loaded.conversation = *conversation;
            loaded.tree = std::move(*tree);
            loaded.choices = std::move(*choices);
            loaded.path = ConversationPath::path(loaded.tree, loaded.choices);
            QList<qint64> last;
            for (qsizetype i = std::max<qsizetype>(0, loaded.path.size() - OPENED_WITH);
                 i < loaded.path.size(); ++i)
                last << loaded.path.at(i).id();
            return readMessages(vault, last).transform([&](LoadedMessages text) {
                loaded.last = std::move(text);
                return std::move(loaded);
            });
        },
        this,
        [this, generation](VaultResult<LoadedConversation> loaded) {
            if (generation != m_loadGeneration)
                return; // another conversation was opened meanwhile
            if (!loaded) {
                Q_EMIT problem(loaded.error().message);
                return;
            }
            detachTurn(); // a question asked while this loaded belongs to the one shown then
            m_conversation = loaded->conversation;
            m_tree = std::move(loaded->tree);
            m_inMemory.clear();
            m_choices = std::move(loaded->choices);
            m_open = true;
            m_path = std::move(loaded->path);
            // An answer still coming: shown where it has got to, and followed from there.
            TurnJob *running = m_session.turns().running(m_conversation.id);
            if (running && node(running->answer().id)) {
                Message answer = running->answer();
                answer.content = m_session.turns().textSoFar(running);
                answer.thinking = m_session.turns().reasoningSoFar(running);
                m_inMemory.insert(answer.id, answer);
                for (Message &message : loaded->last.messages) {
                    if (message.id == answer.id)
                        message = answer;
                }
                attachTurn(running);
            }
            Q_EMIT agentCountsLoaded(loaded->last.agents);
            Q_EMIT pathReset(m_path, loaded->last.messages);
            Q_EMIT conversationOpened();
            Q_EMIT conversationChanged(m_conversation);
            if (isBusy())
                Q_EMIT busyChanged(true);
            if (m_job && m_job->answer().mode == Mode::Contemplating) {
                // Still contemplating: the lanes again, those that ended as they
                // ended, the running ones with what they have received so far.
                Q_EMIT contemplationStarted(m_job->answer().id);
                for (const AgentLane &lane : m_job->agents()) {
                    Q_EMIT laneStarted(lane);
                    if (lane.status != MessageStatus::Streaming)
                        Q_EMIT laneFinished(lane);
                    else if (!lane.text.isEmpty() || !lane.thinking.isEmpty())
                        Q_EMIT laneDelta(lane.agentIndex, lane.round, lane.text, lane.thinking);
                }
            }
        });
}

void ChatController::close()
{
    detachTurn();
    m_open = false;
    m_conversation = Conversation();
    m_tree.clear();
    m_inMemory.clear();
    m_path.clear();
    ++m_loadGeneration;
    Q_EMIT pathReset(m_path, {});
    Q_EMIT conversationOpened();
    Q_EMIT conversationChanged(m_conversation);
}

void ChatController::setMode(Mode mode)
{
    m_untouched = false;
    m_conversation.mode = mode;
    storeConversationSettings();
    rememberChoices();
}

void ChatController::setProvider(const QString &provider)
{
    m_untouched = false;
    m_conversation.provider = provider;
    storeConversationSettings();
    rememberChoices();
    Q_EMIT conversationChanged(m_conversation);
}

void ChatController::setModel(const QString &model)
{
    m_untouched = false;
    m_conversation.model = model;
    storeConversationSettings();
    rememberChoices();
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

QList<PathEntry> ChatController::pathBefore(qint64 messageId) const
{
    QList<PathEntry> before;
    for (const PathEntry &entry : m_path) {
        if (entry.id() == messageId)
            break;
        before << entry;
    }
    return before;
}

const MessageNode *ChatController::node(qint64 id) const
{
    for (const MessageNode &node : m_tree) {
        if (node.id == id)
            return &node;
    }
    return nullptr;
}

void ChatController::loadMessages(const QList<qint64> &ids)
{
    QList<Message> found = messagesInMemory(ids);
    QList<qint64> stored;
    for (qint64 id : ids) {
        if (id > 0 && !m_inMemory.contains(id))
            stored << id;
    }
    if (stored.isEmpty() || m_conversation.incognito) {
        // Delivered as the vault's answers are: after this call returns.
        QMetaObject::invokeMethod(
            this,
            [this, ids, found, generation = m_loadGeneration] {
                if (generation == m_loadGeneration)
                    Q_EMIT messagesLoaded(ids, found);
            },
            Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_loadGeneration;
    m_session.vault().run(
        [stored](Vault &vault) {
            return readMessages(vault, stored);
        },
        this,
        [this, ids, found, generation](VaultResult<LoadedMessages> loaded) {
            if (generation != m_loadGeneration)
                return; // another conversation is shown now
            if (!loaded) {
                Q_EMIT problem(loaded.error().message);
                return;
            }
            Q_EMIT agentCountsLoaded(loaded->agents);
            Q_EMIT messagesLoaded(ids, found + loaded->messages);
        });
}

QList<Message> ChatController::messagesInMemory(const QList<qint64> &ids) const
{
    QList<Message> messages;
    for (qint64 id : ids) {
        if (const auto message = m_inMemory.constFind(id); message != m_inMemory.cend())
            messages << *message;
    }
    return messages;
}

void ChatController::addNode(const Message &message)
{
    for (MessageNode &node : m_tree) {
        if (node.id == message.id) {
            node = MessageNode{message.id, message.parentId, message.role};
            return;
        }
    }
    m_tree << MessageNode{message.id, message.parentId, message.role};
}

void ChatController::send(const QString &text, const QList<Attachment> &images)
{
    const qint64 parent = m_path.isEmpty() ? 0 : m_path.constLast().id();
    startTurn(text, images, parent, 0, m_path);
}

void ChatController::regenerate(qint64 answerId)
{
    const MessageNode *answer = node(answerId);
    qint64 userId = answer ? answer->parentId : 0;
    if (userId == 0) {
        // An older answer without a parent: answer the question shown before it.
        const QList<PathEntry> before = pathBefore(answerId);
        if (!before.isEmpty() && before.constLast().node.role == Role::User)
            userId = before.constLast().id();
    }
    const MessageNode *question = node(userId);
    if (!question)
        return;
    QList<PathEntry> history = pathBefore(userId);
    history << PathEntry{*question};
    startTurn({}, {}, 0, userId, history);
}

void ChatController::editAndResend(qint64 userMessageId, const QString &text, const QList<Attachment> &images)
{
    const MessageNode *edited = node(userMessageId);
    if (!edited)
        return;
    QList<Attachment> again = images;
    for (Attachment &image : again)
        image.id = 0; // stored again, with the new version of the question
    startTurn(text, again, edited->parentId, 0, pathBefore(userMessageId));
}

void ChatController::startTurn(const QString &text, const QList<Attachment> &images, qint64 parentId,
                               qint64 answerTo, QList<PathEntry> history)
{
    if (isBusy() || !m_open || m_session.turns().isGenerating(m_conversation.id))
        return;
    const std::shared_ptr<Backend> backend = m_session.backend(m_conversation.provider);
    if (!backend) {
        Q_EMIT problem(m_session.providers().isEmpty()
                           ? tr("Add a model provider first (Settings → Providers).")
                           : tr("Choose a provider for this conversation."));
        return;
    }
    TurnRequest request;
    request.conversation = m_conversation;
    if (m_conversation.incognito) {
        // Never stored: its history is what this controller holds.
        QList<qint64> ids;
        for (const PathEntry &entry : std::as_const(history))
            ids << entry.id();
        request.history = messagesInMemory(ids);
    } else {
        // Read by the vault's thread when the turn starts: only what can be sent.
        request.historyPath = std::move(history);
        m_inMemory.clear(); // the last turn's messages are stored
    }
    request.prompt = text;
    request.images = images;
    request.parentId = parentId;
    request.answerTo = answerTo;
    request.mode = m_conversation.mode;
    request.model = m_conversation.model;
    request.contextTokens = ContextBudget::resolve(backend->config(), request.model).tokens;
    if (request.mode == Mode::Contemplating) {
        contemplate(std::move(request), backend);
        return;
    }
    m_contemplation->newChatLeft();
    launch(request, backend);
}

void ChatController::launch(const TurnRequest &request, const std::shared_ptr<Backend> &backend)
{
    // Held by the service: it keeps going if another conversation is shown.
    m_session.turns().start(m_session.vault(), backend, request, [this](TurnJob *job) {
        attachTurn(job);
    });
    Q_EMIT busyChanged(true);
}

void ChatController::endPreparing()
{
    m_contemplation->cancelPreparing();
    Q_EMIT busyChanged(isBusy());
}

void ChatController::contemplate(TurnRequest request, std::shared_ptr<Backend> backend)
{
    QList<Attachment> images = request.images; // given back with the text if it is not sent
    m_contemplation->prepare(
        std::move(request), backend,
        [this, backend](const TurnRequest &ready) {
            launch(ready, backend);
        },
        [this, images = std::move(images)](const QString &prompt, const QString &why) {
            Q_EMIT busyChanged(isBusy());
            if (!why.isEmpty())
                Q_EMIT problem(why);
            Q_EMIT sendDeclined(prompt, images);
        });
    Q_EMIT busyChanged(true);
}

void ChatController::attachTurn(TurnJob *job)
{
    m_job = job;
    connect(job, &TurnJob::conversationReady, this, [this](const Conversation &c) {
        m_contemplation->conversationStored(c.id);
        const bool created = m_conversation.id != c.id;
        m_conversation = c;
        if (created)
            Q_EMIT conversationChanged(m_conversation);
    });
    connect(job, &TurnJob::userMessageReady, this, [this](const Message &m) {
        addNode(m);
        m_inMemory.insert(m.id, m);
        if (m.parentId != 0)
            m_choices.insert(m.parentId, m.id);
        const qsizetype before = m_path.size();
        rebuild(false);
        // A new question at the end is appended; an edit changes the path.
        if (m_path.size() == before + 1 && m_path.constLast().id() == m.id
            && m_path.constLast().versionCount == 1)
            Q_EMIT entryAppended(ChatEntry{m});
        else
            Q_EMIT pathReset(m_path, messagesInMemory({m.id}));
    });
    connect(job, &TurnJob::answerStarted, this, [this](const Message &m) {
        if (m.mode == Mode::Contemplating) {
            m_contemplation->answerStarted(m.turnId);
            Q_EMIT contemplationStarted(m.id);
        }
        addNode(m);
        m_inMemory.insert(m.id, m);
        m_choices.insert(m.parentId, m.id);
        const qsizetype before = m_path.size();
        rebuild(false);
        if (m_path.size() == before + 1 && m_path.constLast().id() == m.id
            && m_path.constLast().versionCount == 1) {
            Q_EMIT entryAppended(ChatEntry{m});
        } else {
            Q_EMIT pathReset(m_path, messagesInMemory({m.parentId, m.id}));
        }
    });
    connect(job, &TurnJob::textReceived, this, [this, job](const QString &delta) {
        Q_EMIT streamDelta(job->answer().id, delta, {});
    });
    connect(job, &TurnJob::reasoningReceived, this, [this, job](const QString &delta) {
        Q_EMIT streamDelta(job->answer().id, {}, delta);
    });
    connect(job, &TurnJob::agentStarted, this, &ChatController::laneStarted);
    connect(job, &TurnJob::agentTextReceived, this, [this](int agent, int round, const QString &delta) {
        Q_EMIT laneDelta(agent, round, delta, {});
    });
    connect(job, &TurnJob::agentReasoningReceived, this, [this](int agent, int round, const QString &delta) {
        Q_EMIT laneDelta(agent, round, {}, delta);
    });
    connect(job, &TurnJob::agentFinished, this, &ChatController::laneFinished);
    connect(job, &TurnJob::finished, this, [this, job](const Message &answer, const ChatResult &result) {
        if (answer.mode == Mode::Contemplating && m_conversation.incognito && answer.id != 0)
            m_lanesInMemory.insert(answer.id, job->agents());
        const bool known = answer.id != 0 && node(answer.id);
        if (known)
            m_inMemory.insert(answer.id, answer);
        if (known) {
            for (const PathEntry &entry : std::as_const(m_path)) {
                if (entry.id() == answer.id) {
                    ChatEntry finished{answer, entry.version, entry.versionCount};
                    if (answer.mode == Mode::Contemplating)
                        finished.agentCount = agentCount(job->agents());
                    Q_EMIT streamFinished(finished);
                }
            }
        } else if (!result.isComplete() && !result.message.isEmpty()) {
            Q_EMIT problem(result.message);
        }
        if (known)
            Q_EMIT sentHistoryStartChanged(job->context().firstSentId);
        Q_EMIT busyChanged(false);
    });
}

QSet<qint64> ChatController::deletedWith(qint64 messageId) const
{
    // As the vault does it (MessageRepository::remove): one version among
    // others takes its branch with it; the only one hands what followed it to
    // its parent.
    const MessageNode *self = node(messageId);
    if (!self)
        return {};
    const bool oneOfSeveral = std::any_of(m_tree.cbegin(), m_tree.cend(), [&](const MessageNode &m) {
        return m.id != messageId && m.parentId == self->parentId && m.role == self->role;
    });
    QSet<qint64> gone{messageId};
    if (!oneOfSeveral)
        return gone;
    // The branch: one pass to index children, then a walk down from the message.
    QMultiHash<qint64, qint64> children;
    for (const MessageNode &m : m_tree)
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
    const qint64 parent = node(messageId)->parentId;
    if (gone.size() == 1) {
        for (MessageNode &m : m_tree) {
            if (m.parentId == messageId)
                m.parentId = parent;
        }
        // The version the user chose after it stays the chosen one.
        if (m_choices.contains(messageId))
            m_choices.insert(parent, m_choices.take(messageId));
    }
    m_tree.erase(std::remove_if(m_tree.begin(), m_tree.end(),
                                [&gone](const MessageNode &m) {
                                    return gone.contains(m.id);
                                }),
                 m_tree.end());
    for (qint64 id : gone)
        m_inMemory.remove(id);
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
    const QList<qint64> versions = ConversationPath::versionsOf(m_tree, messageId);
    if (version < 1 || version > versions.size())
        return;
    const qint64 chosen = versions.at(version - 1);
    if (const MessageNode *shown = node(messageId))
        m_choices.insert(shown->parentId, chosen);
    rebuild(true);
    // Kept in the vault, so the conversation opens again as left, and exports show the same.
    if (chosen > 0 && !m_conversation.incognito) {
        m_session.vault().run(
            [chosen](Vault &vault) {
                return MessageRepository(vault).choose(chosen);
            },
            this,
            [this](VaultResult<void> r) {
                if (!r && r.error().code != VaultError::NotFound)
                    Q_EMIT problem(r.error().message);
            });
    }
}

void ChatController::detachTurn()
{
    m_contemplation->newChatLeft();
    if (m_contemplation->isPreparing())
        endPreparing(); // a contemplated send not made yet belongs to the conversation left
    TurnJob *job = std::exchange(m_job, nullptr);
    if (!job)
        return;
    // The turn goes on in the service, no longer speaking to this controller,
    // which moves on to another conversation; coming back attaches again.
    job->disconnect(this);
    if (!job->isRunning())
        return;
    if (m_conversation.incognito)
        job->cancel(); // never stored: there is nothing to come back to
    Q_EMIT busyChanged(false);
}

void ChatController::stop()
{
    if (m_contemplation->isPreparing())
        endPreparing(); // nothing was sent yet
    if (m_job && m_job->isRunning())
        m_job->cancel();
}

void ChatController::rebuild(bool announce)
{
    m_path = ConversationPath::path(m_tree, m_choices);
    if (announce) {
        QList<qint64> ids;
        for (const PathEntry &entry : std::as_const(m_path))
            ids << entry.id();
        Q_EMIT pathReset(m_path, messagesInMemory(ids));
    }
}

} // namespace sotto
