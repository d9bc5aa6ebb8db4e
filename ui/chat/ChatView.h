// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/ChatEntry.h"
#include "core/types/MessageNode.h"
#include "ui/chat/view/CodeScroller.h"
#include "ui/chat/view/MessageActions.h"
#include "ui/theme/ThemeRoles.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTextBrowser>
#include <QTimer>
#include <QWindow>

class QToolButton;

#include <functional>
#include <optional>

namespace sotto::ui {

class ConversationDocument;
class StreamingMark;

/// Shows a conversation: selectable rich text, message actions as icon buttons
/// on the message pointed at or reached with the keyboard, the
/// reasoning section, and streaming that appends at ~30 Hz and follows the end
/// only while the user is reading the end. Links from model output are never
/// opened here: linkActivated() hands http(s) URLs to the window, which asks
/// first. GUI thread.
///
/// However long the conversation, the view holds its path (ids, roles,
/// versions: PathEntry) and the text of the messages near what is shown, never
/// the rest. Opening renders the last messages; as the user nears the top (or
/// the bottom) of what is rendered, more is rendered there a few messages at a
/// time, in turns of the event loop too short to be felt, and what is furthest
/// out of sight goes. Text it does not hold it asks for (messagesWanted(); the
/// answer comes to addMessages()), ahead of the reader, and a change that needs
/// text not yet here is shown once the text has come, so the view never shows
/// half of it; the text being read stays where it is.
class ChatView final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    explicit ChatView(QWidget *parent = nullptr);

    ConversationDocument *conversation() const { return m_conversation; }
    /// How far the code card at `point` (viewport coordinates) is scrolled sideways,
    /// and how far it can be: {-1, -1} when no code card is there.
    QPair<qreal, qreal> codeScrollAt(QPoint point) const;

    /// The conversation as a path, with the text of some of its messages (at
    /// least its last ones, for a conversation just opened); the view asks for
    /// the rest when it needs them. The same conversation changed (a version
    /// switched, a message deleted): what is unchanged stays rendered.
    void setPath(const QList<sotto::PathEntry> &path, const QList<sotto::Message> &messages = {});
    /// The text of messages asked for by messagesWanted(); `asked` are the ids
    /// asked for, so that a message no longer in the vault is shown as gone
    /// rather than waited for.
    void addMessages(const QList<qint64> &asked, const QList<sotto::Message> &messages);
    /// A whole conversation held in memory (tests, benchmarks): never asks for text.
    void setEntries(const QList<ChatEntry> &entries);
    void appendEntry(const ChatEntry &entry);
    void updateEntry(const ChatEntry &entry);
    void removeEntry(qint64 messageId);
    /// Coalesces streamed text; it reaches the document at the next frame.
    void queueStream(qint64 messageId, const QString &text, const QString &thinking);
    /// Applies what is queued, then the final state of the answer.
    void finishStream(const ChatEntry &entry);
    void flushStream();
    /// How many agents contemplated these answers (message id → count), read
    /// with their text: their footers offer "N agents contemplated — show".
    void setAgentCounts(const QHash<qint64, int> &counts);
    /// See ConversationDocument::setSentHistoryStart().
    void setSentHistoryStart(qint64 messageId);
    void scrollToBottom();
    /// Scrolls to a message, rendering it (and asking for its text) if it is far
    /// from what is shown, and highlights `terms` in it (case-insensitive), as
    /// for a search hit. The highlight stays until another conversation or reveal.
    /// A message of a conversation still being opened is revealed when its path comes.
    void revealMessage(qint64 messageId, const QStringList &terms = {});
    /// The widest the text of the conversation gets, however wide the window:
    /// beyond it the column is centred with margins that grow.
    static constexpr int READING_WIDTH = 760;
    /// How wide the text column is now.
    int readingWidth() const;
    /// Shows the end of the conversation and follows it again (the "↓ Latest" button, Ctrl+End).
    void goToLatest();

    const QList<sotto::PathEntry> &path() const { return m_path; }
    /// The message as shown (or held, near what is shown), or nothing when its
    /// text is not here (std::nullopt).
    std::optional<ChatEntry> entry(qint64 messageId) const;
    /// How many messages' text the view holds: those rendered and those kept near them.
    int heldCount() const;
    /// How many of the conversation's messages are above / below what is rendered.
    int olderCount() const { return int(m_first); }
    int newerCount() const;
    /// Nothing more is scheduled to render: no messages about to be added at
    /// either end, no text asked for and not yet here, no streamed text waiting
    /// for its frame.
    bool isSettled() const
    {
        return !m_more.isActive() && !m_frame.isActive() && m_requested.isEmpty() && !m_deferred;
    }

Q_SIGNALS:
    void regenerateRequested(qint64 messageId);
    void editRequested(qint64 messageId);
    void deleteRequested(qint64 messageId);
    void retryRequested(qint64 messageId);
    void versionRequested(qint64 messageId, int version);
    /// "N agents contemplated — show" under a Contemplating answer was clicked.
    void lanesRequested(qint64 messageId);
    /// The view needs the text of these messages (answer with addMessages()).
    void messagesWanted(const QList<qint64> &ids);
    /// An http(s) link in a message was clicked; nothing has been opened.
    void linkActivated(const QUrl &url);
    /// An image in a message was clicked: the message and the index of the image among its attachments.
    void imageActivated(qint64 messageId, int index);

protected:
    void changeEvent(QEvent *event) override;
    /// Follows the window to another screen: the icons in the text are drawn for its pixel ratio.
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    /// Paints the cards (MessageCards) under the document's text.
    void paintEvent(QPaintEvent *event) override;
    /// The message under the pointer gets its actions (MessageActions). In a
    /// code card scrolled sideways (CodeScroller) the pointer is moved onto the
    /// characters shown, so selecting and clicking there work; its bar drags.
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    /// Over a code card wider than the column, a sideways wheel (or Shift+wheel)
    /// scrolls the card's lines; anything else scrolls the conversation.
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    /// Ctrl+Home and Ctrl+End go to the conversation's first and last message,
    /// rendered or not.
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Jump {
        None,
        Top,
        Bottom,
    };

