// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ChatView.h"

#include "core/chat/MarkdownRenderer.h"
#include "ui/chat/ConversationDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace sotto::ui {

namespace {

/// Messages rendered when a conversation opens: a few screens' worth.
constexpr qsizetype FIRST_RENDERED = 16;
/// Most messages rendered at once, dozens of screens: as the user scrolls, the
/// ones furthest out of sight go, so the document, and the cost of changing
/// it, stays small however long the conversation. Never those within
/// KEPT_SCREENS screens of what is shown, however tall the window.
constexpr int MOST_RENDERED = 100;
constexpr int KEPT_SCREENS = 3;
/// Time spent rendering messages in one turn of the event loop, so that
/// scrolling never stalls for a frame (16 ms).
constexpr qint64 BATCH_MS = 4;

/// Whether two states of a message look the same in the view.
bool sameRendering(const ChatEntry &a, const ChatEntry &b)
{
    const Message &x = a.message;
    const Message &y = b.message;
    if (x.attachments.size() != y.attachments.size())
        return false;
    for (qsizetype i = 0; i < x.attachments.size(); ++i) {
        if (x.attachments.at(i).sha256 != y.attachments.at(i).sha256)
            return false;
    }
    return x.id == y.id && x.role == y.role && x.content == y.content && x.thinking == y.thinking
        && x.model == y.model && x.usage == y.usage && x.status == y.status && x.errorText == y.errorText
        && a.version == b.version && a.versionCount == b.versionCount && a.thinkingMs == b.thinkingMs;
}

} // namespace

ChatView::ChatView(QWidget *parent)
    : QTextBrowser(parent)
    , m_conversation(new ConversationDocument(this))
{
    setObjectName(QStringLiteral("chatView"));
    setAccessibleName(tr("Conversation"));
    setDocument(m_conversation->document());
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    m_conversation->setPalette(palette());
    connect(this, &QTextBrowser::anchorClicked, this, &ChatView::onAnchorClicked);

    m_frame.setSingleShot(true);
    m_frame.setInterval(33); // ~30 updates a second: smooth to read, cheap to lay out
    connect(&m_frame, &QTimer::timeout, this, &ChatView::flushStream);

    m_more.setSingleShot(true);
    m_more.setInterval(0);
    connect(&m_more, &QTimer::timeout, this, &ChatView::showMore);

    // Whoever moves the scroll bar (the user, a resize, new text) decides
    // whether the view keeps following the end.
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this] {
        if (m_rebuilding)
            return;
        m_follow = isAtBottom() && renderedEnd() == m_entries.size();
        showMoreSoon();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this] {
        if (m_follow)
            scrollToBottom();
        showMoreSoon();
    });
}

void ChatView::setEntries(const QList<ChatEntry> &entries)
{
    m_frame.stop();
    m_pending.clear();
    m_pendingOrder.clear();

    // The same conversation changed (a version switched, a message deleted or
    // edited): what is unchanged stays rendered, and so does the reading position.
    qsizetype common = 0;
    const qsizetype limit = std::min(m_entries.size(), entries.size());
    while (common < limit && m_entries.at(common).message.id == entries.at(common).message.id)
        ++common;
    if (common > 0 && common >= m_first) {
        keepingPlace([&] {
            const qsizetype renderedBefore = renderedEnd();
            const bool endWasRendered = renderedBefore == m_entries.size();
            const qsizetype keep = std::min(common, renderedBefore);
            const QList<ChatEntry> before = std::exchange(m_entries, entries);
            m_conversation->truncate(int(keep - m_first));
            for (qsizetype i = m_first; i < keep; ++i) {
                const ChatEntry *shown = m_conversation->entry(entries.at(i).message.id);
                // An answer still streaming shows more than the stored copy holds.
                const bool live = shown && shown->message.status == MessageStatus::Streaming
                    && entries.at(i).message.status == MessageStatus::Streaming;
                if (!live && !sameRendering(before.at(i), entries.at(i)))
                    m_conversation->updateEntry(entries.at(i));
            }
            // What follows is rendered as far as it was before (to the end if
            // the end was shown), within the usual bound.
            const qsizetype end
                = std::min(endWasRendered ? entries.size() : std::min(entries.size(), renderedBefore),
                           m_first + MOST_RENDERED);
            if (end > keep)
                m_conversation->appendEntries(std::span(entries.constData() + keep, size_t(end - keep)));
        });
        showMoreSoon();
        return;
    }

    m_entries = entries;
    renderFrom(entries.size() - FIRST_RENDERED);
    m_follow = true;
    scrollToBottom();
    showMoreSoon();
}

