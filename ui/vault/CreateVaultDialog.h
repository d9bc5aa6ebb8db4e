// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace sotto::ui {

class MessageWidget;
class Prompter;
class StrengthMeter;

/// First run: choose the vault's passphrase. Shows a strength estimate, checks the
/// confirmation, and makes the user acknowledge that a lost passphrase cannot be
/// recovered. It does not create anything itself: it emits createRequested() and
/// the caller answers with setBusy()/showError(), then accept()s it when the vault
/// exists. An easily guessed passphrase is confirmed first, through `prompter`
/// (a message box when none is given). GUI thread; owned by its parent or the caller.
class CreateVaultDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateVaultDialog)

public:
    explicit CreateVaultDialog(const QString &profileDirectory, Prompter *prompter = nullptr,
                               QWidget *parent = nullptr);
    ~CreateVaultDialog() override;

    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void createRequested(const QString &passphrase);

private:
    void updateState();
    void onCreateClicked();

    QLineEdit *m_passphrase;
    QLineEdit *m_confirm;
    StrengthMeter *m_strength;
    QLabel *m_strengthText;
    QLabel *m_mismatch;
    QCheckBox *m_understood;
    MessageWidget *m_message;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    bool m_isBusy = false;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
};

} // namespace sotto::ui