    void onAnchorClicked(const QUrl &url);
    void onAction(sotto::ui::MessageActions::Action action, qint64 messageId);
    /// The message whose actions show: the one pointed at, else the one the
    /// keyboard is in, else the last one; 0: none.
    qint64 actionsTarget() const;
    /// Shows the actions on the target message's actions line, or hides them.
    void updateActions();
    void copyCode(qint64 messageId, int index);
    void updateReadingColumn();
    /// The code card at `point` (viewport coordinates), if any.
    std::optional<MessageCards::Card> codeCardAt(QPointF point) const;
    /// The viewport's origin in the document.
    QPointF scrollOrigin() const;
    /// `event` moved onto the characters shown in a scrolled code card, when it is in one
    /// (or a selection started in one goes on).
    std::optional<QMouseEvent> inCodeCard(QMouseEvent *event);
    /// Tells the document how wide its text is laid out (the user's cards keep to its right edge).
    void updateColumnWidth();
    /// Places the streaming mark and the "↓ Latest" button for what is shown now.
    void updateOverlays();
    /// Shows the message revealMessage() asked for, once it is rendered; false while its text is awaited.
    bool applyReveal();
    bool isAtBottom() const;
    qsizetype renderedEnd() const;
    bool wantsOlder() const;
    bool wantsNewer() const;
    void showMoreSoon();
    /// Renders the messages from `first` on, the reader at `jump`; false (and
    /// their text asked for) when it is not all here yet.
    bool renderFrom(qsizetype first, Jump jump);
    /// Shows `path` once the text it needs is here; `fresh`: from its end, as
    /// for another conversation.
    bool applyPath(const QList<sotto::PathEntry> &path, bool fresh = false);
    /// Runs a change of the document with the reader kept where they are (or at
    /// the end, if they follow it).
    void keepingPlace(const std::function<void()> &change);
    /// Messages [from, to) leave the document: a streaming one is kept.
    void keepEntries(qsizetype from, qsizetype to);
    qreal topOf(qsizetype index) const;
    void showMore();
    qsizetype indexOf(qint64 messageId) const;
    void reindex(qsizetype from = 0);
    /// The message at path index `index` with its text, when the view has it.
    std::optional<ChatEntry> entryAt(qsizetype index) const;
    QList<ChatEntry> entriesIn(qsizetype from, qsizetype to) const;
    /// Whether the text of messages [from, to) is here; if not, asks for it (and
    /// for `ahead` more beyond it, in the direction of `ahead`'s sign).
    bool haveText(qsizetype from, qsizetype to, qsizetype ahead = 0);
    /// Lets go of the text held far from what is rendered.
    void prune();
    /// A message read from the vault, as the view holds it.
    ChatEntry entryOf(const sotto::Message &message) const;

    ConversationDocument *m_conversation;
    QList<sotto::PathEntry> m_path; // the whole conversation, without text
    QHash<qint64, qsizetype> m_index; // message id → its index in m_path
    QHash<qint64, ChatEntry> m_held; // text near what is rendered, not in the document
    QHash<qint64, int> m_agentCounts; // Contemplating answers → their agents (setAgentCounts())
    QSet<qint64> m_requested; // asked for, not yet here
    bool m_holdsAll = false; // setEntries(): everything is in memory, nothing is asked for
    std::optional<QList<sotto::PathEntry>> m_deferred; // a new path waiting for its text
    Jump m_jump = Jump::None; // a Ctrl+Home / Ctrl+End (or a reveal) waiting for its text
    qsizetype m_jumpFrom = 0; // where a waiting Jump::Top renders from
    struct Reveal {
        qint64 id = 0;
        QStringList terms;
    };
    std::optional<Reveal> m_reveal;
    int m_sideMargin = 0;
    ThemeRoles m_roles;
    CodeScroller m_codeScroll;
    QPointer<QWindow> m_screenWatched; // the window whose screen changes are followed
    std::optional<MessageCards::Card> m_barDrag; // the code card whose bar is being dragged
    qreal m_selectShift = 0; // a selection started in a scrolled code card: its offset
    qint64 m_streaming = 0; // the answer being written, if any
    StreamingMark *m_mark;
    QToolButton *m_latest;
    MessageActions *m_actions;
    qint64 m_hovered = 0; // the message under the pointer
    qsizetype m_first = 0; // m_path[m_first] is the first message rendered
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
