// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ChatView.h"

#include "core/chat/MarkdownRenderer.h"
#include "ui/chat/ConversationDocument.h"
#include "ui/chat/view/MessageActions.h"
#include "ui/chat/view/MessageCards.h"
#include "ui/chat/view/StreamingMark.h"
#include "ui/theme/IconSet.h"
#include "ui/theme/ThemeRoles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QToolButton>
#include <QWheelEvent>

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

/// Messages asked for at a time while the user scrolls, ahead of the reader.
constexpr qsizetype AHEAD = 32;
/// Text held beyond what is rendered, on each side, so scrolling back is instant.
constexpr qsizetype HELD_BEYOND = 64;

PathEntry pathEntryOf(const ChatEntry &entry)
{
    return PathEntry{MessageNode{entry.message.id, entry.message.parentId, entry.message.role}, entry.version,
                     entry.versionCount};
}

} // namespace

ChatView::ChatView(QWidget *parent)
    : QTextBrowser(parent)
    , m_conversation(new ConversationDocument(this))
    , m_mark(new StreamingMark(viewport()))
    , m_latest(new QToolButton(viewport()))
    , m_actions(new MessageActions(viewport()))
{
    setObjectName(QStringLiteral("chatView"));
    setAccessibleName(tr("Conversation"));
    setDocument(m_conversation->document());
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAcceptDrops(false); // a drop here is the window's (MainWindow::dropEvent): an image for the composer
    setFrameShape(QFrame::NoFrame);
    // The margins beside the reading column are the widget's own: painted as the text's background.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_conversation->setPalette(palette());
    m_conversation->setDisplay(font(), devicePixelRatioF());
    m_roles = ThemeRoles::from(palette());
    // A code line wider than the column scrolls inside its card (CodeScroller), never the view.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value != 0)
            horizontalScrollBar()->setValue(0);
    });
    connect(this, &QTextBrowser::anchorClicked, this, &ChatView::onAnchorClicked);

    m_latest->setObjectName(QStringLiteral("latestButton"));
    m_latest->setText(tr("Latest"));
    m_latest->setIcon(IconSet::icon(IconSet::Icon::ArrowDown, palette()));
    m_latest->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_latest->setToolTip(tr("Go to the latest message (Ctrl+End)"));
    m_latest->setAccessibleName(tr("Go to the latest message"));
    m_latest->setCursor(Qt::PointingHandCursor);
    m_latest->setAutoRaise(false);
    m_latest->hide();
    connect(m_latest, &QToolButton::clicked, this, &ChatView::goToLatest);

    connect(m_actions, &MessageActions::triggered, this, &ChatView::onAction);
    // The actions follow the keyboard: the message the cursor (a link reached with Tab) is in.
    connect(this, &QTextEdit::cursorPositionChanged, this, &ChatView::updateActions);

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
        m_follow = isAtBottom() && renderedEnd() == m_path.size();
        showMoreSoon();
        updateOverlays();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this] {
        if (m_follow)
            scrollToBottom();
        showMoreSoon();
        updateOverlays();
    });
}

std::optional<ChatEntry> ChatView::entryAt(qsizetype index) const
{
    const PathEntry &step = m_path.at(index);
    if (const ChatEntry *shown = m_conversation->entry(step.id()))
        return *shown;
    const auto held = m_held.constFind(step.id());
    if (held == m_held.cend())
        return std::nullopt;
    ChatEntry entry = *held;
    entry.version = step.version;
    entry.versionCount = step.versionCount;
    return entry;
}

std::optional<ChatEntry> ChatView::entry(qint64 messageId) const
{
    const qsizetype index = indexOf(messageId);
    return index >= 0 ? entryAt(index) : std::nullopt;
}

int ChatView::heldCount() const
{
    return int(m_held.size()) + m_conversation->entryCount();
}

QList<ChatEntry> ChatView::entriesIn(qsizetype from, qsizetype to) const
{
    QList<ChatEntry> entries;
    entries.reserve(to - from);
    for (qsizetype i = from; i < to; ++i)
        entries << *entryAt(i);
    return entries;
}

