// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/AgentLaneRepository.h"
#include "core/types/ChatEntry.h"
#include "core/types/Conversation.h"
#include "core/types/MessageNode.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace sotto {

class Backend;
class ContemplationSetup;
class Session;
class TurnJob;
struct TurnRequest;

/// The open conversation as the window shows it: its tree (ids, parents, roles)
/// and the visible path through it, with the versions of each message; sending,
/// stopping, regenerating, editing and deleting, and the conversation's mode,
/// provider, model and local-only flag. It holds no message text of a stored
/// conversation: the view asks for the text near what it shows (loadMessages()),
/// and a turn's history is read by the vault's thread when the turn starts, so
/// a conversation of 50,000 messages costs the window what its tree costs.
/// Every change is stored through the Session's vault off the GUI thread; the
/// signals tell the view what to show. Turns run in the Session's TurnService:
/// showing another conversation, a new chat or none leaves an answer running
/// there, and coming back follows it again from where it has got to; only
/// stop() (and deleting the conversation, or locking) stops it.
///
/// Contemplating: a contemplated send is readied by the controller's
/// ContemplationSetup (who contemplates, the plan, the estimate and the question
/// before a conversation's first contemplated send); the agents' lanes reach the
/// window through the lane signals and, for a stored answer, loadLanes().
///
/// GUI thread; does not own the Session, which must outlive it.
class ChatController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatController)

public:
    explicit ChatController(Session &session, QObject *parent = nullptr);
    ~ChatController() override;

    /// A new chat; without a provider, with the provider, model and mode used last
    /// (kept in the vault's settings), else the first provider.
    void newConversation(bool incognito, const QString &provider = {}, const QString &model = {});
    void openConversation(qint64 id);
    void close();

    const Conversation &conversation() const { return m_conversation; }
    bool hasConversation() const { return m_open; }
    bool isBusy() const;
    /// The visible path, oldest first.
    const QList<PathEntry> &path() const { return m_path; }
    /// Reads the text of these messages; messagesLoaded() brings it.
    void loadMessages(const QList<qint64> &ids);

    void setMode(Mode mode);
    void setProvider(const QString &provider);
    void setModel(const QString &model);
    void setLocalOnly(bool localOnly);

    /// Who contemplates and what a contemplated send costs (the mode control, Settings).
    ContemplationSetup &contemplation() { return *m_contemplation; }
    /// Reads a Contemplating answer's lanes (lanesLoaded() brings them).
    void loadLanes(qint64 messageId);

    void send(const QString &text, const QList<Attachment> &images);
    void regenerate(qint64 answerId);
    /// Asks again from a user message, with new text and the images it had.
    void editAndResend(qint64 userMessageId, const QString &text, const QList<Attachment> &images);
    void deleteMessage(qint64 messageId);
    /// The messages deleteMessage() would delete: the message, and its branch
    /// when it is one version among others.
    QSet<qint64> deletedWith(qint64 messageId) const;
    void showVersion(qint64 messageId, int version);
    void stop();

Q_SIGNALS:
    void conversationChanged(const sotto::Conversation &conversation);
    /// Another conversation is shown (opened, a new chat, or none): what the user
    /// was composing for the previous one does not belong here. Comes just before
    /// the conversationChanged() of the same change; not emitted when a new chat
    /// is stored at its first message.
    void conversationOpened();
    /// The path changed as a whole (another conversation, a version switched, a
    /// message deleted), with the text of some of its messages.
    void pathReset(const QList<sotto::PathEntry> &path, const QList<sotto::Message> &messages);
    /// The text asked for with loadMessages(): `asked` the ids, `messages` those still stored.
    void messagesLoaded(const QList<qint64> &asked, const QList<sotto::Message> &messages);
    /// How many agents contemplated the Contemplating answers among the messages
    /// that come next (pathReset(), messagesLoaded()): message id → count.
    void agentCountsLoaded(const QHash<qint64, int> &counts);
    void entryAppended(const sotto::ChatEntry &entry);
    void entryUpdated(const sotto::ChatEntry &entry);
    void streamDelta(qint64 messageId, const QString &text, const QString &thinking);
    void streamFinished(const sotto::ChatEntry &entry);
    void busyChanged(bool busy);
    /// The last request left out older messages to fit the context budget:
    /// the view marks that what was sent starts at `messageId` (0: all was sent).
    void sentHistoryStartChanged(qint64 messageId);
    /// One sentence for the window's message bar (a failed load, nothing to send to…).
    void problem(const QString &message);
    /// A contemplated send was not made (the estimate declined, a plan refused): its text and
    /// images go back to the composer.
    void sendDeclined(const QString &text, const QList<sotto::Attachment> &images);
    /// A Contemplating turn's answer is pending; its agents' lanes follow.
    void contemplationStarted(qint64 answerId);
    void laneStarted(const sotto::AgentLane &lane);
    void laneDelta(int agentIndex, int round, const QString &text, const QString &reasoning);
    void laneFinished(const sotto::AgentLane &lane);
    /// A stored (or this session's incognito) answer's lanes, each agent's rounds.
    void lanesLoaded(qint64 messageId, const QList<sotto::AgentLane> &lanes);

private:
    void startTurn(const QString &text, const QList<Attachment> &images, qint64 parentId, qint64 answerTo,
                   QList<PathEntry> history);
    void rebuild(bool announce);
    /// The text of the new or running turn's messages, and all of an incognito
    /// conversation's (never stored): what the vault cannot give.
    QList<Message> messagesInMemory(const QList<qint64> &ids) const;
    void addNode(const Message &message);
    /// Follows `job` (held by the Session's TurnService): its messages and deltas reach the view.
    void attachTurn(TurnJob *job);
    /// Stops following the running turn, if any, which goes on in the service (an
    /// incognito one is cancelled: its conversation is gone once left).
    void detachTurn();
    void storeConversationSettings();
    /// The conversation's provider, model and mode become the ones new chats start with.
    void rememberChoices();
    void readRememberedChoices();
    /// Readies the send (ContemplationSetup::prepare()), then launches it.
    void contemplate(TurnRequest request, std::shared_ptr<Backend> backend);
    void launch(const TurnRequest &request, const std::shared_ptr<Backend> &backend);
    void endPreparing();
    QList<PathEntry> pathBefore(qint64 messageId) const;
    const MessageNode *node(qint64 id) const;

    Session &m_session;
    Conversation m_conversation;
    bool m_open = false;
    QList<MessageNode> m_tree; // every message of the conversation, any version, without text
    QHash<qint64, qint64> m_choices; // parent id → the child the user chose to see
    QList<PathEntry> m_path; // what is shown
    QHash<qint64, Message> m_inMemory; // see messagesInMemory()
    QPointer<TurnJob> m_job; // the shown conversation's turn, held by the TurnService
    quint64 m_loadGeneration = 0;
    ContemplationSetup *m_contemplation;
    QHash<qint64, QList<AgentLane>> m_lanesInMemory; // incognito answers' lanes: never stored
    struct Choices {
        QString provider;
        QString model;
        Mode mode = Mode::Instant;
    } m_lastUsed; // what new chats start with
    bool m_untouched = false; // a new chat still on the default provider, model and mode
};

} // namespace sotto
