// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sotto {
class Session;
}

namespace sotto::ui {

class MessageWidget;
class Prompter;
class StrengthMeter;

/// "Change passphrase": the current passphrase, the new one with a strength
/// hint, and its confirmation. A weak new passphrase is confirmed through the
/// Prompter. The vault re-encrypts itself on its own thread
/// (VaultService::changePassphrase); the box says clearly whether it worked and
/// emits passphraseChanged() when it did. GUI thread; does not own the session
/// or the prompter.
class ChangePassphraseBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePassphraseBox)

public:
    ChangePassphraseBox(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The vault now opens with `passphrase` only (for the keyring to follow).
    void passphraseChanged(const QString &passphrase);

private:
    void updateState();
    void onChangeClicked();
    void setBusy(bool busy);

    Session &m_session;
    Prompter &m_prompter;
    QLineEdit *m_current;
    QLineEdit *m_next;
    StrengthMeter *m_strength;
    QLabel *m_strengthText;
    QLineEdit *m_confirm;
    QLabel *m_mismatch;
    QPushButton *m_change;
    QProgressBar *m_progress;
    MessageWidget *m_message;
    bool m_busy = false;
};

} // namespace sotto::ui
