// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/UnlockFlow.h"

#include "core/common/Keyring.h"
#include "core/orchestration/Session.h"
#include "core/store/Profile.h"
#include "ui/vault/CreateVaultDialog.h"
#include "ui/vault/UnlockDialog.h"

#include <memory>

namespace sotto::app {

namespace {

/// Asks the system keyring for the vault's passphrase and, if it has one,
/// unlocks with it while `dialog` shows that it is busy. The user can type the
/// passphrase until then; a keyring that takes long is simply not waited for.
void unlockFromKeyring(Session &session, ui::UnlockDialog *dialog)
{
    Keyring::recall(session.profile().directory(), dialog,
                    [&session, dialog](Expected<QByteArray, Error<KeyringError>> remembered) {
                        if (!remembered || remembered->isEmpty() || session.isUnlocked() || dialog->isBusy())
                            return;
                        const QString passphrase = QString::fromUtf8(*remembered);
                        remembered->fill('\0');
                        // A stale entry: say so, rather than "wrong passphrase" to someone who typed none.
                        auto refused = std::make_shared<QMetaObject::Connection>();
                        *refused = QObject::connect(&session, &Session::unlockFailed, dialog,
                                                    [dialog, refused](const QString &, bool wrongPassphrase) {
                                                        QObject::disconnect(*refused);
                                                        // Other failures (open elsewhere, damaged) keep their
                                                        // own message.
                                                        if (wrongPassphrase)
                                                            dialog->showKeyringRefused();
                                                    });
                        dialog->setBusy(true);
                        session.unlock(passphrase);
                    });
}

} // namespace

bool unlockInteractively(Session &session, QWidget *parent, AskKeyring askKeyring)
{
    std::unique_ptr<QDialog> dialog;
    if (session.vaultExists()) {
        auto *unlock = new ui::UnlockDialog(session.profile().directory(), parent);
        QObject::connect(unlock, &ui::UnlockDialog::unlockRequested, &session, &Session::unlock);
        QObject::connect(&session, &Session::unlockFailed, unlock, [unlock](const QString &message, bool) {
            unlock->showError(message);
        });
        if (askKeyring == AskKeyring::Yes && Keyring::isRemembered(session.profile().directory()))
            unlockFromKeyring(session, unlock);
        dialog.reset(unlock);
    } else {
        auto *create = new ui::CreateVaultDialog(session.profile().directory(), nullptr, parent);
        QObject::connect(create, &ui::CreateVaultDialog::createRequested, &session, &Session::create);
        QObject::connect(&session, &Session::unlockFailed, create, [create](const QString &message, bool) {
            create->showError(message);
        });
        dialog.reset(create);
    }
    QObject::connect(&session, &Session::unlocked, dialog.get(), &QDialog::accept);
    return dialog->exec() == QDialog::Accepted;
}

} // namespace sotto::app
