// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/vault/UnlockDialog.h"

#include "ui/vault/PassphraseField.h"
#include "ui/widgets/MessageWidget.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotto::ui {

UnlockDialog::UnlockDialog(const QString &profileDirectory, QWidget *parent)
    : QDialog(parent)
    , m_passphrase(new QLineEdit(this))
    , m_message(new MessageWidget(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock your vault"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sotto.svg")));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sotto.svg")).pixmap(QSize(64, 64), devicePixelRatioF()));
    auto *headline = new QLabel(tr("Enter your passphrase to open your conversations."), this);
    headline->setWordWrap(true);
    auto *location = new QLabel(profileDirectory.toHtmlEscaped(), this);
    location->setForegroundRole(QPalette::PlaceholderText);
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    location->setWordWrap(true);

    PassphraseField::setUp(m_passphrase, QStringLiteral("passphraseEdit"), tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Passphrase"));

    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Unlocking"));
    m_busy->setVisible(false);

    QPushButton *unlock = m_buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    QPushButton *quit = m_buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(unlock, &QPushButton::clicked, this, &UnlockDialog::onUnlockClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateState);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(headline);
    texts->addWidget(location);
    top->addLayout(texts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(m_buttons);
    updateState();
    resize(440, sizeHint().height());
}

void UnlockDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    if (busy)
        m_message->hideMessage();
    updateState();
}

void UnlockDialog::showError(const QString &message)
{
    setBusy(false);
    m_message->showMessage(message, MessageWidget::Type::Error);
    m_passphrase->clear();
    m_passphrase->setFocus();
}

void UnlockDialog::showKeyringRefused()
{
    showError(tr("The passphrase kept in the system keyring does not open this vault. Type the passphrase "
                 "to unlock it, then remember the new one in Settings → Vault."));
}

void UnlockDialog::updateState()
{
    m_buttons->buttons().constFirst()->setEnabled(!m_passphrase->text().isEmpty() && !m_isBusy);
}

void UnlockDialog::onUnlockClicked()
{
    if (m_isBusy || m_passphrase->text().isEmpty())
        return;
    setBusy(true);
    Q_EMIT unlockRequested(m_passphrase->text());
}

} // namespace sotto::ui