bool ChatView::haveText(qsizetype from, qsizetype to, qsizetype ahead)
{
    from = std::max<qsizetype>(0, from);
    to = std::min(to, m_path.size());
    bool complete = true;
    for (qsizetype i = from; i < to && complete; ++i)
        complete = m_conversation->contains(m_path.at(i).id()) || m_held.contains(m_path.at(i).id());
    if (complete || m_holdsAll)
        return complete;
    // Ask for what is missing, and for what the reader will want next.
    const qsizetype askFrom = ahead < 0 ? std::max<qsizetype>(0, from + ahead) : from;
    const qsizetype askTo = ahead > 0 ? std::min(m_path.size(), to + ahead) : to;
    QList<qint64> ids;
    for (qsizetype i = askFrom; i < askTo; ++i) {
        const qint64 id = m_path.at(i).id();
        if (!m_conversation->contains(id) && !m_held.contains(id) && !m_requested.contains(id))
            ids << id;
    }
    if (!ids.isEmpty()) {
        for (qint64 id : std::as_const(ids))
            m_requested.insert(id);
        Q_EMIT messagesWanted(ids);
    }
    return false;
}

void ChatView::addMessages(const QList<qint64> &asked, const QList<Message> &messages)
{
    for (const Message &message : messages) {
        m_requested.remove(message.id);
        if (!m_conversation->contains(message.id))
            m_held.insert(message.id, entryOf(message));
    }
    for (qint64 id : asked) {
        if (!m_requested.remove(id) || m_held.contains(id))
            continue;
        // Gone from the vault since the path was read (deleted elsewhere): shown
        // as gone rather than waited for.
        const QList<PathEntry> &path = m_deferred ? *m_deferred : m_path;
        const auto step = std::find_if(path.cbegin(), path.cend(), [id](const PathEntry &entry) {
            return entry.id() == id;
        });
        if (step == path.cend())
            continue;
        Message gone;
        gone.id = id;
        gone.role = step->node.role;
        gone.parentId = step->node.parentId;
        gone.status = MessageStatus::Error;
        gone.errorText = tr("This message is no longer in the vault.");
        m_held.insert(id, ChatEntry{gone});
    }
    if (m_deferred) {
        const QList<PathEntry> path = *std::exchange(m_deferred, std::nullopt);
        if (!applyPath(path))
            return;
        if (m_reveal) {
            applyReveal(); // a search hit in the conversation just opened
            return;
        }
    }
    if (m_jump != Jump::None) {
        const Jump jump = std::exchange(m_jump, Jump::None);
        if (renderFrom(jump == Jump::Top ? m_jumpFrom : m_path.size() - FIRST_RENDERED, jump))
            applyReveal();
        return;
    }
    showMoreSoon();
}

void ChatView::reindex(qsizetype from)
{
    if (from == 0)
        m_index.clear();
    for (qsizetype i = from; i < m_path.size(); ++i)
        m_index.insert(m_path.at(i).id(), i);
}

void ChatView::setEntries(const QList<ChatEntry> &entries)
{
    QList<PathEntry> path;
    path.reserve(entries.size());
    m_streaming = 0;
    for (const ChatEntry &entry : entries) {
        path << pathEntryOf(entry);
        if (entry.message.status == MessageStatus::Streaming)
            m_streaming = entry.message.id;
        if (!m_conversation->contains(entry.message.id))
            m_held.insert(entry.message.id, entry);
    }
    m_holdsAll = true;
    m_deferred.reset();
    m_jump = Jump::None;
    applyPath(path);
    applyReveal();
}

void ChatView::setPath(const QList<PathEntry> &path, const QList<Message> &messages)
{
    m_streaming = 0;
    for (const Message &message : messages) {
        if (!m_conversation->contains(message.id))
            m_held.insert(message.id, entryOf(message));
        m_requested.remove(message.id);
        if (message.status == MessageStatus::Streaming)
            m_streaming = message.id;
    }
    m_holdsAll = false;
    m_deferred.reset();
    m_jump = Jump::None;
    if (applyPath(path))
        applyReveal();
}

