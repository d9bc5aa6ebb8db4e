// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/chat/MarkdownRenderer.h"
#include "core/chat/MarkdownStreamSplitter.h"
#include "core/types/ChatEntry.h"
#include "ui/theme/ThemeRoles.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPalette>
#include <QTextOption>

#include <memory>
#include <span>
#include <vector>

class QTextCharFormat;
class QTextCursor;
class QTextDocumentFragment;

namespace sotto::ui {

/// The rich-text document behind the chat view: one linear document holding
/// every shown message, so selection, copy and keyboard navigation work across
/// messages as in any text view.
///
/// Each message is four regions of whole blocks — header (author and the
/// reasoning section), stable body, tail body, footer (actions, usage, error) —
/// whose lengths are tracked so any one region can be replaced without touching
/// the rest. While an answer streams, only the new stable chunk is appended and
/// the short tail re-rendered (MarkdownStreamSplitter), so an update costs what
/// the new text costs, not what the whole answer costs.
///
/// Links in the text are anchors with the `sotto:` scheme (sotto:retry/ID,
/// sotto:reasoning/ID, sotto:code/ID/N, sotto:version/ID/N); the view turns them
/// into signals. A finished message ends with its actions line (actionsLineOf()),
/// where the view shows the message's actions as buttons (MessageActions).
/// GUI thread; owns its SafeTextDocument.
class ConversationDocument final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDocument)

public:
    explicit ConversationDocument(QObject *parent = nullptr);
    ~ConversationDocument() override;

    SafeTextDocument *document() const { return m_document; }
    void setPalette(const QPalette &palette);
    /// The view's font (the icons beside the text are as tall as its lines) and its
    /// screen's pixel ratio (they are drawn for it): everything is rendered again.
    void setDisplay(const QFont &font, qreal devicePixelRatio);

    void clear();
    void setEntries(std::span<const ChatEntry> entries);
    void appendEntry(const ChatEntry &entry);
    /// Adds messages at the end, laid out once.
    void appendEntries(std::span<const ChatEntry> entries);
    /// Adds older messages above the first, laid out once.
    void prependEntries(std::span<const ChatEntry> entries);
    /// Keeps the first `count` messages and removes the rest.
    void truncate(int count);
    /// Removes the first `count` messages.
    void removeFirst(int count);
    /// Re-renders a message whole (after an edit, a status change, a new version).
    void updateEntry(const ChatEntry &entry);
    void removeEntry(qint64 messageId);

    /// Adds streamed text to a message that is Streaming; cheap per call.
    void appendStream(qint64 messageId, QStringView text, QStringView thinking);
    /// Ends a stream: the final status, usage and error. Long answers keep their
    /// chunk-wise rendering instead of being rendered again whole.
    void finishStream(const ChatEntry &entry);

    void setReasoningExpanded(qint64 messageId, bool expanded);
    /// Marks above message `messageId` that the last request sent the history
    /// from there on (older messages did not fit the context budget); 0: no mark.
    void setSentHistoryStart(qint64 messageId);
    qint64 sentHistoryStart() const { return m_sentFrom; }
    bool isReasoningExpanded(qint64 messageId) const;

    bool contains(qint64 messageId) const { return m_byId.contains(messageId); }
    int entryCount() const { return int(m_slots.size()); }
    QList<qint64> messageIds() const;
    const ChatEntry *entry(qint64 messageId) const;
    /// The message whose text contains document position `position`, or 0.
    qint64 messageAt(int position) const;
    /// First document position of a message (for scrolling to it), or -1.
    int positionOf(qint64 messageId) const;
    /// The position just after a message's text (its answer, or its reasoning while
    /// no answer has come), where a streaming caret goes; -1 if it is not here.
    int textEndOf(qint64 messageId) const;
    /// Where a message's actions line starts (the chat view shows the actions on
    /// it), or -1: it is not here, or still being written.
    int actionsLineOf(qint64 messageId) const;
    QString codeBlock(qint64 messageId, int index) const;
    /// The width the document's text is laid out in (without the document's
    /// margins): the user's cards keep to its right edge, at most 80 % of it wide.
    void setColumnWidth(int width);
    int columnWidth() const { return m_columnWidth; }
    /// A code block's copy link (its icon and "Copy code") says "✓ Copied", or
    /// back again; false if it is not shown.
    bool setCodeCopied(qint64 messageId, int index, bool copied);

private:
    struct Slot;
    enum Region {
        Header,
        Reasoning,
        Stable,
        Tail,
        Footer,
        RegionCount,
    };

    int startOf(const Slot &slot, Region region = Header) const;
    int indexOf(const Slot &slot) const;
    void replaceRegion(Slot &slot, Region region, const QTextDocumentFragment &fragment);
    void appendToRegion(Slot &slot, Region region, const QTextDocumentFragment &fragment);
    void insertSlot(int index, const ChatEntry &entry);
    void becameFirst(Slot &slot);
    void renderAll(Slot &slot);
    void renderHeader(Slot &slot);
    void renderReasoning(Slot &slot);
    void renderBody(Slot &slot);
    void renderTail(Slot &slot, bool finished = false);
    void renderFooter(Slot &slot);
    QTextDocumentFragment markdownFragment(const Slot &slot, const QString &markdown, QStringList *codeBlocks,
                                           int firstCodeIndex);
    /// The user's words as typed: every line break kept, nothing read as Markdown.
    QTextDocumentFragment userFragment(const QString &text);
    /// The left margin that puts a user's card of text `natural` pixels wide against the column's right edge.
    qreal userCardMargin(qreal natural) const;
    QList<QTextOption::Tab> codeHeaderTabs() const;
    /// A code block's copy link at `cursor`: its icon and "Copy code", or "✓ Copied".
    void insertCopyLink(QTextCursor &cursor, const QTextCharFormat &link, bool copied);

    SafeTextDocument *m_document;
    /// m_modelIcon and m_copyIcon for the palette, font and pixel ratio.
    void drawIcons();

    QPalette m_palette;
    QFont m_font;
    qreal m_ratio = 1.0;
    ThemeRoles m_roles;
    QImage m_modelIcon;
    QImage m_copyIcon;
    MarkdownRenderer::Style m_style;
    std::vector<std::unique_ptr<Slot>> m_slots;
    QHash<qint64, Slot *> m_byId;
    qint64 m_sentFrom = 0;
    int m_columnWidth = 0;
};

} // namespace sotto::ui
