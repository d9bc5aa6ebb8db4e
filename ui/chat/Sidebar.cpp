// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/Sidebar.h"

#include "ui/chat/ConversationItemDelegate.h"
#include "ui/chat/ConversationListModel.h"
#include "ui/theme/IconSet.h"
#include "ui/widgets/EmptyState.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sotto::ui {

Sidebar::Sidebar(ConversationListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    // Made in the order Tab visits them, the order the eye reads them: the new-chat buttons
    // at the top, then the search, then the list.
    , m_newChat(new QPushButton(tr("New chat"), this))
    , m_incognito(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_empty(new EmptyState(this))
    , m_listStack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("sidebar"));
    QPushButton *newChat = m_newChat;
    newChat->setObjectName(QStringLiteral("newChatButton"));
    newChat->setToolTip(tr("New chat (Ctrl+N)"));
    QToolButton *incognito = m_incognito;
    incognito->setObjectName(QStringLiteral("newIncognitoButton"));
    incognito->setText(tr("Incognito"));
    incognito->setToolTip(tr("New incognito chat (Ctrl+Shift+N): never stored in the vault"));
    incognito->setAccessibleName(tr("New incognito chat"));
    incognito->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    updateIcons();
    connect(newChat, &QPushButton::clicked, this, &Sidebar::newChatRequested);
    connect(incognito, &QToolButton::clicked, this, &Sidebar::newIncognitoChatRequested);

    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setPlaceholderText(tr("Search conversations"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        m_model.setFilter(m_search->text());
    });
    m_search->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(&model);
    // A click opens; renaming is F2 or the menu (a second click on the open row must not rename it).
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    auto *delegate = new ConversationItemDelegate(m_list);
    m_list->setItemDelegate(delegate);
    // Rows differ in height (a group's heading, a search snippet); titles are elided, never scrolled to.
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->viewport()->setAttribute(Qt::WA_Hover);
    connect(delegate, &ConversationItemDelegate::menuRequested, this, &Sidebar::showRowMenu);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListView::customContextMenuRequested, this, &Sidebar::showContextMenu);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(ConversationListModel::IdRole).toLongLong());
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(ConversationListModel::IdRole).toLongLong());
    });

    m_empty->setObjectName(QStringLiteral("sidebarEmptyState"));
    m_empty->setCompact(true);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_empty);
    connect(&m_model, &ConversationListModel::modelReset, this, &Sidebar::updateEmptyState);
    connect(&m_model, &ConversationListModel::rowsRemoved, this, &Sidebar::updateEmptyState);
    connect(&m_model, &ConversationListModel::rowsInserted, this, &Sidebar::updateEmptyState);
    connect(&m_model, &ConversationListModel::reloaded, this, [this] {
        if (m_openWhenFound && m_model.shownFilter() == m_search->text().trimmed())
            openFirstHit();
    });
    updateEmptyState();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newChat, 1);
    buttons->addWidget(incognito);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_search);
    layout->addWidget(m_listStack, 1);
    setMinimumWidth(200);
}

void Sidebar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void Sidebar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void Sidebar::updateIcons()
{
    m_newChat->setIcon(IconSet::icon(IconSet::Icon::NewChat, palette()));
    m_incognito->setIcon(IconSet::icon(IconSet::Icon::Incognito, palette()));
}

bool Sidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Down:
        // Into the hits, the first one current, as in a browser's address bar.
        if (m_model.rowCount() == 0)
            return true;
        m_list->setFocus(Qt::TabFocusReason);
        m_list->setCurrentIndex(m_model.index(0));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_searchDelay.isActive()) {
            // Typed faster than the search runs: search now, open when the hits arrive.
            m_searchDelay.stop();
            m_model.setFilter(m_search->text());
        }
        if (m_model.shownFilter() == m_search->text().trimmed() && m_model.rowCount() > 0)
            openFirstHit();
        else
            m_openWhenFound = true;
        return true;
    default:
        m_openWhenFound = false;
        return QWidget::eventFilter(watched, event);
    }
}

void Sidebar::openFirstHit()
{
    m_openWhenFound = false;
    if (m_model.rowCount() == 0)
        return;
    const QModelIndex first = m_model.index(0);
    m_list->setCurrentIndex(first);
    Q_EMIT openRequested(first.data(ConversationListModel::IdRole).toLongLong());
}

void Sidebar::updateEmptyState()
{
    if (m_model.rowCount() > 0) {
        m_listStack->setCurrentWidget(m_list);
        return;
    }
    if (m_model.shownFilter().isEmpty()) {
        m_empty->setHeadline(tr("No conversations yet"));
        m_empty->setText(tr("Your chats will be listed here. Start one with New chat (Ctrl+N)."));
    } else {
        m_empty->setHeadline(tr("No results"));
        m_empty->setText(tr("Nothing in your conversations matches “%1”. The search looks at titles, "
                            "messages and reasoning.")
                             .arg(m_model.shownFilter()));
    }
    m_listStack->setCurrentWidget(m_empty);
}

void Sidebar::selectConversation(qint64 id)
{
    const int row = m_model.rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model.index(row));
    else
        m_list->clearSelection();
}

void Sidebar::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (index.isValid())
        showRowMenu(index, m_list->viewport()->mapToGlobal(position));
}

void Sidebar::showRowMenu(const QModelIndex &index, const QPoint &globalPosition)
{
    const qint64 id = index.data(ConversationListModel::IdRole).toLongLong();
    const bool pinned = index.data(ConversationListModel::PinnedRole).toBool();
    const QString title = index.data().toString();
    if (m_rowMenu) {
        m_rowMenu->setObjectName({});
        m_rowMenu->deleteLater(); // the last row's, closed by now
    }
    m_rowMenu = new QMenu(this);
    m_rowMenu->setObjectName(QStringLiteral("conversationMenu"));
    m_rowMenu->setToolTipsVisible(true);
    // The list may reload while the menu is open (an answer finishing): follow the row.
    QAction *rename = m_rowMenu->addAction(tr("Rename"), this, [this, row = QPersistentModelIndex(index)] {
        if (row.isValid())
            m_list->edit(row);
    });
    rename->setObjectName(QStringLiteral("renameAction"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *pin = m_rowMenu->addAction(pinned ? tr("Unpin") : tr("Pin to top"), this, [this, id, pinned] {
        m_model.setPinned(id, !pinned);
    });
    pin->setObjectName(QStringLiteral("pinAction"));
    QAction *exportAction = m_rowMenu->addAction(tr("Export…"), this, [this, id, title] {
        Q_EMIT exportRequested(id, title);
    });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setToolTip(tr("Save this conversation as Markdown, JSON, HTML or PDF."));
    m_rowMenu->addSeparator();
    // Apart from the others; the window offers Undo for ten seconds.
    QAction *remove = m_rowMenu->addAction(tr("Delete"), this, [this, id, title] {
        m_model.markDeleted(id);
        Q_EMIT deleted(id, title);
    });
    remove->setObjectName(QStringLiteral("deleteAction"));
    m_rowMenu->popup(globalPosition);
}

} // namespace sotto::ui