bool ChatView::applyPath(const QList<PathEntry> &path, bool fresh)
{
    // The same conversation changed (a version switched, a message deleted or
    // edited): what is unchanged stays rendered, and so does the reading position.
    qsizetype common = 0;
    const qsizetype limit = std::min(m_path.size(), path.size());
    while (common < limit && m_path.at(common).id() == path.at(common).id())
        ++common;
    const bool sameConversation = !fresh && common > 0 && common >= m_first;
    if (!sameConversation)
        m_codeScroll.clear();
    const qsizetype renderedBefore = renderedEnd();
    const bool endWasRendered = renderedBefore == m_path.size();
    // What will be rendered after the common part: as far as before (to the
    // end if the end was shown), within the usual bound; for another
    // conversation, its last messages.
    qsizetype from = common;
    qsizetype to = 0;
    if (sameConversation) {
        const qsizetype keep = std::min(common, renderedBefore);
        from = keep;
        to = std::min(endWasRendered ? path.size() : std::min(path.size(), renderedBefore),
                      m_first + MOST_RENDERED);
    } else {
        from = std::max<qsizetype>(0, path.size() - FIRST_RENDERED);
        to = path.size();
    }
    // Until the text of what changes is here, the view shows the conversation as it was.
    {
        const QList<PathEntry> before = std::exchange(m_path, path);
        const bool ready = haveText(from, std::max(from, to));
        m_path = before;
        if (!ready) {
            m_deferred = path;
            return false;
        }
    }

    m_frame.stop();
    m_pending.clear();
    m_pendingOrder.clear();

    if (sameConversation) {
        keepingPlace([&] {
            const qsizetype keep = std::min(common, renderedBefore);
            // What leaves the document stays held, to come back below if it is still there.
            keepEntries(keep, renderedBefore);
            const QList<PathEntry> before = std::exchange(m_path, path);
            reindex();
            m_conversation->truncate(int(keep - m_first));
            for (qsizetype i = m_first; i < keep; ++i) {
                if (before.at(i).version != path.at(i).version
                    || before.at(i).versionCount != path.at(i).versionCount)
                    m_conversation->updateEntry(*entryAt(i));
            }
            if (to > keep) {
                const QList<ChatEntry> entries = entriesIn(keep, to);
                for (const ChatEntry &entry : entries)
                    m_held.remove(entry.message.id);
                m_conversation->appendEntries(std::span(entries.constData(), size_t(entries.size())));
            }
        });
        prune();
        showMoreSoon();
        updateOverlays();
        return true;
    }

    // Another conversation, or the end of this one after reading far above.
    setExtraSelections({});
    keepEntries(m_first, renderedEnd());
    m_conversation->clear();
    m_first = 0;
    m_path = path;
    reindex();
    renderFrom(path.size() - FIRST_RENDERED, Jump::Bottom);
    return true;
}

bool ChatView::renderFrom(qsizetype first, Jump jump)
{
    m_more.stop();
    first = std::clamp<qsizetype>(first, 0, std::max<qsizetype>(0, m_path.size() - FIRST_RENDERED));
    const qsizetype count = std::min(FIRST_RENDERED, m_path.size() - first);
    if (!haveText(first, first + count, jump == Jump::Top ? AHEAD : -AHEAD)) {
        m_jump = jump;
        m_jumpFrom = first;
        return false;
    }
    keepEntries(m_first, renderedEnd());
    const QList<ChatEntry> entries = entriesIn(first, first + count);
    for (const ChatEntry &entry : entries)
        m_held.remove(entry.message.id);
    m_first = first;
    m_rebuilding = true;
    // The scroll bar is there while the text goes in: appearing once it is laid out, it would
    // narrow the page and have the whole document laid out a second time. Put back as it was
    // after, it stays (the text scrolls), or goes with a short document, cheap to lay out again.
    m_conversation->clear();
    const Qt::ScrollBarPolicy policy = verticalScrollBarPolicy();
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_conversation->setEntries(std::span(entries.constData(), size_t(entries.size())));
    // Lay it out now, not in Qt's timer steps, so the scroll bar is right at once.
    document()->documentLayout()->blockBoundingRect(document()->lastBlock());
    setVerticalScrollBarPolicy(policy);
    m_rebuilding = false;
    m_follow = jump == Jump::Bottom;
    if (jump == Jump::Bottom)
        scrollToBottom();
    else
        verticalScrollBar()->setValue(0);
    prune();
    showMoreSoon();
    updateOverlays();
    return true;
}

void ChatView::appendEntry(const ChatEntry &entry)
{
    const qsizetype index = indexOf(entry.message.id);
    if (index >= 0) {
        updateEntry(entry);
        return;
    }
    m_requested.remove(entry.message.id);
    if (entry.message.status == MessageStatus::Streaming)
        m_streaming = entry.message.id;
    // What the user just sent (and the answer it starts) is brought into view.
    if (entry.message.role == Role::User)
        m_follow = true;
    if (renderedEnd() < m_path.size() || m_deferred) {
        // A new message while the user reads far above: show the end again.
        QList<PathEntry> path = m_deferred.value_or(m_path);
        path << pathEntryOf(entry);
        m_held.insert(entry.message.id, entry);
        m_deferred.reset();
        applyPath(path, true);
        return;
    }
    m_path.append(pathEntryOf(entry));
    m_index.insert(entry.message.id, m_path.size() - 1);
    keepingPlace([&] {
        m_conversation->appendEntry(entry);
    });
    updateOverlays();
}

