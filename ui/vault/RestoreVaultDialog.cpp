// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/vault/RestoreVaultDialog.h"

#include "core/store/VaultService.h" // VaultArchiveInfo
#include "ui/vault/PassphraseField.h"
#include "ui/widgets/MessageWidget.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotto::ui {

RestoreVaultDialog::RestoreVaultDialog(const QString &path, const VaultArchiveInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_passphrase(new QLineEdit(this))
    , m_message(new MessageWidget(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("restoreVaultDialog"));
    setWindowTitle(tr("Restore Vault from File"));

    auto *headline = new QLabel(
        tr("<b>Replace your vault with the backup “%1”?</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()),
        this);
    headline->setWordWrap(true);
    const QLocale locale;
    const QDateTime created = info.createdAt.toLocalTime();
    auto *details = new QLabel(tr("Backed up on %1 at %2 · %3")
                                   .arg(locale.toString(created.date(), QLocale::LongFormat),
                                        locale.toString(created.time(), QLocale::ShortFormat),
                                        locale.formattedDataSize(info.fileBytes)),
                               this);
    details->setForegroundRole(QPalette::PlaceholderText);
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *explanation = new QLabel(
        tr("Your conversations, providers and settings become the backup's. The vault you have now is not "
           "deleted: it is kept as a copy in the profile's backups folder, and 'sotto vault restore' puts it "
           "back. Any answer still being written must end first."),
        this);
    explanation->setWordWrap(true);

    PassphraseField::setUp(m_passphrase, QStringLiteral("backupPassphraseEdit"),
                           tr("Passphrase of the backup"));
    m_passphrase->setPlaceholderText(tr("The passphrase the vault had when it was backed up"));

    m_busy->setObjectName(QStringLiteral("restoreBusy"));
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Restoring"));
    m_busy->setVisible(false);

    QPushButton *restore = m_buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(restore, &QPushButton::clicked, this, [this] {
        if (m_passphrase->text().isEmpty() || m_isBusy)
            return;
        setBusy(true);
        Q_EMIT restoreRequested(m_passphrase->text());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_isBusy)
            reject();
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, &RestoreVaultDialog::updateState);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sotto.svg")).pixmap(QSize(48, 48), devicePixelRatioF()));
    auto *texts = new QVBoxLayout;
    texts->addWidget(headline);
    texts->addWidget(details);
    texts->addSpacing(4);
    texts->addWidget(explanation);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(8);
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
    resize(520, sizeHint().height());
}

void RestoreVaultDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    if (busy)
        m_message->hideMessage();
    updateState();
}

void RestoreVaultDialog::showError(const QString &message)
{
    setBusy(false);
    m_message->showMessage(message, MessageWidget::Type::Error);
    m_passphrase->selectAll();
    m_passphrase->setFocus();
}

void RestoreVaultDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_isBusy);
    if (auto *restore = findChild<QPushButton *>(QStringLiteral("restoreButton")))
        restore->setEnabled(!m_isBusy && !m_passphrase->text().isEmpty());
}

} // namespace sotto::ui
