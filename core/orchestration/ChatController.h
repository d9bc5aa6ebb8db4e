// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/ChatEntry.h"
#include "core/types/Conversation.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace sotto {

class Backend;
class Session;
class TurnJob;

/// The open conversation as the window shows it: its messages (the visible path
/// through their tree, with the versions of each), sending, stopping,
/// regenerating, editing and deleting, and the conversation's mode, provider,
/// model and local-only flag. Every change is stored through the Session's vault
/// off the GUI thread; the signals tell the view what to show.
///
/// GUI thread; does not own the Session, which must outlive it.
class ChatController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatController)

public:
    explicit ChatController(Session &session, QObject *parent = nullptr);
    ~ChatController() override;

    void newConversation(bool incognito, const QString &provider = {}, const QString &model = {});
    void openConversation(qint64 id);
    void close();

    const Conversation &conversation() const { return m_conversation; }
    bool hasConversation() const { return m_open; }
    bool isBusy() const;
    const QList<ChatEntry> &entries() const { return m_entries; }

    void setMode(Mode mode);
    void setProvider(const QString &provider);
    void setModel(const QString &model);
    void setLocalOnly(bool localOnly);

    void send(const QString &text, const QList<Attachment> &images);
    void regenerate(qint64 answerId);
    void editAndResend(qint64 userMessageId, const QString &text);
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
    void entriesReset(const QList<sotto::ChatEntry> &entries);
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

private:
    void startTurn(const QString &text, const QList<Attachment> &images, qint64 parentId, qint64 answerTo,
                   const QList<Message> &history);
    void rebuild(bool announce);
    /// Leaves the running turn, if any, to finish (cancelled) without this controller.
    void abandonTurn();
    void storeConversationSettings();
    QList<Message> historyBefore(qint64 messageId) const;

    Session &m_session;
    Conversation m_conversation;
    bool m_open = false;
    QList<Message> m_all; // every message of the conversation, any version
    QHash<qint64, qint64> m_choices; // parent id → the child the user chose to see
    QList<ChatEntry> m_entries; // what is shown
    std::unique_ptr<TurnJob> m_runner;
    std::shared_ptr<Backend> m_backend; // kept alive while a turn runs
    quint64 m_loadGeneration = 0;
};

} // namespace sotto
