// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QWidget>

class QComboBox;
class QRadioButton;
class QSpinBox;

namespace sotto {
class Session;
}

namespace sotto::ui {

class ChangePassphraseBox;
class KeyringOptIn;
class MessageWidget;
class Prompter;

/// The Vault page: lock after idle (off / 5 / 15 / 30 / 60 minutes, kept by
/// AutoLockSetting; the main window runs the timer), change passphrase,
/// remember the passphrase in the system keyring, and retention (keep all, or
/// delete conversations not updated for N days, applied at every unlock through
/// Session::setRetentionDays). GUI thread; does not own the session or prompter.
class VaultPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultPage)

public:
    VaultPage(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    /// 0 when the vault never locks by itself (also until the stored value is read).
    int autoLockMinutes() const { return m_autoLockMinutes; }
    bool isBusy() const;

Q_SIGNALS:
    void autoLockChanged(int minutes);

private:
    void showAutoLock(int minutes);
    void onAutoLockChosen();
    void showRetention();
    void applyRetention();

    Session &m_session;
    QComboBox *m_autoLock;
    // In the order they are laid out, which is the order Tab visits them.
    KeyringOptIn *m_keyring;
    ChangePassphraseBox *m_passphrase;
    QRadioButton *m_keepAll;
    QRadioButton *m_deleteOld;
    QSpinBox *m_days;
    MessageWidget *m_message;
    int m_autoLockMinutes = 0;
    bool m_showing = false;
};

} // namespace sotto::ui
