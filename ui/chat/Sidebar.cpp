// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/Sidebar.h"

#include "ui/chat/ConversationListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sotto::ui {

Sidebar::Sidebar(ConversationListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("sidebar"));
    auto *newChat = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New chat"), this);
    newChat->setObjectName(QStringLiteral("newChatButton"));
    newChat->setToolTip(tr("New chat (Ctrl+N)"));
    auto *incognito = new QToolButton(this);
    incognito->setObjectName(QStringLiteral("newIncognitoButton"));
    incognito->setText(tr("Incognito"));
    incognito->setToolTip(tr("New incognito chat (Ctrl+Shift+N): never stored in the vault"));
    incognito->setAccessibleName(tr("New incognito chat"));
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

    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(&model);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListView::customContextMenuRequested, this, &Sidebar::showContextMenu);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(ConversationListModel::IdRole).toLongLong());
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(ConversationListModel::IdRole).toLongLong());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newChat, 1);
    buttons->addWidget(incognito);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    setMinimumWidth(200);
}

void Sidebar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
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
    if (!index.isValid())
        return;
    const qint64 id = index.data(ConversationListModel::IdRole).toLongLong();
    const bool pinned = index.data(ConversationListModel::PinnedRole).toBool();
    const QString title = index.data().toString();
    QMenu menu(this);
    // The list may reload while the menu is open (an answer finishing): follow the row.
    menu.addAction(tr("Rename"), this, [this, row = QPersistentModelIndex(index)] {
        if (row.isValid())
            m_list->edit(row);
    });
    menu.addAction(pinned ? tr("Unpin") : tr("Pin to top"), this, [this, id, pinned] {
        m_model.setPinned(id, !pinned);
    });
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this, id, title] {
        m_model.markDeleted(id);
        Q_EMIT deleted(title);
    });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

} // namespace sotto::ui
