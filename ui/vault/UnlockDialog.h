// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QProgressBar;

namespace sotto::ui {

class MessageWidget;

/// Asks for the vault's passphrase. Emits unlockRequested(); the caller answers
/// with setBusy() while the key is derived off the GUI thread, then showError()
/// (the field is cleared and refocused) or accept(). GUI thread.
class UnlockDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockDialog)

public:
    explicit UnlockDialog(const QString &profileDirectory, QWidget *parent = nullptr);

    void setBusy(bool busy);
    bool isBusy() const { return m_isBusy; }
    void showError(const QString &message);
    /// The passphrase kept in the system keyring did not open the vault.
    void showKeyringRefused();

Q_SIGNALS:
    void unlockRequested(const QString &passphrase);

private:
    void onUnlockClicked();
    void updateState();

    QLineEdit *m_passphrase;
    MessageWidget *m_message;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    bool m_isBusy = false;
};

} // namespace sotto::ui
