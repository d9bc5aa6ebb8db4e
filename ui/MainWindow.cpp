// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/MainWindow.h"

#include "core/common/Version.h"
#include "core/orchestration/ChatController.h"
#include "core/orchestration/Session.h"
#include "core/orchestration/TurnService.h"
#include "core/store/VaultService.h"
#include "ui/chat/ChatPane.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/Composer.h"
#include "ui/chat/ConversationListModel.h"
#include "ui/chat/ModeSelector.h"
#include "ui/chat/Sidebar.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/export/ExportFlow.h"
#include "ui/export/ImportFlow.h"
#include "ui/privacy/OfflineAction.h"
#include "ui/theme/IconSet.h"
#include "ui/theme/PaletteWatcher.h"
#include "ui/vault/VaultFileFlow.h"
#include "ui/widgets/DroppedContent.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProxyStyle>
#include <QResizeEvent>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace sotto::ui {

namespace {

/// A file an import may read: the JSON of an export, or a provider's export archive.
bool isExportFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("json") || suffix == QLatin1String("zip");
}

/// The menu bar's titles as tall as the tools in its corners, so the titles' text and the tools'
/// icons share one centre line (QMenuBar puts both at the top, each at its own height). Follows
/// the application's style (no base style of its own).
class MenuBarStyle final : public QProxyStyle {
public:
    explicit MenuBarStyle(const QMenuBar &bar)
        : m_bar(bar)
    { }

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override
    {
        QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
        if (type != CT_MenuBarItem)
            return result;
        for (const Qt::Corner corner : {Qt::TopLeftCorner, Qt::TopRightCorner})
            if (const QWidget *tools = m_bar.cornerWidget(corner); tools && tools->isVisibleTo(&m_bar))
                result.setHeight(std::max(result.height(), tools->sizeHint().height()));
        return result;
    }

private:
    const QMenuBar &m_bar;
};

/// Window geometry only: QSettings never holds anything that names content.
QSettings windowSettings()
{
    return QSettings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                         + QStringLiteral("/sotto.conf"),
                     QSettings::IniFormat);
}

} // namespace