void ChatView::updateEntry(const ChatEntry &entry)
{
    if (entry.message.status == MessageStatus::Streaming)
        m_streaming = entry.message.id;
    else if (entry.message.id == m_streaming)
        m_streaming = 0;
    const qsizetype index = indexOf(entry.message.id);
    if (index >= 0)
        m_path[index] = pathEntryOf(entry);
    if (m_conversation->contains(entry.message.id)) {
        keepingPlace([&] {
            m_conversation->updateEntry(entry);
        });
    } else if (index >= 0) {
        m_held.insert(entry.message.id, entry);
    }
    updateOverlays();
}

void ChatView::removeEntry(qint64 messageId)
{
    if (messageId == m_streaming)
        m_streaming = 0;
    m_pending.remove(messageId);
    m_pendingOrder.removeAll(messageId);
    m_held.remove(messageId);
    const qsizetype index = indexOf(messageId);
    if (index >= 0) {
        m_path.remove(index);
        m_index.remove(messageId);
        reindex(index);
        if (index < m_first)
            --m_first;
    }
    keepingPlace([&] {
        m_conversation->removeEntry(messageId);
    });
}

void ChatView::queueStream(qint64 messageId, const QString &text, const QString &thinking)
{
    m_streaming = messageId;
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
            } else if (const auto held = m_held.find(id); held != m_held.end()) {
                // Out of sight: kept, and rendered when the user scrolls down to it.
                held->message.content += pending.text;
                held->message.thinking += pending.thinking;
            }
        }
        edit.endEditBlock();
    });
    m_pendingOrder.clear();
    updateOverlays();
}

ChatEntry ChatView::entryOf(const Message &message) const
{
    ChatEntry entry{message};
    entry.agentCount = m_agentCounts.value(message.id);
    return entry;
}

void ChatView::setAgentCounts(const QHash<qint64, int> &counts)
{
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (m_agentCounts.value(it.key()) == it.value())
            continue;
        m_agentCounts.insert(it.key(), it.value());
        if (const auto held = m_held.find(it.key()); held != m_held.end())
            held->agentCount = it.value();
        if (const ChatEntry *shown = m_conversation->entry(it.key())) {
            ChatEntry entry = *shown;
            entry.agentCount = it.value();
            keepingPlace([&] {
                m_conversation->updateEntry(entry);
            });
        }
    }
}

void ChatView::finishStream(const ChatEntry &entry)
{
    flushStream();
    if (entry.agentCount > 0)
        m_agentCounts.insert(entry.message.id, entry.agentCount);
    if (entry.message.id == m_streaming)
        m_streaming = 0;
    const qsizetype index = indexOf(entry.message.id);
    if (index >= 0)
        m_path[index] = pathEntryOf(entry);
    if (m_conversation->contains(entry.message.id)) {
        keepingPlace([&] {
            m_conversation->finishStream(entry);
        });
    } else if (index >= 0) {
        m_held.insert(entry.message.id, entry);
    }
    updateOverlays();
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
    m_follow = m_follow && renderedEnd() == m_path.size();
    if (m_follow)
        scrollToBottom();
    else
        bar->setValue(value);
}

void ChatView::keepEntries(qsizetype from, qsizetype to)
{
    // What the document shows may be newer than what was read (streamed text).
    // prune() lets go of what ends up far from the reader.
    for (qsizetype i = from; i < to; ++i) {
        if (const ChatEntry *shown = m_conversation->entry(m_path.at(i).id()))
            m_held.insert(shown->message.id, *shown);
    }
}

void ChatView::prune()
{
    if (m_holdsAll || m_deferred)
        return;
    const qsizetype from = m_first - HELD_BEYOND;
    const qsizetype to = renderedEnd() + HELD_BEYOND;
    for (auto it = m_held.begin(); it != m_held.end();) {
        const qsizetype index = indexOf(it.key());
        // An answer still streaming is kept while it is in the conversation.
        if (index < 0 || ((index < from || index >= to) && it->message.status != MessageStatus::Streaming))
            it = m_held.erase(it);
        else
            ++it;
    }
}

qreal ChatView::topOf(qsizetype index) const
{
    const int position = m_conversation->positionOf(m_path.at(index).id());
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
    return int(m_path.size() - renderedEnd());
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
    return renderedEnd() < m_path.size() && bar->value() > bar->maximum() - viewport()->height();
}

void ChatView::showMoreSoon()
{
    if (m_more.isActive() || m_deferred || m_jump != Jump::None)
        return;
    if ((wantsOlder() && haveText(m_first - 1, m_first, -AHEAD))
        || (wantsNewer() && haveText(renderedEnd(), renderedEnd() + 1, AHEAD)))
        m_more.start();
}

