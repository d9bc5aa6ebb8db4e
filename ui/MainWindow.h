// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/AuditDashboard.h"

#include <QMainWindow>
#include <QTimer>

class QMimeData;
class QStackedWidget;
class QLabel;

namespace sotto {
class ChatController;
class Session;
} // namespace sotto

namespace sotto::ui {

class ChatPane;
class ConversationListModel;
class DashboardWindow;
class EmptyState;
class ExportFlow;
class ImportFlow;
class MessageWidget;
class Prompter;
class Sidebar;
class VaultFileFlow;

/// The application's main window: the conversation list beside the open
/// conversation. The list folds away with Ctrl+B or the toolbar's button, and
/// on its own while the window is narrower than NARROW_WIDTH. Built by app/ with the unlocked Session and the
/// Prompter; it turns user intent into calls on them and never touches the network or the disk itself.
/// Locking (Ctrl+L) clears every view. GUI thread.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Session &session, Prompter &prompter, QWidget *parent = nullptr);
    ~MainWindow() override;

    ChatController &controller() const { return *m_controller; }
    void openConversation(qint64 id);
    /// Before the vault locks: what waits to be stored (a deletion's Undo period) is stored now.
    void prepareForLock();

    /// Shows or hides the conversation list (Ctrl+B, the toolbar's button).
    void setSidebarVisible(bool visible);
    bool isSidebarVisible() const;

    /// File › Export Conversation…, Export All…, the sidebar's Export…
    ExportFlow &exportFlow() const { return *m_export; }
    /// File › Import…; importFile() brings in an export dropped on the window.
    ImportFlow &importFlow() const { return *m_import; }
    /// File › Back Up Vault…, Restore Vault from File…
    VaultFileFlow &vaultFileFlow() const { return *m_vaultFiles; }

    /// The privacy dashboard (Ctrl+Shift+P, the toolbar's shield), created on first use.
    DashboardWindow *showPrivacyDashboard();

    /// Below this width the conversation list folds away on its own.
    static constexpr int NARROW_WIDTH = 900;

Q_SIGNALS:
    void lockRequested();
    void settingsRequested();
    /// Dictation needs a transcription provider: Settings › Voice.
    void voiceSettingsRequested();
    /// The dashboard asked for the setting that decided a blocked request.
    void auditSettingRequested(sotto::AuditDecidingSetting setting, const QString &provider,
                               qint64 conversationId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // One drop handler for the whole window, by content: images go to the composer,
    // exports (ChatGPT, Claude, Sotto) to ImportFlow.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    bool acceptsDrop(const QMimeData *source) const;
    /// The toolbar's icons, drawn for the current palette.
    void refreshIcons();
    void showAbout();
    void newChat(bool incognito);
    /// Nothing open: a new chat's greeting with the composer, or while no provider is set up,
    /// what Sotto is and how to start.
    void showHome();
    void onLocked();
    void onUnlocked();
    void updateStatus();
    void updateTitle();
    void finishEditing();
    /// A conversation opened from a search result scrolls to the message found.
    void revealSearchHit(qint64 conversationId);

    Session &m_session;
    Prompter &m_prompter;
    ChatController *m_controller;
    ConversationListModel *m_conversations;
    Sidebar *m_sidebar;
    QStackedWidget *m_stack;
    EmptyState *m_emptyState;
    ChatPane *m_chat;
    MessageWidget *m_message;
    QLabel *m_status;
    ExportFlow *m_export;
    ImportFlow *m_import;
    VaultFileFlow *m_vaultFiles;
    QAction *m_exportConversation = nullptr;
    QLabel *m_proxyNotice; // the environment's proxy variables are not used (Session::proxyEnvironmentNotice)
    QTimer m_commitDeletions;
    QAction *m_toggleSidebar = nullptr;
    QAction *m_privacyDashboard = nullptr;
    DashboardWindow *m_dashboard = nullptr;
    bool m_sidebarFolded = false; // hidden by a narrow window, not by the user
    bool m_focusComposerWhenOpen = false; // a conversation chosen in the sidebar is loading
};

} // namespace sotto::ui
