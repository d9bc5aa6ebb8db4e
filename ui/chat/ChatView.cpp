// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/ChatView.h"

#include "core/chat/MarkdownRenderer.h"
#include "ui/chat/ConversationDocument.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QScrollBar>

namespace sotto::ui {

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
}

void ChatView::setEntries(const QList<ChatEntry> &entries)
{
    m_pending.clear();
    m_pendingOrder.clear();
    m_conversation->setEntries(entries);
    scrollToBottom();
}

void ChatView::appendEntry(const ChatEntry &entry)
{
    const bool follow = isAtBottom();
    m_conversation->appendEntry(entry);
    if (follow)
        scrollToBottom();
}

void ChatView::updateEntry(const ChatEntry &entry)
{
    m_conversation->updateEntry(entry);
}

void ChatView::removeEntry(qint64 messageId)
{
    m_pending.remove(messageId);
    m_pendingOrder.removeAll(messageId);
    m_conversation->removeEntry(messageId);
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
    const bool follow = isAtBottom();
    for (qint64 id : std::as_const(m_pendingOrder)) {
        const Pending pending = m_pending.take(id);
        m_conversation->appendStream(id, pending.text, pending.thinking);
    }
    m_pendingOrder.clear();
    if (follow)
        scrollToBottom();
}

void ChatView::finishStream(const ChatEntry &entry)
{
    flushStream();
    const bool follow = isAtBottom();
    m_conversation->finishStream(entry);
    if (follow)
        scrollToBottom();
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

} // namespace sotto::ui