void ChatView::showMore()
{
    QScrollBar *bar = verticalScrollBar();
    QElapsedTimer clock;
    clock.start();
    m_rebuilding = true;
    if (wantsOlder() && haveText(m_first - 1, m_first, -AHEAD)) {
        const int fromBottom = bar->maximum() - bar->value();
        // One message at a time, each laid out as it comes, until the time is up
        // or the text runs out (more has been asked for).
        do {
            const ChatEntry entry = *entryAt(m_first - 1);
            m_held.remove(entry.message.id);
            --m_first;
            m_conversation->prependEntries(std::span(&entry, 1));
        } while (m_first > 0 && clock.elapsed() < BATCH_MS && haveText(m_first - 1, m_first, -AHEAD));
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
    } else if (wantsNewer() && haveText(renderedEnd(), renderedEnd() + 1, AHEAD)) {
        qsizetype end = renderedEnd();
        do {
            const ChatEntry entry = *entryAt(end++);
            m_held.remove(entry.message.id);
            m_conversation->appendEntries(std::span(&entry, 1));
        } while (end < m_path.size() && clock.elapsed() < BATCH_MS && haveText(end, end + 1, AHEAD));
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
    m_follow = isAtBottom() && renderedEnd() == m_path.size();
    prune();
    showMoreSoon();
}

qsizetype ChatView::indexOf(qint64 messageId) const
{
    return m_index.value(messageId, -1);
}

void ChatView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::MoveToStartOfDocument) && m_first > 0) {
        renderFrom(0, Jump::Top);
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument) && renderedEnd() < m_path.size()) {
        goToLatest();
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

int ChatView::readingWidth() const
{
    return viewport()->width() - 2 * int(document()->documentMargin());
}

void ChatView::updateReadingColumn()
{
    // From the whole width, so the column stays within its bound with or without
    // the scroll bar, and the scroll bar coming or going never moves it.
    const int column = READING_WIDTH + 2 * int(document()->documentMargin());
    const int side = std::max(0, (width() - column + 1) / 2);
    if (side == m_sideMargin)
        return;
    m_sideMargin = side;
    setViewportMargins(side, 0, side, 0);
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    updateReadingColumn();
    QTextBrowser::resizeEvent(event);
    updateColumnWidth();
    updateOverlays();
}

void ChatView::updateColumnWidth()
{
    const qreal width = document()->textWidth();
    if (width > 0)
        m_conversation->setColumnWidth(int(width - 2 * document()->documentMargin()));
}

void ChatView::paintEvent(QPaintEvent *event)
{
    const QPointF scrolled = scrollOrigin();
    const QRectF area = QRectF(event->rect()).translated(scrolled);
    // Found once: asking for a block's place lays it out first, so the text painted next sees the same.
    const QList<MessageCards::Card> cards = MessageCards::cardsIn(document(), area);
    {
        // The cards under the text: the user's messages, code, quotes.
        QPainter painter(viewport());
        painter.translate(-scrolled);
        MessageCards::paint(painter, cards, m_roles);
    }
    QTextBrowser::paintEvent(event);

    // Code cards wider than the column: their lines again, each card at its own offset.
    QPainter painter(viewport());
    painter.translate(-scrolled);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.clip = area;
    for (const QTextEdit::ExtraSelection &extra : extraSelections())
        context.selections.append({extra.cursor, extra.format});
    if (textCursor().hasSelection()) {
        QTextCharFormat selected;
        selected.setBackground(palette().brush(QPalette::Highlight));
        selected.setForeground(palette().brush(QPalette::HighlightedText));
        context.selections.append({textCursor(), selected});
    }
    m_codeScroll.paint(painter, document(), cards, context, m_roles,
                       viewport()->palette().color(viewport()->backgroundRole()));
}

QPointF ChatView::scrollOrigin() const
{
    return QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

std::optional<MessageCards::Card> ChatView::codeCardAt(QPointF point) const
{
    const QPointF at = point + scrollOrigin();
    for (const MessageCards::Card &card :
         MessageCards::cardsIn(document(), QRectF(at.x() - 1, at.y() - 1, 2, 2))) {
        if (card.kind == MessageCards::Kind::Code && card.rect.contains(at))
            return card;
    }
    return std::nullopt;
}

QPair<qreal, qreal> ChatView::codeScrollAt(QPoint point) const
{
    const auto card = codeCardAt(point);
    if (!card)
        return {-1, -1};
    return {m_codeScroll.offsetOf(*card), CodeScroller::overflowOf(*card)};
}

std::optional<QMouseEvent> ChatView::inCodeCard(QMouseEvent *event)
{
    qreal shift = m_selectShift;
    if (shift == 0 || !(event->buttons() & Qt::LeftButton)) {
        shift = 0;
        if (const auto card = codeCardAt(event->position())) {
            const QPointF at = event->position() + scrollOrigin();
            shift = m_codeScroll.toDocument(*card, at).x() - at.x();
        }
    }
    if (shift == 0)
        return std::nullopt;
    const QPointF by(shift, 0);
    return std::optional<QMouseEvent>(std::in_place, event->type(), event->position() + by,
                                      event->scenePosition() + by, event->globalPosition() + by,
                                      event->button(), event->buttons(), event->modifiers(),
                                      event->pointingDevice());
}

void ChatView::mousePressEvent(QMouseEvent *event)
{
    m_selectShift = 0;
    if (event->button() == Qt::LeftButton) {
        if (const auto card = codeCardAt(event->position())) {
            const QPointF at = event->position() + scrollOrigin();
            if (CodeScroller::overflowOf(*card) > 0
                && CodeScroller::trackOf(*card).adjusted(0, -3, 0, 3).contains(at)) {
                m_barDrag = card;
                if (m_codeScroll.scrollToBar(*card, at.x()))
                    viewport()->update();
                event->accept();
                return;
            }
        }
    }
    if (auto mapped = inCodeCard(event)) {
        m_selectShift = mapped->position().x() - event->position().x();
        QTextBrowser::mousePressEvent(&*mapped);
        event->setAccepted(mapped->isAccepted());
        return;
    }
    QTextBrowser::mousePressEvent(event);
}

void ChatView::mouseReleaseEvent(QMouseEvent *event)
{
    if (std::exchange(m_barDrag, std::nullopt)) {
        event->accept();
        return;
    }
    auto mapped = inCodeCard(event);
    m_selectShift = 0;
    if (mapped) {
        QTextBrowser::mouseReleaseEvent(&*mapped);
        event->setAccepted(mapped->isAccepted());
        return;
    }
    QTextBrowser::mouseReleaseEvent(event);
}

void ChatView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (auto mapped = inCodeCard(event)) {
        QTextBrowser::mouseDoubleClickEvent(&*mapped);
        event->setAccepted(mapped->isAccepted());
        return;
    }
    QTextBrowser::mouseDoubleClickEvent(event);
}

void ChatView::wheelEvent(QWheelEvent *event)
{
    const bool sideways = event->angleDelta().x() != 0 || event->pixelDelta().x() != 0
        || (event->modifiers() & Qt::ShiftModifier);
    if (sideways) {
        if (const auto card = codeCardAt(event->position()); card && CodeScroller::overflowOf(*card) > 0) {
            // Pixels from a touchpad as they come; a wheel's notch (120) is 60 px.
            const QPoint pixels = event->pixelDelta();
            const QPoint angle = event->angleDelta();
            qreal delta = 0;
            if (!pixels.isNull())
                delta = pixels.x() != 0 ? pixels.x() : pixels.y();
            else
                delta = (angle.x() != 0 ? angle.x() : angle.y()) / 2.0;
            if (m_codeScroll.scrollBy(*card, -delta))
                viewport()->update();
            event->accept();
            return;
        }
    }
    QTextBrowser::wheelEvent(event);
}

void ChatView::goToLatest()
{
    if (renderedEnd() < m_path.size()) {
        renderFrom(m_path.size() - FIRST_RENDERED, Jump::Bottom);
    } else {
        m_follow = true;
        scrollToBottom();
    }
    updateOverlays();
}

void ChatView::updateOverlays()
{
    updateActions();

    // "↓ Latest" while an answer is being written and the reader is away from its end.
    const bool away
        = m_streaming != 0 && !m_path.isEmpty() && (!isAtBottom() || renderedEnd() < m_path.size());
    if (away) {
        m_latest->adjustSize();
        const QRect column = viewport()->geometry();
        m_latest->move(column.center().x() - m_latest->width() / 2,
                       column.bottom() - m_latest->height() - 12);
        m_latest->raise();
    }
    m_latest->setVisible(away);

    // The mark at the end of the answer being written, while that end is in view.
    const ChatEntry *streaming = m_streaming ? m_conversation->entry(m_streaming) : nullptr;
    if (!streaming || streaming->message.status != MessageStatus::Streaming) {
        m_mark->stop();
        return;
    }
    QTextCursor end(document());
    end.setPosition(m_conversation->textEndOf(m_streaming));
    const QRect at = cursorRect(end);
    if (at.bottom() < 0 || at.top() > viewport()->height()) {
        m_mark->stop();
        return;
    }
    // Nothing to read yet (no words; no reasoning, or reasoning folded away): the pulsing dot.
    const bool waiting = streaming->message.content.isEmpty()
        && (streaming->message.thinking.isEmpty() || !m_conversation->isReasoningExpanded(m_streaming));
    m_mark->showAt(waiting ? StreamingMark::Shape::Waiting : StreamingMark::Shape::Caret,
                   QPoint(at.right() + 3, at.top()), at.height(), m_roles.accent);
}

void ChatView::revealMessage(qint64 messageId, const QStringList &terms)
{
    m_reveal = Reveal{messageId, terms};
    // Not in this conversation: in the one being opened, shown once its path comes (setPath()).
    if (indexOf(messageId) < 0 || m_deferred)
        return;
    applyReveal();
}

bool ChatView::applyReveal()
{
    if (!m_reveal)
        return true;
    const qsizetype index = indexOf(m_reveal->id);
    if (index < 0) {
        m_reveal.reset();
        return true;
    }
    if (!m_conversation->contains(m_reveal->id) && !renderFrom(index, Jump::Top))
        return false; // its text was asked for: addMessages() comes back here
    const Reveal reveal = *std::exchange(m_reveal, std::nullopt);
    // The message's text: from its start to the next message's.
    const int start = m_conversation->positionOf(reveal.id);
    const qsizetype rendered = index - m_first + 1;
    const int end = rendered < m_conversation->entryCount()
        ? m_conversation->positionOf(m_path.at(index + 1).id())
        : document()->characterCount();
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat marked;
    marked.setBackground(m_roles.highlightTint);
    marked.setForeground(palette().color(QPalette::Text));
    for (const QString &term : reveal.terms) {
        if (term.trimmed().isEmpty())
            continue;
        QTextCursor found(document());
        found.setPosition(start);
        while (true) {
            found = document()->find(term, found);
            if (found.isNull() || found.selectionEnd() > end)
                break;
            selections.append({found, marked});
        }
    }
    setExtraSelections(selections);
    // Its top a little below the top of the view; the reader is no longer at the end.
    m_follow = false;
    const qreal top = topOf(index);
    const bool wasRebuilding = std::exchange(m_rebuilding, true);
    verticalScrollBar()->setValue(std::max(0, int(top) - fontMetrics().height()));
    if (!selections.isEmpty()) {
        // A hit far down a long message: bring it into view too.
        const QRect hit = cursorRect(selections.first().cursor);
        if (hit.bottom() > viewport()->height())
            verticalScrollBar()->setValue(verticalScrollBar()->value() + hit.top()
                                          - viewport()->height() / 3);
    }
    m_rebuilding = wasRebuilding;
    showMoreSoon();
    return true;
}

void ChatView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_roles = ThemeRoles::from(palette());
        m_conversation->setPalette(palette());
        m_latest->setIcon(IconSet::icon(IconSet::Icon::ArrowDown, palette()));
    } else if (event->type() == QEvent::FontChange) {
        // A new font changes the user's cards' widths and the icons' sizes: everything is rendered again.
        m_conversation->setDisplay(font(), devicePixelRatioF());
    }
}

