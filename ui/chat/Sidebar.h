// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QToolButton;
class QListView;
class QMenu;
class QModelIndex;
class QStackedWidget;

namespace sotto::ui {

class ConversationListModel;
class EmptyState;

/// The conversation list with its search box and the New chat buttons: rows of
/// one line in date groups, drawn by ConversationItemDelegate, never scrolled
/// sideways. Opening, renaming (F2, or the row's "⋯" and context menu), pinning
/// and deleting go through the model; exporting is asked of the window; deleting announces itself so the
/// window can offer Undo. In the search box, Down moves to the hits and Enter opens the first. An empty list
/// says why (no conversations yet, or nothing found). GUI thread.
class Sidebar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    Sidebar(ConversationListModel &model, QWidget *parent = nullptr);

    void focusSearch();
    void selectConversation(qint64 id);

Q_SIGNALS:
    void openRequested(qint64 conversationId);
    void newChatRequested();
    void newIncognitoChatRequested();
    void deleted(qint64 conversationId, const QString &title);
    /// The row's Export…
    void exportRequested(qint64 conversationId, const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The buttons' icons, in the palette's colours.
    void updateIcons();
    void showContextMenu(const QPoint &position);
    /// The row's menu (Rename, Pin, Export, Delete) at `globalPosition`, without waiting for it.
    void showRowMenu(const QModelIndex &index, const QPoint &globalPosition);
    void updateEmptyState();
    /// Opens the first hit of the search, once the list shows the search as typed.
    void openFirstHit();

    ConversationListModel &m_model;
    QPushButton *m_newChat;
    QToolButton *m_incognito;
    QLineEdit *m_search;
    QListView *m_list;
    EmptyState *m_empty;
    QStackedWidget *m_listStack;
    QPointer<QMenu> m_rowMenu;
    QTimer m_searchDelay;
    bool m_openWhenFound = false; // Enter was pressed before the search's hits arrived
};

} // namespace sotto::ui