MainWindow::MainWindow(Session &session, Prompter &prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_controller(new ChatController(session, this))
    , m_conversations(new ConversationListModel(session.conversations(), this))
    , m_sidebar(new Sidebar(*m_conversations, this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyState(this))
    , m_chat(new ChatPane(session, *m_controller, prompter, this))
    , m_message(new MessageWidget(this))
    , m_status(new QLabel(this))
    , m_export(new ExportFlow(session, prompter, this))
    , m_import(new ImportFlow(session, this))
    , m_vaultFiles(new VaultFileFlow(session, this))
    , m_proxyNotice(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Sotto"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sotto.svg")));

    m_conversations->watchTurns(session.turns());
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setIcon(windowIcon());
    m_emptyState->setHeadline(tr("Private by design"));
    const auto explain = [this] {
        m_emptyState->setText(
            m_session.providers().isEmpty()
                ? tr("Your conversations will appear here. Nothing leaves this computer until you choose a "
                     "model provider, and every request is recorded so you can see exactly what was sent.")
                : tr("Start a new chat (Ctrl+N) or pick a conversation. Every request is recorded so you "
                     "can see exactly what was sent."));
    };
    explain();
    connect(&session, &Session::providersChanged, this, explain);
    // The first provider set up: the home screen becomes a chat to type in.
    connect(&session, &Session::providersChanged, this, [this] {
        if (m_session.isUnlocked() && !m_controller->hasConversation())
            showHome();
    });
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_chat);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});
    setCentralWidget(splitter);
    setAcceptDrops(true); // dropEvent(): what lands anywhere on the window

    m_status->setObjectName(QStringLiteral("vaultStatus"));
    statusBar()->addWidget(m_status, 1);
    m_proxyNotice->setObjectName(QStringLiteral("proxyEnvironmentNotice"));
    m_proxyNotice->setForegroundRole(QPalette::PlaceholderText);
    m_proxyNotice->hide();
    statusBar()->addPermanentWidget(m_proxyNotice);
    connect(&session, &Session::policyChanged, this, &MainWindow::updateStatus);

    // A conversation chosen in the list is for typing in: the composer takes the focus once it shows.
    connect(m_sidebar, &Sidebar::openRequested, this, [this](qint64 id) {
        revealSearchHit(id);
        m_focusComposerWhenOpen = true;
        openConversation(id);
        if (m_controller->hasConversation() && m_controller->conversation().id == id) {
            m_focusComposerWhenOpen = false;
            m_chat->focusComposer();
        }
    });
    connect(m_sidebar, &Sidebar::newChatRequested, this, [this] {
        newChat(false);
    });
    connect(m_sidebar, &Sidebar::newIncognitoChatRequested, this, [this] {
        newChat(true);
    });
    connect(m_sidebar, &Sidebar::deleted, this, [this](qint64 id, const QString &title) {
        m_session.turns().cancel(id); // an answer stops with its conversation
        if (m_controller->conversation().id > 0
            && m_conversations->rowOf(m_controller->conversation().id) < 0)
            showHome();
        m_message->showMessage(tr("Deleted “%1”.").arg(title), MessageWidget::Type::Information, tr("Undo"),
                               [this] {
                                   m_commitDeletions.stop();
                                   m_conversations->undoDelete();
                               });
        m_commitDeletions.start(); // ten seconds to undo the latest deletion
    });
    m_commitDeletions.setSingleShot(true);
    m_commitDeletions.setInterval(10000);
    connect(&m_commitDeletions, &QTimer::timeout, this, [this] {
        m_conversations->commitDeletions();
        m_message->hideMessage(); // its Undo would do nothing now
    });
    connect(m_sidebar, &Sidebar::exportRequested, m_export, &ExportFlow::exportConversation);
    // How an import, an export or a backup ended, on the window's message line.
    const auto showOutcome = [this](const QString &text, bool ok) {
        m_message->showMessage(text, ok ? MessageWidget::Type::Positive : MessageWidget::Type::Error);
    };
    connect(m_import, &ImportFlow::finished, this, showOutcome);
    connect(m_export, &ExportFlow::finished, this, showOutcome);
    connect(m_vaultFiles, &VaultFileFlow::finished, this, showOutcome);
    connect(m_vaultFiles, &VaultFileFlow::aboutToRestore, this, &MainWindow::prepareForLock);
    connect(m_vaultFiles, &VaultFileFlow::lockedOut, this, &MainWindow::lockRequested);
    connect(m_conversations, &ConversationListModel::problem, m_chat, &ChatPane::showProblem);
    // A reload (a new conversation's first message, a rename) keeps the open conversation selected.
    connect(m_conversations, &ConversationListModel::reloaded, this, [this] {
        if (m_controller->conversation().id > 0)
            m_sidebar->selectConversation(m_controller->conversation().id);
        updateTitle();
    });
    connect(m_conversations, &ConversationListModel::dataChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &ChatController::conversationChanged, this, [this](const Conversation &c) {
        m_stack->setCurrentWidget(m_controller->hasConversation() ? static_cast<QWidget *>(m_chat)
                                                                  : m_emptyState);
        updateTitle();
        m_exportConversation->setEnabled(c.id > 0 && !c.incognito);
        // A new or incognito chat has no row: none stays marked as open.
        m_sidebar->selectConversation(m_controller->conversation().id);
        if (std::exchange(m_focusComposerWhenOpen, false) && m_controller->hasConversation())
            m_chat->focusComposer();
    });
    connect(&session, &Session::locked, this, &MainWindow::onLocked);
    connect(&session, &Session::unlocked, this, &MainWindow::onUnlocked);
    connect(&session, &Session::problem, m_chat, &ChatPane::showProblem);
    connect(&session.vault(), &VaultService::auditChanged, this, &MainWindow::updateStatus);

    createActions();
    // The window's few tools sit in the menu bar's row, not in a row of their own: the
    // conversation list's toggle before the menus, the privacy dashboard and the
    // Offline switch after them. A global (native) menu bar has no room for them;
    // there they are toolbars.
    const auto tools = [this](const QString &name, const QString &title) {
        auto *bar = new QToolBar(title, this);
        bar->setObjectName(name);
        bar->setMovable(false);
        bar->setFloatable(false);
        bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
        bar->setContextMenuPolicy(Qt::PreventContextMenu);
        return bar;
    };
    QToolBar *listTools = tools(QStringLiteral("sidebarToolbar"), tr("Conversation list"));
    listTools->addAction(m_toggleSidebar);
    QToolBar *privacyTools = tools(QStringLiteral("mainToolbar"), tr("Privacy"));
    privacyTools->addAction(m_privacyDashboard);
    auto *offline = new OfflineAction(session, this);
    privacyTools->addAction(offline);
    privacyTools->widgetForAction(offline)->setAccessibleName(tr("Offline"));
    if (menuBar()->isNativeMenuBar()) {
        addToolBar(listTools);
        addToolBar(privacyTools);
    } else {
        const int side = fontMetrics().height() + 3; // about the height of the menus' items
        for (QToolBar *bar : {listTools, privacyTools})
            bar->setIconSize(QSize(side, side));
        menuBar()->setCornerWidget(listTools, Qt::TopLeftCorner);
        menuBar()->setCornerWidget(privacyTools, Qt::TopRightCorner);
        auto *style = new MenuBarStyle(*menuBar());
        style->setParent(menuBar());
        menuBar()->setStyle(style);
    }
    refreshIcons();
    connect(new PaletteWatcher(this), &PaletteWatcher::paletteChanged, this, &MainWindow::refreshIcons);
    resize(1100, 720);
    restoreGeometry(windowSettings().value(QStringLiteral("window/geometry")).toByteArray());
    if (session.isUnlocked())
        onUnlocked();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::refreshIcons()
{
    // The tools' icons in this palette's colours (again after light <-> dark).
    m_toggleSidebar->setIcon(IconSet::icon(IconSet::Icon::SidebarToggle, palette()));
    m_privacyDashboard->setIcon(IconSet::icon(IconSet::Icon::Privacy, palette()));
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newChatAction
        = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New chat"));
    newChatAction->setObjectName(QStringLiteral("newChatAction"));
    newChatAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(newChatAction, &QAction::triggered, this, [this] {
        newChat(false);
    });
    QAction *incognito = fileMenu->addAction(tr("New &incognito chat"));
    incognito->setObjectName(QStringLiteral("newIncognitoAction"));
    incognito->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(incognito, &QAction::triggered, this, [this] {
        newChat(true);
    });
    QAction *find = fileMenu->addAction(tr("&Find conversations"));
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(find, &QAction::triggered, this, [this] {
        setSidebarVisible(true);
        m_sidebar->focusSearch();
    });
    fileMenu->addSeparator();
    m_exportConversation = fileMenu->addAction(tr("&Export Conversation…"));
    m_exportConversation->setObjectName(QStringLiteral("exportConversationAction"));
    m_exportConversation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportConversation->setEnabled(false); // until a stored conversation is open
    connect(m_exportConversation, &QAction::triggered, this, [this] {
        const Conversation &c = m_controller->conversation();
        m_export->exportConversation(c.id, c.title);
    });
    QAction *exportAll = fileMenu->addAction(tr("Export &All…"));
    exportAll->setObjectName(QStringLiteral("exportAllAction"));
    connect(exportAll, &QAction::triggered, m_export, &ExportFlow::exportAll);
    QAction *importAction = fileMenu->addAction(tr("&Import…"));
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setToolTip(tr("Conversations from an export of Sotto, ChatGPT or Claude (.json or .zip)"));
    connect(importAction, &QAction::triggered, m_import, &ImportFlow::chooseAndImport);
    fileMenu->addSeparator();
    QAction *backUp = fileMenu->addAction(tr("&Back Up Vault…"));
    backUp->setObjectName(QStringLiteral("backUpVaultAction"));
    connect(backUp, &QAction::triggered, m_vaultFiles, &VaultFileFlow::backUp);
    QAction *restore = fileMenu->addAction(tr("&Restore Vault from File…"));
    restore->setObjectName(QStringLiteral("restoreVaultAction"));
    connect(restore, &QAction::triggered, m_vaultFiles, &VaultFileFlow::restoreFromFile);
    fileMenu->addSeparator();
    QAction *settings = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_chat, &ChatPane::voiceSettingsRequested, this, &MainWindow::voiceSettingsRequested);
    QAction *lock
        = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("system-lock-screen")), tr("&Lock vault"));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    // Platforms with a Windows key scheme bind nothing to QKeySequence::Quit; Ctrl+Q is promised everywhere.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcuts(quitKeys);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu *chatMenu = menuBar()->addMenu(tr("&Chat"));
    const struct {
        Mode mode;
        QString label;
        Qt::Key key;
    } modes[] = {{Mode::Instant, tr("&Instant"), Qt::Key_1},
                 {Mode::Thinking, tr("&Thinking"), Qt::Key_2},
                 {Mode::Contemplating, tr("&Contemplating"), Qt::Key_3}};
    for (const auto &m : modes) {
        QAction *action = chatMenu->addAction(m.label);
        action->setObjectName(QStringLiteral("mode%1Action").arg(int(m.mode)));
        action->setShortcut(QKeySequence(Qt::CTRL | m.key));
        const Mode mode = m.mode;
        connect(action, &QAction::triggered, this, [this, mode] {
            m_chat->modeSelector()->selectMode(mode);
        });
    }

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_toggleSidebar = viewMenu->addAction(tr("Conversation &list"));
    m_toggleSidebar->setObjectName(QStringLiteral("toggleSidebarAction"));
    m_toggleSidebar->setCheckable(true);
    m_toggleSidebar->setChecked(true);
    m_toggleSidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_toggleSidebar->setToolTip(tr("Show or hide the conversation list (Ctrl+B)"));
    connect(m_toggleSidebar, &QAction::triggered, this, [this](bool visible) {
        m_sidebarFolded = false; // the user's choice holds until the window is resized across the line
        setSidebarVisible(visible);
    });

    m_privacyDashboard = viewMenu->addAction(tr("&Privacy dashboard"));
    m_privacyDashboard->setObjectName(QStringLiteral("privacyDashboardAction"));
    m_privacyDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_privacyDashboard->setToolTip(tr("What left this computer, request by request (Ctrl+Shift+P)"));
    connect(m_privacyDashboard, &QAction::triggered, this, &MainWindow::showPrivacyDashboard);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keys = helpMenu->addAction(tr("&Keyboard Shortcuts"));
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcuts({QKeySequence(QStringLiteral("Ctrl+?")), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    connect(keys, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction *about = helpMenu->addAction(tr("&About Sotto"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    // Shortcuts keep working when the menu bar is hidden or global.
    addActions({newChatAction, incognito, find, m_exportConversation, settings, lock, quit, m_toggleSidebar,
                m_privacyDashboard, keys});
    addActions(chatMenu->actions());
}

DashboardWindow *MainWindow::showPrivacyDashboard()
{
    if (!m_session.isUnlocked())
        return nullptr;
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(m_session, m_prompter, this);
        connect(m_dashboard, &DashboardWindow::settingRequested, this, &MainWindow::auditSettingRequested);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    return m_dashboard;
}

void MainWindow::setSidebarVisible(bool visible)
{
    m_sidebar->setVisible(visible);
    const QSignalBlocker blocker(m_toggleSidebar);
    m_toggleSidebar->setChecked(visible);
}

bool MainWindow::isSidebarVisible() const
{
    return !m_sidebar->isHidden();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    const bool narrow = event->size().width() < NARROW_WIDTH;
    const bool wasNarrow = event->oldSize().isValid() ? event->oldSize().width() < NARROW_WIDTH : !narrow;
    // Crossing the line folds the list away, or brings back a list that was folded by it.
    if (narrow && !wasNarrow && isSidebarVisible()) {
        setSidebarVisible(false);
        m_sidebarFolded = true;
    } else if (!narrow && m_sidebarFolded) {
        setSidebarVisible(true);
        m_sidebarFolded = false;
    }
}

bool MainWindow::acceptsDrop(const QMimeData *source) const
{
    if (!m_session.isUnlocked())
        return false;
    if (DroppedContent::offersImages(source))
        return true;
    // An export to import: judged by its name while dragged, by its content once dropped.
    const DroppedContent content = DroppedContent::read(source);
    return std::any_of(content.otherFiles.cbegin(), content.otherFiles.cend(), isExportFileName);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!acceptsDrop(event->mimeData())) {
        event->ignore();
        return;
    }
    const DroppedContent content = DroppedContent::read(event->mimeData());
    event->acceptProposedAction();
    if (content.hasImages()) {
        // Wherever it lands, an image is for the next message: a new chat when none is open.
        if (m_stack->currentWidget() != m_chat)
            newChat(false);
        m_chat->composer()->addImageData(content.images);
        m_chat->composer()->addImageFiles(content.imageFiles);
        m_chat->focusComposer();
    }
    // A ChatGPT, Claude or Sotto export: imported, with its progress and its outcome shown.
    const auto exported
        = std::find_if(content.otherFiles.cbegin(), content.otherFiles.cend(), isExportFileName);
    if (exported != content.otherFiles.cend())
        m_import->importFile(*exported);
}

void MainWindow::finishEditing()
{
    // A field that stores on finishing (the model name) stores now, for the
    // conversation it was typed in.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
}

void MainWindow::newChat(bool incognito)
{
    finishEditing();
    // The provider, model and mode used last, else the first provider.
    m_controller->newConversation(incognito);
    m_sidebar->selectConversation(0);
    m_stack->setCurrentWidget(m_chat);
    m_chat->focusComposer();
    if (m_session.providers().isEmpty())
        m_chat->showProblem(tr("Add a model provider in Settings (Ctrl+,) to start chatting."));
}

void MainWindow::showHome()
{
    if (m_session.providers().isEmpty()) {
        m_controller->close();
        return;
    }
    m_controller->newConversation(false);
    m_sidebar->selectConversation(0);
    m_chat->focusComposer();
}

void MainWindow::revealSearchHit(qint64 conversationId)
{
    // Opened from a search: at the message found, its words marked.
    const int row = m_conversations->rowOf(conversationId);
    const QModelIndex hit = row >= 0 ? m_conversations->index(row) : QModelIndex();
    const qint64 message = hit.data(ConversationListModel::HitMessageRole).toLongLong();
    if (m_conversations->shownFilter().isEmpty() || message <= 0)
        return;
    QStringList terms;
    const QString snippet = hit.data(ConversationListModel::SnippetRole).toString();
    for (const QVariant &range : hit.data(ConversationListModel::HighlightsRole).toList())
        terms << snippet.mid(range.toPoint().x(), range.toPoint().y());
    if (terms.isEmpty())
        terms = m_conversations->shownFilter().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    terms.removeDuplicates();
    m_chat->chatView()->revealMessage(message, terms);
}

void MainWindow::openConversation(qint64 id)
{
    if (id == m_controller->conversation().id && m_controller->hasConversation())
        return;
    finishEditing();
    m_controller->openConversation(id);
}

void MainWindow::updateTitle()
{
    // The list has the latest title (the user may have just renamed it there).
    const Conversation &c = m_controller->conversation();
    QString title = c.title;
    if (const int row = c.id > 0 ? m_conversations->rowOf(c.id) : -1; row >= 0)
        title = m_conversations->index(row).data(Qt::DisplayRole).toString();
    setWindowTitle(!m_controller->hasConversation() || title.isEmpty() ? tr("Sotto") : title);
}

void MainWindow::prepareForLock()
{
    finishEditing(); // while the vault is still open
    // Deletions waiting for their Undo happen now too.
    m_commitDeletions.stop();
    m_conversations->commitDeletions();
    m_message->hideMessage();
}

void MainWindow::onLocked()
{
    m_conversations->commitDeletions();
    m_conversations->clear();
    m_controller->close();
    m_stack->setCurrentWidget(m_emptyState);
    m_message->hideMessage();
    setWindowTitle(tr("Sotto"));
    updateStatus();
}

void MainWindow::onUnlocked()
{
    m_conversations->reload();
    showHome();
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_session.isUnlocked()) {
        m_status->setText(tr("Vault locked"));
        m_proxyNotice->hide();
        return;
    }
    // Once the policy is known: HTTPS_PROXY and the like are not used, and said so.
    const QString notice = m_session.proxyEnvironmentNotice();
    m_proxyNotice->setText(tr("Proxy from the environment not used"));
    m_proxyNotice->setToolTip(notice);
    m_proxyNotice->setAccessibleDescription(notice);
    m_proxyNotice->setVisible(!notice.isEmpty());
    // Today's egress in one line, from the audit log (read on the vault's thread).
    m_session.egressToday(this, [this](VaultResult<EgressToday> today) {
        const QString vault = tr("Vault unlocked");
        if (!today) {
            m_status->setText(vault);
            return;
        }
        const QLocale locale;
        QString line = vault + QStringLiteral(" · ")
            + (today->requests == 0 ? tr("Nothing sent today")
                                    : tr("Requests today: %n (%1)", nullptr, int(today->requests))
                                          .arg(locale.formattedDataSize(today->bytes)));
        if (today->offMachine > 0)
            line += QStringLiteral(" · ") + tr("%n left this computer", nullptr, int(today->offMachine));
        if (today->blocked > 0)
            line += QStringLiteral(" · ") + tr("%n blocked", nullptr, int(today->blocked));
        m_status->setText(line);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_conversations->commitDeletions();
    windowSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sotto"),
                       tr("<h3>Sotto %1</h3><p>A private desktop AI assistant. Your conversations "
                          "stay in an encrypted vault on this computer.</p>")
                           .arg(QString::fromLatin1(VERSION)));
}

} // namespace sotto::ui