void ChatView::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    QWindow *shownIn = window()->windowHandle();
    if (shownIn && shownIn != m_screenWatched) {
        if (m_screenWatched)
            disconnect(m_screenWatched, &QWindow::screenChanged, this, nullptr);
        m_screenWatched = shownIn;
        connect(shownIn, &QWindow::screenChanged, this, [this] {
            m_conversation->setDisplay(font(), devicePixelRatioF());
        });
    }
    m_conversation->setDisplay(font(), devicePixelRatioF());
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
        if (action == QLatin1String("code"))
            copyCode(id, index);
        else if (action == QLatin1String("reasoning")) {
            m_conversation->setReasoningExpanded(id, !m_conversation->isReasoningExpanded(id));
            updateOverlays();
        } else if (action == QLatin1String("retry"))
            Q_EMIT retryRequested(id);
        else if (action == QLatin1String("version"))
            Q_EMIT versionRequested(id, index);
        else if (action == QLatin1String("lanes"))
            Q_EMIT lanesRequested(id);
        else if (action == QLatin1String("image"))
            Q_EMIT imageActivated(id, index);
        return;
    }
    if (MarkdownRenderer::isOpenableLink(url))
        Q_EMIT linkActivated(url);
}

void ChatView::onAction(MessageActions::Action action, qint64 messageId)
{
    const ChatEntry *entry = m_conversation->entry(messageId);
    if (!entry)
        return;
    switch (action) {
    case MessageActions::Action::Copy:
        QApplication::clipboard()->setText(entry->message.content);
        m_actions->showCopied();
        break;
    case MessageActions::Action::Regenerate:
        Q_EMIT regenerateRequested(messageId);
        break;
    case MessageActions::Action::Edit:
        Q_EMIT editRequested(messageId);
        break;
    case MessageActions::Action::Delete:
        Q_EMIT deleteRequested(messageId);
        break;
    }
}