void ChatView::renderFrom(qsizetype first)
{
    m_more.stop();
    m_first = std::clamp<qsizetype>(first, 0, std::max<qsizetype>(0, m_entries.size() - FIRST_RENDERED));
    const qsizetype count = std::min(FIRST_RENDERED, m_entries.size() - m_first);
    m_rebuilding = true;
    m_conversation->setEntries(std::span(m_entries.constData() + m_first, size_t(count)));
    // Lay it out now, not in Qt's timer steps, so the scroll bar is right at once.
    document()->documentLayout()->blockBoundingRect(document()->lastBlock());
    m_rebuilding = false;
}

void ChatView::appendEntry(const ChatEntry &entry)
{
    const qsizetype index = indexOf(entry.message.id);
    if (index >= 0) {
        updateEntry(entry);
        return;
    }
    if (renderedEnd() < m_entries.size()) {
        // A new message while the user reads far above: show the end again.
        QList<ChatEntry> entries = m_entries;
        entries.append(entry);
        m_entries.clear();
        setEntries(entries);
        return;
    }
    m_entries.append(entry);
    keepingPlace([&] {
        m_conversation->appendEntry(entry);
    });
}

void ChatView::updateEntry(const ChatEntry &entry)
{
    const qsizetype index = indexOf(entry.message.id);
    if (index >= 0)
        m_entries[index] = entry;
    keepingPlace([&] {
        m_conversation->updateEntry(entry);
    });
}

void ChatView::removeEntry(qint64 messageId)
{
    m_pending.remove(messageId);
    m_pendingOrder.removeAll(messageId);
    const qsizetype index = indexOf(messageId);
    if (index >= 0) {
        m_entries.remove(index);
        if (index < m_first)
            --m_first;
    }
    keepingPlace([&] {
        m_conversation->removeEntry(messageId);
    });
}

void ChatView::queueStream(qint64 messageId, const QString &text, const QString &thinking)
{
    Pending &pending = m_pending[messageId];
    if (!m_pendingOrder.contains(messageId))
        m_pendingOrder << messageId;
    pending.text += text;
    pending.thinking += thinking;
    if (!m_frame.isActive())
        m_frame.start();
}

void ChatView::flushStream()
{
    m_frame.stop();
    if (m_pendingOrder.isEmpty())
        return;
    keepingPlace([&] {
        // One layout for the new chunk and the replaced tail, which are adjacent.
        QTextCursor edit(document());
        edit.beginEditBlock();
        for (qint64 id : std::as_const(m_pendingOrder)) {
            const Pending pending = m_pending.take(id);
            if (m_conversation->contains(id)) {
                m_conversation->appendStream(id, pending.text, pending.thinking);
            } else if (const qsizetype index = indexOf(id); index >= 0) {
                // Out of sight: kept, and rendered when the user scrolls down to it.
                m_entries[index].message.content += pending.text;
                m_entries[index].message.thinking += pending.thinking;
            }
        }
        edit.endEditBlock();
    });
    m_pendingOrder.clear();
}

void ChatView::finishStream(const ChatEntry &entry)
{
    flushStream();
    const qsizetype index = indexOf(entry.message.id);
    if (index >= 0)
        m_entries[index] = entry;
    keepingPlace([&] {
        m_conversation->finishStream(entry);
    });
}

void ChatView::keepingPlace(const std::function<void()> &change)
{
    // While text is removed and inserted the scroll bar's range shrinks and
    // grows, and its value is clamped on the way: that must neither move the
    // reader nor make the view start following the end.
    QScrollBar *bar = verticalScrollBar();
    const int value = bar->value();
    const bool wasRebuilding = std::exchange(m_rebuilding, true);
    change();
    m_rebuilding = wasRebuilding;
    if (wasRebuilding)
        return;
    m_follow = m_follow && renderedEnd() == m_entries.size();
    if (m_follow)
        scrollToBottom();
    else
        bar->setValue(value);
}

void ChatView::keepEntries(qsizetype from, qsizetype to)
{
    // What the document shows may be newer than the list (streamed text).
    for (qsizetype i = from; i < to; ++i) {
        if (const ChatEntry *shown = m_conversation->entry(m_entries.at(i).message.id))
            m_entries[i] = *shown;
    }
}

qreal ChatView::topOf(qsizetype index) const
{
    const int position = m_conversation->positionOf(m_entries.at(index).message.id);
    return document()->documentLayout()->blockBoundingRect(document()->findBlock(position)).top();
}

void ChatView::scrollToBottom()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

bool ChatView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 8;
}

int ChatView::newerCount() const
{
    return int(m_entries.size() - renderedEnd());
}

qsizetype ChatView::renderedEnd() const
{
    return m_first + m_conversation->entryCount();
}

