// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/ChatEntry.h"

#include <QHash>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

namespace sotto::ui {

class ConversationDocument;

/// Shows a conversation: selectable rich text, message actions as links, the
/// reasoning section, and streaming that appends at ~30 Hz and follows the end
/// only while the user is reading the end. Links from model output are never
/// opened here: linkActivated() hands http(s) URLs to the window, which asks
/// first. GUI thread.
///
/// However long the conversation, opening it renders only its last messages.
/// As the user nears the top (or the bottom) of what is rendered, more is
/// rendered there a few messages at a time, in turns of the event loop too
/// short to be felt, and what is furthest out of sight goes; the text being
/// read stays where it is.
class ChatView final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    explicit ChatView(QWidget *parent = nullptr);

    ConversationDocument *conversation() const { return m_conversation; }

    void setEntries(const QList<ChatEntry> &entries);
    void appendEntry(const ChatEntry &entry);
    void updateEntry(const ChatEntry &entry);
    void removeEntry(qint64 messageId);
    /// Coalesces streamed text; it reaches the document at the next frame.
    void queueStream(qint64 messageId, const QString &text, const QString &thinking);
    /// Applies what is queued, then the final state of the answer.
    void finishStream(const ChatEntry &entry);
    void flushStream();
    /// See ConversationDocument::setSentHistoryStart().
    void setSentHistoryStart(qint64 messageId);
    void scrollToBottom();

    /// How many of the conversation's messages are above / below what is rendered.
    int olderCount() const { return int(m_first); }
    int newerCount() const;
    /// Nothing more is scheduled to render: no messages about to be added at
    /// either end, no streamed text waiting for its frame.
    bool isSettled() const { return !m_more.isActive() && !m_frame.isActive(); }

Q_SIGNALS:
    void regenerateRequested(qint64 messageId);
    void editRequested(qint64 messageId);
    void deleteRequested(qint64 messageId);
    void retryRequested(qint64 messageId);
    void versionRequested(qint64 messageId, int version);
    /// An http(s) link in a message was clicked; nothing has been opened.
    void linkActivated(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    /// Ctrl+Home and Ctrl+End go to the conversation's first and last message,
    /// rendered or not.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onAnchorClicked(const QUrl &url);
    bool isAtBottom() const;
    qsizetype renderedEnd() const;
    bool wantsOlder() const;
    bool wantsNewer() const;
    void showMoreSoon();
    void renderFrom(qsizetype first);
    /// Runs a change of the document with the reader kept where they are (or at
    /// the end, if they follow it).
    void keepingPlace(const std::function<void()> &change);
    /// Copies what the document shows of messages [from, to) back into the list,
    /// before they stop being rendered.
    void keepEntries(qsizetype from, qsizetype to);
    qreal topOf(qsizetype index) const;
    void showMore();
    qsizetype indexOf(qint64 messageId) const;

    ConversationDocument *m_conversation;
    QList<ChatEntry> m_entries; // the whole conversation
    qsizetype m_first = 0; // m_entries[m_first] is the first message rendered
    bool m_follow = true; // the user reads the end: keep it in view as it grows
    bool m_rebuilding = false; // the scroll bar moves because the text does
    QTimer m_more;
    QTimer m_frame;
    struct Pending {
        QString text;
        QString thinking;
    };
    QHash<qint64, Pending> m_pending;
    QList<qint64> m_pendingOrder;
};

} // namespace sotto::ui