qint64 ChatView::actionsTarget() const
{
    if (m_hovered && m_conversation->actionsLineOf(m_hovered) >= 0)
        return m_hovered;
    if (m_actions->hasFocusWithin() && m_conversation->actionsLineOf(m_actions->message()) >= 0)
        return m_actions->message();
    if (hasFocus()) {
        const qint64 atCursor = m_conversation->messageAt(textCursor().position());
        if (atCursor && m_conversation->actionsLineOf(atCursor) >= 0)
            return atCursor;
    }
    // Otherwise the last message's, when it is finished: Regenerate is where the reader expects it.
    const QList<qint64> ids = m_conversation->messageIds();
    if (!ids.isEmpty() && renderedEnd() == m_path.size() && m_conversation->actionsLineOf(ids.last()) >= 0)
        return ids.last();
    return 0;
}

void ChatView::updateActions()
{
    const qint64 target = actionsTarget();
    const ChatEntry *entry = target ? m_conversation->entry(target) : nullptr;
    if (!entry) {
        m_actions->hide();
        return;
    }
    const bool user = entry->message.role == Role::User;
    if (target != m_actions->message() || m_actions->isHidden())
        m_actions->setMessage(target, user);
    // On the message's actions line: at its left for an answer, left of its text (the versions) for the
    // user's.
    const QTextBlock line = document()->findBlock(m_conversation->actionsLineOf(target));
    const QTextLayout *layout = line.layout();
    if (!layout || layout->lineCount() == 0) {
        m_actions->hide();
        return;
    }
    const QPointF origin = document()->documentLayout()->blockBoundingRect(line).topLeft()
        - QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QTextLine first = layout->lineAt(0);
    const QRectF text = first.naturalTextRect().translated(origin);
    const qreal x = user ? text.left() - m_actions->width() - 6 : origin.x() + first.x() - 4;
    const QPoint at(int(std::max<qreal>(0, x)), int(text.center().y() - m_actions->height() / 2.0));
    if (at.y() + m_actions->height() < 0 || at.y() > viewport()->height()) {
        m_actions->hide();
        return;
    }
    m_actions->move(at);
    m_actions->show();
    m_actions->raise();
}

