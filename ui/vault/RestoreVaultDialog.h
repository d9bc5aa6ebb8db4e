// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QProgressBar;

namespace sotto {
struct VaultArchiveInfo;
}

namespace sotto::ui {

class MessageWidget;

/// File › Restore Vault from File…: says which backup will replace the vault and
/// what happens to the vault there now, and asks for the backup's passphrase.
/// Restore emits restoreRequested(); the caller runs it and answers with
/// showError() (the dialog stays) or closes it. GUI thread.
class RestoreVaultDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreVaultDialog)

public:
    RestoreVaultDialog(const QString &path, const VaultArchiveInfo &info, QWidget *parent = nullptr);

    void setBusy(bool busy);
    bool isBusy() const { return m_isBusy; }
    void showError(const QString &message);

Q_SIGNALS:
    void restoreRequested(const QString &passphrase);

private:
    void updateState();

    QLineEdit *m_passphrase;
    MessageWidget *m_message;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    bool m_isBusy = false;
};

} // namespace sotto::ui
