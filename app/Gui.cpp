// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/Gui.h"

#include "app/AppSetup.h"
#include "app/ExitCode.h"
#include "app/GuiSendPrompter.h"
#include "app/cli/CliOptions.h"
#include "app/cli/PassphraseReader.h"
#include "core/orchestration/ChatController.h"
#include "core/orchestration/Session.h"
#include "core/store/Profile.h"
#include "ui/MainWindow.h"
#include "ui/vault/CreateVaultDialog.h"
#include "ui/vault/UnlockDialog.h"
#include "ui/widgets/Prompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>

#include <memory>

namespace sotto::app {

namespace {

/// Shows the create or unlock dialog until the session is unlocked or the user
/// quits. Returns false when the user quit.
bool unlockInteractively(Session &session, QWidget *parent)
{
    std::unique_ptr<QDialog> dialog;
    if (session.vaultExists()) {
        auto *unlock = new ui::UnlockDialog(session.profile().directory(), parent);
        QObject::connect(unlock, &ui::UnlockDialog::unlockRequested, &session, &Session::unlock);
        QObject::connect(&session, &Session::unlockFailed, unlock, [unlock](const QString &message, bool) {
            unlock->showError(message);
        });
        dialog.reset(unlock);
    } else {
        auto *create = new ui::CreateVaultDialog(session.profile().directory(), parent);
        QObject::connect(create, &ui::CreateVaultDialog::createRequested, &session, &Session::create);
        QObject::connect(&session, &Session::unlockFailed, create, [create](const QString &message, bool) {
            create->showError(message);
        });
        dialog.reset(create);
    }
    QObject::connect(&session, &Session::unlocked, dialog.get(), &QDialog::accept);
    return dialog->exec() == QDialog::Accepted;
}

} // namespace

int runGui(int &argc, char **argv)
{
    setApplicationIdentity();
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sotto.svg")));
    installTranslations(app);

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
    if (!unlocked && !unlockInteractively(session, nullptr))
        return ExitLocked;

    ui::MainWindow window(session, prompter);
    QObject::connect(&window, &ui::MainWindow::lockRequested, &window, [&session, &window] {
        session.lock();
        window.hide();
        if (!unlockInteractively(session, nullptr)) {
            QApplication::quit();
            return;
        }
        window.show();
    });
    window.show();
    return QApplication::exec();
}

} // namespace sotto::app
