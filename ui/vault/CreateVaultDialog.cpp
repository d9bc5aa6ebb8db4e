// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/vault/CreateVaultDialog.h"

#include "core/common/PassphraseStrength.h"
#include "ui/vault/PassphraseField.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/StrengthMeter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotto::ui {

CreateVaultDialog::CreateVaultDialog(const QString &profileDirectory, Prompter *prompter, QWidget *parent)
    : QDialog(parent)
    , m_passphrase(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_strength(new StrengthMeter(this))
    , m_strengthText(new QLabel(this))
    , m_mismatch(new QLabel(this))
    , m_understood(new QCheckBox(this))
    , m_message(new MessageWidget(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("createVaultDialog"));
    setWindowTitle(tr("Create your vault"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sotto.svg")));

    auto *intro
        = new QLabel(tr("Sotto keeps your conversations, images, API keys and its record of what "
                        "was sent in an encrypted vault on this computer. Choose a passphrase to lock it."),
                     this);
    intro->setWordWrap(true);
    auto *location = new QLabel(tr("Vault folder: %1").arg(profileDirectory.toHtmlEscaped()), this);
    location->setForegroundRole(QPalette::PlaceholderText);
    location->setWordWrap(true);
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);

    PassphraseField::setUp(m_passphrase, QStringLiteral("passphraseEdit"), tr("Passphrase"));
    PassphraseField::setUp(m_confirm, QStringLiteral("confirmEdit"), tr("Confirm passphrase"));

    m_strength->setObjectName(QStringLiteral("strengthMeter"));
    m_strength->setAccessibleName(tr("Passphrase strength"));
    m_strengthText->setObjectName(QStringLiteral("strengthText"));
    m_mismatch->setObjectName(QStringLiteral("mismatchText"));
    m_mismatch->setText(tr("The passphrases do not match."));
    m_mismatch->setVisible(false);

    auto *warning = new QLabel(tr("<b>There is no way to recover a lost passphrase.</b> Nobody — not even "
                                  "the makers of Sotto — can open the vault without it. Write it down "
                                  "somewhere safe."),
                               this);
    warning->setWordWrap(true);
    m_understood->setObjectName(QStringLiteral("understoodCheck"));
    m_understood->setText(tr("I understand that a forgotten passphrase cannot be recovered"));

    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setFormat(tr("Creating the vault…"));
    m_busy->setAccessibleName(tr("Creating the vault"));
    m_busy->setVisible(false);

    QPushButton *create = m_buttons->addButton(tr("Create vault"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    QPushButton *quit = m_buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(create, &QPushButton::clicked, this, &CreateVaultDialog::onCreateClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_strength);
    form->addRow(QString(), m_strengthText);
    form->addRow(tr("&Confirm:"), m_confirm);
    form->addRow(QString(), m_mismatch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(location);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(warning);
    layout->addWidget(m_understood);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_passphrase, &QLineEdit::textChanged, this, &CreateVaultDialog::updateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &CreateVaultDialog::updateState);
    connect(m_understood, &QCheckBox::toggled, this, &CreateVaultDialog::updateState);
    updateState();
    resize(520, sizeHint().height());
}

void CreateVaultDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_understood->setEnabled(!busy);
    if (busy)
        m_message->hideMessage();
    updateState();
}

void CreateVaultDialog::showError(const QString &message)
{
    setBusy(false);
    m_message->showMessage(message, MessageWidget::Type::Error);
}

void CreateVaultDialog::updateState()
{
    const PassphraseStrength strength = PassphraseStrength::estimate(m_passphrase->text());
    m_strength->setStrength(strength);
    m_strengthText->setText(strength.description());
    m_strengthText->setAccessibleName(strength.description());

    const bool mismatch = !m_confirm->text().isEmpty() && m_confirm->text() != m_passphrase->text();
    m_mismatch->setVisible(mismatch);

    const bool ready = !m_passphrase->text().isEmpty() && m_confirm->text() == m_passphrase->text()
        && m_understood->isChecked() && !m_isBusy;
    m_buttons->buttons().constFirst()->setEnabled(ready);
}

CreateVaultDialog::~CreateVaultDialog() = default;

void CreateVaultDialog::onCreateClicked()
{
    if (m_isBusy || m_passphrase->text() != m_confirm->text() || !m_understood->isChecked())
        return;
    if (!PassphraseStrength::estimate(m_passphrase->text()).isAcceptable()) {
        if (!m_prompter) {
            m_ownPrompter = std::make_unique<MessageBoxPrompter>();
            m_prompter = m_ownPrompter.get();
        }
        const auto answer = m_prompter->question(this, tr("Weak passphrase"),
                                                 tr("This passphrase is easy to guess. Anyone who copies the "
                                                    "vault file could try many passphrases "
                                                    "quickly. Use it anyway?"),
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    setBusy(true);
    Q_EMIT createRequested(m_passphrase->text());
}

} // namespace sotto::ui
