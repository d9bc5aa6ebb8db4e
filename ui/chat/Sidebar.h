// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QListView;

namespace sotto::ui {

class ConversationListModel;

/// The conversation list with its search box and the New chat buttons. Opening,
/// renaming (F2 or the context menu), pinning and deleting go through the
/// model; deleting announces itself so the window can offer Undo. GUI thread.
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
    void deleted(const QString &title);

private:
    void showContextMenu(const QPoint &position);

    ConversationListModel &m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QTimer m_searchDelay;
};

} // namespace sotto::ui