void ChatView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_barDrag) {
        if (m_codeScroll.scrollToBar(*m_barDrag, event->position().x() + scrollOrigin().x()))
            viewport()->update();
        event->accept();
        return;
    }
    if (auto mapped = inCodeCard(event))
        QTextBrowser::mouseMoveEvent(&*mapped);
    else
        QTextBrowser::mouseMoveEvent(event);
    const qint64 hovered
        = m_conversation->messageAt(cursorForPosition(event->position().toPoint()).position());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        updateActions();
    }
}

void ChatView::leaveEvent(QEvent *event)
{
    QTextBrowser::leaveEvent(event);
    m_hovered = 0;
    updateActions();
}

void ChatView::focusInEvent(QFocusEvent *event)
{
    QTextBrowser::focusInEvent(event);
    updateActions();
}

void ChatView::focusOutEvent(QFocusEvent *event)
{
    QTextBrowser::focusOutEvent(event);
    // Focus going to the actions keeps them where they are.
    QTimer::singleShot(0, this, &ChatView::updateActions);
}

void ChatView::copyCode(qint64 messageId, int index)
{
    QApplication::clipboard()->setText(m_conversation->codeBlock(messageId, index));
    // Said where the click was, for two seconds; the link then reads as before.
    bool relabelled = false;
    keepingPlace([&] {
        relabelled = m_conversation->setCodeCopied(messageId, index, true);
    });
    if (!relabelled)
        return;
    QTimer::singleShot(2000, this, [this, messageId, index] {
        keepingPlace([&] {
            m_conversation->setCodeCopied(messageId, index, false);
        });
    });
}

void ChatView::setSentHistoryStart(qint64 messageId)
{
    keepingPlace([this, messageId] {
        m_conversation->setSentHistoryStart(messageId);
    });
}

} // namespace sotto::ui
