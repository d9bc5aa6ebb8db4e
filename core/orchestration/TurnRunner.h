// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Conversation.h"
#include "core/types/Message.h"
#include "core/types/ChatResult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sotto {

class Backend;
class ChatStream;
class VaultService;

/// What one turn asks: a new user message (or, for a regeneration, another
/// answer to an existing one) in a conversation.
///
/// Messages form a tree, as in ChatGPT's exports: a message's parentId is the
/// message it follows. A regeneration is a second answer with the same parent
/// (the user message); an edit is a second user message with the same parent as
/// the one edited. The visible conversation is one path through the tree.
struct TurnRequest {
    Conversation conversation; // id 0 (and not incognito): created with the first message
    QList<Message> history; // the visible path before this turn, oldest first
    QString prompt;
    QList<Attachment> images; // sanitised (ImageSanitizer)
    qint64 parentId = 0; // the message the new user message follows; 0: the first
    /// Regenerate: answer this stored user message again (it ends `history`);
    /// prompt and images are then ignored.
    qint64 answerTo = 0;
    Mode mode = Mode::Instant;
    QString model; // empty: the provider's default
    QString systemPrompt;
};

/// Runs one turn: stores the user message, asks the backend, streams the answer
/// into the vault as it arrives (batched; a crash keeps what was committed,
/// marked partial) and ends with exactly one finished(). In an incognito
/// conversation nothing touches the vault and messages get negative ids (the
/// request itself is still audited by EgressGate).
///
/// Lives on the thread of the VaultService and the Backend (the GUI thread or the
/// CLI's main thread); one turn per runner. Neither the service nor the backend
/// is owned; both must outlive the runner.
class TurnRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnRunner)

public:
    TurnRunner(VaultService &vault, Backend &backend, QObject *parent = nullptr);
    ~TurnRunner() override;

    void start(const TurnRequest &request);
    /// Stops the answer; what arrived is kept and stored as cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    const Conversation &conversation() const { return m_conversation; }
    const Message &userMessage() const { return m_user; }
    const Message &answer() const { return m_answer; }

Q_SIGNALS:
    void conversationReady(const sotto::Conversation &conversation);
    void userMessageReady(const sotto::Message &message);
    void answerStarted(const sotto::Message &answer);
    void textReceived(const QString &delta);
    void reasoningReceived(const QString &delta);
    /// The turn is over: the answer as stored (status, error, usage) and how the
    /// request ended. After a vault failure the result carries its message.
    void finished(const sotto::Message &answer, const sotto::ChatResult &result);

private:
    void prepareConversation();
    void storeUserMessage();
    void beginAnswer();
    void send();
    void flushToVault();
    void onStreamFinished(const ChatResult &result);
    void fail(const QString &message);
    bool incognito() const { return m_request.conversation.incognito; }
    static qint64 nextIncognitoId();

    VaultService &m_vault;
    Backend &m_backend;
    TurnRequest m_request;
    Conversation m_conversation;
    Message m_user;
    Message m_answer;
    QPointer<ChatStream> m_stream;
    QTimer m_flush;
    QString m_pendingText;
    QString m_pendingThinking;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace sotto
