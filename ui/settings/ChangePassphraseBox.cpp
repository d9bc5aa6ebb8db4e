// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/ChangePassphraseBox.h"

#include "core/common/PassphraseStrength.h"
#include "core/orchestration/Session.h"
#include "core/store/VaultService.h"
#include "ui/vault/PassphraseField.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/StrengthMeter.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotto::ui {

ChangePassphraseBox::ChangePassphraseBox(Session &session, Prompter &prompter, QWidget *parent)
    : QGroupBox(tr("Change passphrase"), parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_current(new QLineEdit(this))
    , m_next(new QLineEdit(this))
    , m_strength(new StrengthMeter(this))
    , m_strengthText(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_mismatch(new QLabel(tr("The new passphrases do not match."), this))
    , m_change(new QPushButton(tr("C&hange passphrase"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new MessageWidget(this))
{
    setObjectName(QStringLiteral("changePassphraseBox"));
    m_message->setObjectName(QStringLiteral("passphraseMessage"));
    PassphraseField::setUp(m_current, QStringLiteral("currentPassphraseEdit"), tr("Current passphrase"));
    PassphraseField::setUp(m_next, QStringLiteral("newPassphraseEdit"), tr("New passphrase"));
    PassphraseField::setUp(m_confirm, QStringLiteral("confirmPassphraseEdit"),
                           tr("Confirm the new passphrase"));
    m_strength->setObjectName(QStringLiteral("newStrengthMeter"));
    m_strength->setAccessibleName(tr("New passphrase strength"));
    m_strengthText->setObjectName(QStringLiteral("newStrengthText"));
    m_strengthText->setWordWrap(true);
    m_mismatch->setObjectName(QStringLiteral("newMismatchText"));
    m_mismatch->hide();
    m_change->setObjectName(QStringLiteral("changePassphraseButton"));
    m_change->setAccessibleName(tr("Change passphrase"));
    m_progress->setObjectName(QStringLiteral("changePassphraseBusy"));
    m_progress->setAccessibleName(tr("Re-encrypting the vault"));
    m_progress->setRange(0, 0);
    m_progress->hide();

    auto *note = new QLabel(tr("The vault is re-encrypted under the new passphrase. The old one stops "
                               "working, and there is still no way to recover a lost passphrase."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("C&urrent:"), m_current);
    form->addRow(tr("&New:"), m_next);
    form->addRow(QString(), m_strength);
    form->addRow(QString(), m_strengthText);
    form->addRow(tr("Con&firm:"), m_confirm);
    form->addRow(QString(), m_mismatch);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_progress, 1);
    buttonRow->addStretch();
    buttonRow->addWidget(m_change);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addLayout(buttonRow);
    layout->addWidget(m_message);

    connect(m_current, &QLineEdit::textChanged, this, &ChangePassphraseBox::updateState);
    connect(m_next, &QLineEdit::textChanged, this, &ChangePassphraseBox::updateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &ChangePassphraseBox::updateState);
    connect(m_change, &QPushButton::clicked, this, &ChangePassphraseBox::onChangeClicked);
    connect(m_confirm, &QLineEdit::returnPressed, this, &ChangePassphraseBox::onChangeClicked);
    updateState();
}

void ChangePassphraseBox::updateState()
{
    const PassphraseStrength strength = PassphraseStrength::estimate(m_next->text());
    m_strength->setStrength(strength);
    m_strengthText->setText(m_next->text().isEmpty() ? QString() : strength.description());
    m_strengthText->setAccessibleName(m_strengthText->text());
    m_mismatch->setVisible(!m_confirm->text().isEmpty() && m_confirm->text() != m_next->text());
    m_change->setEnabled(!m_busy && !m_current->text().isEmpty() && !m_next->text().isEmpty()
                         && m_confirm->text() == m_next->text());
}

void ChangePassphraseBox::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_current->setEnabled(!busy);
    m_next->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    updateState();
}

void ChangePassphraseBox::onChangeClicked()
{
    if (!m_change->isEnabled())
        return;
    if (m_next->text() == m_current->text()) {
        m_message->showMessage(tr("The new passphrase is the same as the current one."),
                               MessageWidget::Type::Warning);
        return;
    }
    if (!PassphraseStrength::estimate(m_next->text()).isAcceptable()) {
        const auto answer = m_prompter.question(
            this, tr("Weak passphrase"),
            tr("The new passphrase is easy to guess. Anyone who copies the vault file could try many "
               "passphrases quickly. Use it anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    const QString next = m_next->text();
    setBusy(true);
    m_message->hideMessage();
    // The session outlives this box; the guard tells whether the box is still there.
    QPointer<ChangePassphraseBox> guard(this);
    m_session.vault()
        .changePassphrase(SecretBytes::fromString(m_current->text()), SecretBytes::fromString(next))
        .then(&m_session, [guard, next](const VaultResult<void> &changed) {
            if (!guard)
                return;
            guard->setBusy(false);
            if (!changed) {
                const bool wrong = changed.error().code == VaultError::WrongPassphrase;
                guard->m_message->showMessage(
                    wrong ? tr("The current passphrase is not right. Nothing was changed.")
                          : tr("The passphrase was not changed: %1").arg(changed.error().message),
                    MessageWidget::Type::Error);
                if (wrong) {
                    guard->m_current->clear();
                    guard->m_current->setFocus();
                }
                return;
            }
            guard->m_current->clear();
            guard->m_next->clear();
            guard->m_confirm->clear();
            guard->m_message->showMessage(tr("Passphrase changed. Use the new passphrase from now on."),
                                          MessageWidget::Type::Positive);
            Q_EMIT guard->passphraseChanged(next);
        });
}

} // namespace sotto::ui
