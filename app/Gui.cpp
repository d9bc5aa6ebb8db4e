// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/Gui.h"

#include "app/AppSetup.h"
#include "app/ExitCode.h"
#include "app/GuiSendPrompter.h"
#include "app/IdleLock.h"
#include "app/LockCycle.h"
#include "app/UnlockFlow.h"
#include "app/cli/CliOptions.h"
#include "app/cli/PassphraseReader.h"
#include "core/orchestration/ChatController.h"
#include "core/orchestration/ContemplationSetup.h"
#include "core/orchestration/Session.h"
#include "core/store/Profile.h"
#include "ui/MainWindow.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/Composer.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/settings/AppearanceSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/ThemePalette.h"
#include "ui/settings/WelcomeDialog.h"
#include "ui/theme/AppStyle.h"
#include "ui/widgets/CaretRest.h"
#include "ui/widgets/Prompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>

#include <memory>

namespace sotto::app {

namespace { } // namespace

int runGui(int &argc, char **argv)
{
    setApplicationIdentity();
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sotto.svg")));
    ui::AppStyle::install();
    // Before any text is made: the language chosen in Settings › Appearance, else the system's.
    const ui::AppearanceSettings appearance = ui::AppearanceSettings::load();
    installTranslations(app, appearance.language);
    const ui::CaretRest caretRest; // no caret blink, so no wake-ups, once the user is idle

    QCommandLineParser parser;
    CliOptions::describeGui(parser);
    parser.process(app);

    const Profile profile = Profile::resolve(parser.value(CliOptions::profileOption()));
    if (auto created = profile.ensureExists(); !created) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), created.error().message);
        return ExitFailure;
    }

    Session session(profile);
    ui::MessageBoxPrompter prompter;
    GuiSendPrompter sendPrompter(prompter);
    session.setPrompter(&sendPrompter);

    // Automation (tests, scripts): the same passphrase sources as the CLI, no dialog.
    auto automated = PassphraseReader::fromAutomation(parser.value(CliOptions::passphraseFileOption()));
    bool unlocked = false;
    if (automated) {
        const QString passphrase = QString::fromUtf8(*automated);
        automated->fill('\0');
        QEventLoop wait;
        QObject::connect(&session, &Session::unlocked, &wait, &QEventLoop::quit);
        QObject::connect(&session, &Session::unlockFailed, &wait, &QEventLoop::quit);
        if (session.vaultExists())
            session.unlock(passphrase);
        else
            session.create(passphrase);
        wait.exec();
        unlocked = session.isUnlocked();
    } else if (automated.error().code != PassphraseError::Unavailable) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), automated.error().message);
    }
    const bool created = !session.vaultExists();
    // Before any dialog: the unlock dialog already wears the chosen theme.
    ui::ThemePalette::apply(appearance.theme);
    if (!unlocked && !unlockInteractively(session, nullptr, AskKeyring::Yes))
        return ExitLocked;

    ui::MainWindow window(session, prompter);
    sendPrompter.setEstimates([&window](const QString &turnId) {
        return window.controller().contemplation().estimateOfTurn(turnId);
    });
    const auto applyFont = [&window](int pointSize) {
        if (auto *view = window.findChild<ui::ChatView *>(QStringLiteral("chatView"))) {
            QFont font = view->font();
            font.setPointSize(pointSize);
            view->setFont(font);
        }
    };
    applyFont(appearance.effectiveFontPointSize());
    const auto applyEnterSends = [&window](bool enterSends) {
        if (auto *composer = window.findChild<ui::Composer *>(QStringLiteral("composer")))
            composer->setEnterSends(enterSends);
    };
    applyEnterSends(appearance.enterSends);

    LockCycle lockCycle(session, window, [&session] {
        return unlockInteractively(session, nullptr);
    });
    QObject::connect(&lockCycle, &LockCycle::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
    QObject::connect(&window, &ui::MainWindow::lockRequested, &lockCycle, &LockCycle::lockNow);
    IdleLock &idleLock = lockCycle.idleLock();

    // `preset`: start adding from it; an empty one: offer the list of presets.
    const auto openSettings = [&](const std::optional<QString> &preset) {
        ui::SettingsDialog dialog(session, prompter, &window);
        QObject::connect(&dialog, &ui::SettingsDialog::autoLockChanged, &idleLock, &IdleLock::setMinutes);
        QObject::connect(&dialog, &ui::SettingsDialog::conversationFontPointSizeChanged, &window, applyFont);
        QObject::connect(&dialog, &ui::SettingsDialog::enterSendsChanged, &window, applyEnterSends);
        if (preset && preset->isEmpty())
            dialog.offerProviderPresets();
        else if (preset)
            dialog.showProvidersPage(*preset);
        dialog.exec();
    };
    QObject::connect(&window, &ui::MainWindow::settingsRequested, &window, [&openSettings] {
        openSettings({});
    });
    QObject::connect(&window, &ui::MainWindow::voiceSettingsRequested, &window, [&] {
        ui::SettingsDialog dialog(session, prompter, &window);
        QObject::connect(&dialog, &ui::SettingsDialog::autoLockChanged, &idleLock, &IdleLock::setMinutes);
        QObject::connect(&dialog, &ui::SettingsDialog::conversationFontPointSizeChanged, &window, applyFont);
        QObject::connect(&dialog, &ui::SettingsDialog::enterSendsChanged, &window, applyEnterSends);
        dialog.showPage(ui::SettingsDialog::Page::Voice);
        dialog.exec();
    });
    // The dashboard's way to the setting that decided a blocked request.
    QObject::connect(
        &window, &ui::MainWindow::auditSettingRequested, &window,
        [&](AuditDecidingSetting setting, const QString &provider, qint64 conversationId) {
            if (setting == AuditDecidingSetting::Conversation) {
                // Local-only is the conversation's own switch, in its header.
                window.openConversation(conversationId);
                window.raise();
                window.activateWindow();
                return;
            }
            ui::SettingsDialog dialog(session, prompter, window.findChild<ui::DashboardWindow *>());
            QObject::connect(&dialog, &ui::SettingsDialog::autoLockChanged, &idleLock, &IdleLock::setMinutes);
            if (setting == AuditDecidingSetting::Provider)
                dialog.showProvider(provider);
            else
                dialog.showPage(ui::SettingsDialog::Page::Privacy);
            dialog.exec();
        });

    window.show();
    lockCycle.arm();
    if (const qint64 id = parser.value(CliOptions::conversationOption()).toLongLong(); id > 0)
        window.openConversation(id);
    // First run: nothing to talk to yet. Explain the two ways, and what each means for privacy.
    if (created && session.providers().isEmpty() && !automated) {
        ui::WelcomeDialog welcome(session, &window);
        welcome.exec();
        if (welcome.choice() == ui::WelcomeDialog::Choice::Local)
            openSettings(QStringLiteral("ollama"));
        else if (welcome.choice() == ui::WelcomeDialog::Choice::Cloud)
            openSettings(QString());
    }
    return QApplication::exec();
}

} // namespace sotto::app