bool ChatView::wantsOlder() const
{
    // Within a screen of the top, or nothing to scroll yet.
    return m_first > 0 && verticalScrollBar()->value() < viewport()->height();
}

bool ChatView::wantsNewer() const
{
    const QScrollBar *bar = verticalScrollBar();
    return renderedEnd() < m_entries.size() && bar->value() > bar->maximum() - viewport()->height();
}

void ChatView::showMoreSoon()
{
    if (!m_more.isActive() && (wantsOlder() || wantsNewer()))
        m_more.start();
}

void ChatView::showMore()
{
    QScrollBar *bar = verticalScrollBar();
    QElapsedTimer clock;
    clock.start();
    m_rebuilding = true;
    if (wantsOlder()) {
        const int fromBottom = bar->maximum() - bar->value();
        // One message at a time, each laid out as it comes, until the time is up.
        do {
            --m_first;
            m_conversation->prependEntries(std::span(m_entries.constData() + m_first, 1));
        } while (m_first > 0 && clock.elapsed() < BATCH_MS);
        // What the user was looking at stays in place, the new text above it;
        // what is furthest below goes.
        bar->setValue(bar->maximum() - fromBottom);
        const qreal below = bar->value() + KEPT_SCREENS * viewport()->height();
        int keep = m_conversation->entryCount();
        while (keep > MOST_RENDERED && topOf(m_first + keep - 1) > below)
            --keep;
        if (keep < m_conversation->entryCount()) {
            keepEntries(m_first + keep, renderedEnd());
            m_conversation->truncate(keep);
        }
    } else if (wantsNewer()) {
        qsizetype end = renderedEnd();
        do {
            m_conversation->appendEntries(std::span(m_entries.constData() + end++, 1));
        } while (end < m_entries.size() && clock.elapsed() < BATCH_MS);
        // What is furthest above goes: each message that ends far above the screen.
        const qreal above = bar->value() - KEPT_SCREENS * viewport()->height();
        int drop = 0;
        while (m_conversation->entryCount() - drop > MOST_RENDERED && topOf(m_first + drop + 1) < above)
            ++drop;
        if (drop > 0) {
            const int fromBottom = bar->maximum() - bar->value();
            keepEntries(m_first, m_first + drop);
            m_conversation->removeFirst(drop);
            m_first += drop;
            bar->setValue(bar->maximum() - fromBottom);
        }
    }
    m_rebuilding = false;
    m_follow = isAtBottom() && renderedEnd() == m_entries.size();
    showMoreSoon();
}

qsizetype ChatView::indexOf(qint64 messageId) const
{
    // Messages that change are nearly always at the end.
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).message.id == messageId)
            return i;
    }
    return -1;
}

void ChatView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::MoveToStartOfDocument) && m_first > 0) {
        renderFrom(0);
        m_follow = false;
        verticalScrollBar()->setValue(0);
        showMoreSoon();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument) && renderedEnd() < m_entries.size()) {
        renderFrom(m_entries.size() - FIRST_RENDERED);
        m_follow = true;
        scrollToBottom();
        showMoreSoon();
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void ChatView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_conversation->setPalette(palette());
}

void ChatView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == QLatin1String("sotto")) {
        const QStringList parts = url.path().split(QLatin1Char('/'));
        const QString action = parts.value(0);
        const qint64 id = parts.value(1).toLongLong();
        const int index = parts.value(2, QStringLiteral("-1")).toInt();
        const ChatEntry *entry = m_conversation->entry(id);
        if (!entry)
            return;
        if (action == QLatin1String("copy"))
            QApplication::clipboard()->setText(entry->message.content);
        else if (action == QLatin1String("code"))
            QApplication::clipboard()->setText(m_conversation->codeBlock(id, index));
        else if (action == QLatin1String("reasoning"))
            m_conversation->setReasoningExpanded(id, !m_conversation->isReasoningExpanded(id));
        else if (action == QLatin1String("regenerate"))
            Q_EMIT regenerateRequested(id);
        else if (action == QLatin1String("edit"))
            Q_EMIT editRequested(id);
        else if (action == QLatin1String("delete"))
            Q_EMIT deleteRequested(id);
        else if (action == QLatin1String("retry"))
            Q_EMIT retryRequested(id);
        else if (action == QLatin1String("version"))
            Q_EMIT versionRequested(id, index);
        return;
    }
    if (MarkdownRenderer::isOpenableLink(url))
        Q_EMIT linkActivated(url);
}

void ChatView::setSentHistoryStart(qint64 messageId)
{
    keepingPlace([this, messageId] {
        m_conversation->setSentHistoryStart(messageId);
    });
}

} // namespace sotto::ui
