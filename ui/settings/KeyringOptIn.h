// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace sotto {
class Session;
}

namespace sotto::ui {

class MessageWidget;

/// "Remember passphrase in the system keyring", strictly opt-in. Ticking it asks
/// once, inline, for the passphrase and hands it to Keyring::remember for this
/// profile; unticking calls Keyring::forget. Any failure ("no keyring
/// available") is shown inline and the box returns to its previous state: there
/// is never a plaintext fallback. Whether the user opted in is kept in the
/// vault's settings ("keyring-remember") so the box shows it next time.
/// GUI thread; does not own the session.
class KeyringOptIn final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyringOptIn)

public:
    static constexpr char KEY[] = "keyring-remember";

    explicit KeyringOptIn(Session &session, QWidget *parent = nullptr);

    bool isRemembered() const;
    /// After a passphrase change: the keyring follows when the user opted in.
    void updatePassphrase(const QString &passphrase);

private:
    void onToggled(bool on);
    void onRememberClicked();
    void rememberVerified(const QByteArray &passphrase);
    void cancelAsking();
    void setChecked(bool on);
    void storeOptIn(bool on);
    void setBusy(bool busy);

    Session &m_session;
    QCheckBox *m_check;
    QWidget *m_askRow;
    QLineEdit *m_passphrase;
    QPushButton *m_remember;
    QPushButton *m_cancel;
    MessageWidget *m_message;
    bool m_settingCheck = false;
};

} // namespace sotto::ui
