// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/KeyringOptIn.h"

#include "core/common/Keyring.h"
#include "core/orchestration/Session.h"
#include "ui/vault/PassphraseField.h"
#include "ui/widgets/MessageWidget.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotto::ui {

KeyringOptIn::KeyringOptIn(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_check(new QCheckBox(tr("Remember the passphrase in the system &keyring"), this))
    , m_askRow(new QWidget(this))
    , m_passphrase(new QLineEdit(m_askRow))
    , m_remember(new QPushButton(tr("Remember"), m_askRow))
    , m_cancel(new QPushButton(tr("Cancel"), m_askRow))
    , m_message(new MessageWidget(this))
{
    setObjectName(QStringLiteral("keyringOptIn"));
    m_message->setObjectName(QStringLiteral("keyringMessage"));
    m_check->setObjectName(QStringLiteral("keyringCheck"));
    m_check->setAccessibleName(tr("Remember the passphrase in the system keyring"));
    PassphraseField::setUp(m_passphrase, QStringLiteral("keyringPassphraseEdit"),
                           tr("Passphrase to remember"));
    m_passphrase->setPlaceholderText(tr("Your vault passphrase"));
    m_remember->setObjectName(QStringLiteral("keyringRememberButton"));
    m_remember->setAccessibleName(tr("Remember the passphrase"));
    m_cancel->setObjectName(QStringLiteral("keyringCancelButton"));
    m_cancel->setAccessibleName(tr("Do not remember the passphrase"));
    m_askRow->setObjectName(QStringLiteral("keyringAskRow"));
    m_askRow->hide();

    auto *note
        = new QLabel(tr("Sotto then unlocks without asking while you are logged in. Anyone who can use "
                        "your account while it is unlocked can open the vault too."),
                     this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setContentsMargins(24, 0, 0, 0);

    auto *askLayout = new QHBoxLayout(m_askRow);
    askLayout->setContentsMargins(24, 0, 0, 0);
    askLayout->addWidget(m_passphrase, 1);
    askLayout->addWidget(m_remember);
    askLayout->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(note);
    layout->addWidget(m_askRow);
    layout->addWidget(m_message);

    connect(m_check, &QCheckBox::toggled, this, &KeyringOptIn::onToggled);
    connect(m_remember, &QPushButton::clicked, this, &KeyringOptIn::onRememberClicked);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &KeyringOptIn::onRememberClicked);
    connect(m_cancel, &QPushButton::clicked, this, &KeyringOptIn::cancelAsking);
    connect(m_passphrase, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_remember->setEnabled(!text.isEmpty());
    });
    m_remember->setEnabled(false);

    // What start-up goes by: the marker beside the vault.
    setChecked(Keyring::isRemembered(m_session.profile().directory()));
}

bool KeyringOptIn::isRemembered() const
{
    return m_check->isChecked() && m_askRow->isHidden();
}

void KeyringOptIn::updatePassphrase(const QString &passphrase)
{
    if (!isRemembered())
        return;
    Keyring::remember(
        m_session.profile().directory(), passphrase.toUtf8(), this,
        [this](Expected<void, Error<KeyringError>> done) {
            if (!done)
                m_message->showMessage(
                    tr("The keyring still holds the old passphrase: %1").arg(done.error().message),
                    MessageWidget::Type::Error);
        });
}

void KeyringOptIn::onToggled(bool on)
{
    if (m_settingCheck)
        return;
    m_message->hideMessage();
    if (on) {
        m_askRow->show();
        m_passphrase->setFocus();
        return;
    }
    if (!m_askRow->isHidden()) {
        cancelAsking();
        return;
    }
    setBusy(true);
    Keyring::forget(m_session.profile().directory(), this, [this](Expected<void, Error<KeyringError>> done) {
        setBusy(false);
        if (!done) {
            setChecked(true);
            m_message->showMessage(done.error().message, MessageWidget::Type::Error);
            return;
        }
        storeOptIn(false);
        m_message->showMessage(tr("The passphrase was removed from the system keyring."),
                               MessageWidget::Type::Information);
    });
}

void KeyringOptIn::onRememberClicked()
{
    if (m_passphrase->text().isEmpty() || !m_remember->isEnabled())
        return;
    setBusy(true);
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    // Only the vault's own passphrase is worth keeping: a typo would make every
    // start try it in vain. Checked on the vault's thread (a key derivation).
    m_session.verifyPassphrase(m_passphrase->text(), this, [this, passphrase](VaultResult<void> verified) {
        if (!verified) {
            setBusy(false);
            m_passphrase->clear();
            m_passphrase->setFocus();
            m_message->showMessage(verified.error().message, MessageWidget::Type::Error);
            return;
        }
        rememberVerified(passphrase);
    });
}

void KeyringOptIn::rememberVerified(const QByteArray &passphrase)
{
    Keyring::remember(m_session.profile().directory(), passphrase, this,
                      [this](Expected<void, Error<KeyringError>> done) {
                          setBusy(false);
                          m_passphrase->clear();
                          m_askRow->hide();
                          if (!done) {
                              setChecked(false);
                              m_message->showMessage(done.error().message, MessageWidget::Type::Error);
                              return;
                          }
                          storeOptIn(true);
                          m_message->showMessage(tr("The passphrase is now kept in the system keyring."),
                                                 MessageWidget::Type::Positive);
                      });
}

void KeyringOptIn::cancelAsking()
{
    m_passphrase->clear();
    m_askRow->hide();
    setChecked(false);
}

void KeyringOptIn::setChecked(bool on)
{
    m_settingCheck = true;
    m_check->setChecked(on);
    m_settingCheck = false;
}

void KeyringOptIn::storeOptIn(bool on)
{
    m_session.writeSetting(QString::fromLatin1(KEY), on ? QStringLiteral("on") : QString(), this,
                           [this](VaultResult<void> stored) {
                               if (!stored)
                                   m_message->showMessage(stored.error().message, MessageWidget::Type::Error);
                           });
}

void KeyringOptIn::setBusy(bool busy)
{
    m_check->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_remember->setEnabled(!busy && !m_passphrase->text().isEmpty());
    m_cancel->setEnabled(!busy);
}

} // namespace sotto::ui
