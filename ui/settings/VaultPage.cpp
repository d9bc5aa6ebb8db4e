// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/VaultPage.h"

#include "core/orchestration/Session.h"
#include "ui/settings/AutoLockSetting.h"
#include "ui/settings/ChangePassphraseBox.h"
#include "ui/settings/KeyringOptIn.h"
#include "ui/widgets/MessageWidget.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sotto::ui {

namespace {

constexpr int DEFAULT_RETENTION_DAYS = 90;

} // namespace

VaultPage::VaultPage(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_autoLock(new QComboBox(this))
    , m_keyring(new KeyringOptIn(session, this))
    , m_passphrase(new ChangePassphraseBox(session, prompter, this))
    , m_keepAll(new QRadioButton(tr("Keep all &conversations"), this))
    , m_deleteOld(new QRadioButton(tr("&Delete conversations not updated for"), this))
    , m_days(new QSpinBox(this))
    , m_message(new MessageWidget(this))
{
    setObjectName(QStringLiteral("vaultPage"));
    m_message->setObjectName(QStringLiteral("vaultMessage"));
    m_autoLock->setObjectName(QStringLiteral("autoLockCombo"));
    m_autoLock->setAccessibleName(tr("Lock the vault after idle time"));
    for (const int minutes : AutoLockSetting::choices())
        m_autoLock->addItem(minutes == 0 ? tr("Never") : tr("After %1 minutes idle").arg(minutes), minutes);
    m_autoLock->setEnabled(false); // until the stored value is known

    m_keepAll->setObjectName(QStringLiteral("keepAllRadio"));
    m_keepAll->setAccessibleName(tr("Keep all conversations"));
    m_deleteOld->setObjectName(QStringLiteral("deleteOldRadio"));
    m_deleteOld->setAccessibleName(tr("Delete old conversations"));
    m_days->setObjectName(QStringLiteral("retentionDaysSpin"));
    m_days->setAccessibleName(tr("Days without an update before a conversation is deleted"));
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    m_days->setKeyboardTracking(false); // apply the number typed, not each digit
    auto *group = new QButtonGroup(this);
    group->addButton(m_keepAll);
    group->addButton(m_deleteOld);

    auto *lockForm = new QFormLayout;
    lockForm->addRow(tr("&Lock automatically:"), m_autoLock);

    auto *retention = new QGroupBox(tr("Retention"), this);
    retention->setObjectName(QStringLiteral("retentionBox"));
    auto *daysRow = new QHBoxLayout;
    daysRow->addWidget(m_deleteOld);
    daysRow->addWidget(m_days);
    daysRow->addStretch();
    auto *warning = new QLabel(tr("Deletion happens every time the vault is unlocked and cannot be undone. "
                                  "Pinned conversations are kept."),
                               retention);
    warning->setObjectName(QStringLiteral("retentionWarning"));
    warning->setWordWrap(true);
    auto *retentionLayout = new QVBoxLayout(retention);
    retentionLayout->addWidget(m_keepAll);
    retentionLayout->addLayout(daysRow);
    retentionLayout->addWidget(warning);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(lockForm);
    layout->addWidget(m_keyring);
    layout->addWidget(m_passphrase);
    layout->addWidget(retention);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_autoLock, &QComboBox::currentIndexChanged, this, &VaultPage::onAutoLockChosen);
    connect(m_keepAll, &QRadioButton::toggled, this, &VaultPage::applyRetention);
    connect(m_days, &QSpinBox::valueChanged, this, &VaultPage::applyRetention);
    connect(m_passphrase, &ChangePassphraseBox::passphraseChanged, m_keyring,
            &KeyringOptIn::updatePassphrase);
    connect(&m_session, &Session::providersChanged, this, &VaultPage::showRetention); // follows every reload
    connect(&m_session, &Session::problem, this, [this](const QString &message) {
        if (isVisible())
            m_message->showMessage(message, MessageWidget::Type::Error);
    });

    showRetention();
    AutoLockSetting::load(m_session, this, [this](int minutes) {
        showAutoLock(minutes);
        m_autoLock->setEnabled(true);
    });
}

bool VaultPage::isBusy() const
{
    return m_passphrase->isBusy();
}

void VaultPage::showAutoLock(int minutes)
{
    m_showing = true;
    int index = m_autoLock->findData(minutes);
    if (index < 0) {
        // A value set elsewhere (the CLI): show it rather than pretend.
        m_autoLock->addItem(tr("After %1 minutes idle").arg(minutes), minutes);
        index = m_autoLock->count() - 1;
    }
    m_autoLock->setCurrentIndex(index);
    m_showing = false;
    if (minutes != m_autoLockMinutes) {
        m_autoLockMinutes = minutes;
        Q_EMIT autoLockChanged(minutes);
    }
}

void VaultPage::onAutoLockChosen()
{
    if (m_showing)
        return;
    const int minutes = m_autoLock->currentData().toInt();
    if (minutes == m_autoLockMinutes)
        return;
    m_autoLockMinutes = minutes;
    AutoLockSetting::save(m_session, minutes, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_message->showMessage(error, MessageWidget::Type::Error);
    });
    Q_EMIT autoLockChanged(minutes);
}

void VaultPage::showRetention()
{
    m_showing = true;
    const int days = m_session.retentionDays();
    m_keepAll->setChecked(days <= 0);
    m_deleteOld->setChecked(days > 0);
    if (days > 0)
        m_days->setValue(days);
    else if (m_days->value() == m_days->minimum())
        m_days->setValue(DEFAULT_RETENTION_DAYS);
    m_days->setEnabled(days > 0);
    m_showing = false;
}

void VaultPage::applyRetention()
{
    m_days->setEnabled(m_deleteOld->isChecked());
    if (m_showing)
        return;
    const int days = m_deleteOld->isChecked() ? m_days->value() : 0;
    if (days != m_session.retentionDays())
        m_session.setRetentionDays(days);
}

} // namespace sotto::ui
