// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/RedactionBox.h"

#include "core/orchestration/RedactionSettings.h"
#include "ui/widgets/MessageWidget.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotto::ui {

RedactionBox::RedactionBox(RedactionSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_policy(new QComboBox(this))
    , m_terms(new QListWidget(this))
    , m_newTerm(new QLineEdit(this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_message(new MessageWidget(this))
{
    setObjectName(QStringLiteral("redactionBox"));
    m_policy->setObjectName(QStringLiteral("redactionPolicyCombo"));
    m_policy->setAccessibleName(tr("Withhold personal data"));
    m_policy->addItem(tr("Off"), int(RedactionPolicy::Off));
    m_policy->addItem(tr("Internet destinations only (default)"), int(RedactionPolicy::Internet));
    m_policy->addItem(tr("Everywhere, also this computer"), int(RedactionPolicy::Always));
    m_terms->setObjectName(QStringLiteral("redactionTermsList"));
    m_terms->setAccessibleName(tr("Your terms"));
    m_terms->setMaximumHeight(120);
    m_newTerm->setObjectName(QStringLiteral("redactionTermEdit"));
    m_newTerm->setAccessibleName(tr("New term"));
    m_newTerm->setPlaceholderText(tr("A name, a company, a code name"));
    m_add->setObjectName(QStringLiteral("addTermButton"));
    m_add->setAccessibleName(tr("Add term"));
    m_remove->setObjectName(QStringLiteral("removeTermButton"));
    m_remove->setAccessibleName(tr("Remove term"));
    m_message->setObjectName(QStringLiteral("redactionMessage"));

    // Delete removes the chosen term while the list has the focus.
    auto *deleteTerm = new QAction(tr("Remove term"), m_terms);
    deleteTerm->setShortcut(QKeySequence::Delete);
    deleteTerm->setShortcutContext(Qt::WidgetShortcut);
    m_terms->addAction(deleteTerm);

    auto *statement = new QLabel(
        tr("Before a request leaves, Sotto replaces the personal data it recognises with placeholders "
           "and puts the originals back into the answer. It recognises e-mail addresses, phone numbers, "
           "payment cards, IBANs, IP addresses, keys and tokens, and your terms below. <b>Detection can "
           "miss things:</b> it goes by shape, not meaning, so a name not on your list, a number written "
           "in words or anything in an image is sent as it is. For data that must not leave at all, use a "
           "provider on this computer or make the conversation local-only."),
        this);
    statement->setObjectName(QStringLiteral("redactionStatement"));
    statement->setWordWrap(true);
    statement->setTextFormat(Qt::RichText);
    statement->setForegroundRole(QPalette::PlaceholderText);
    statement->setContentsMargins(24, 0, 0, 8);

    auto *policyRow = new QFormLayout;
    policyRow->addRow(tr("&Withhold personal data:"), m_policy);
    auto *termsLabel = new QLabel(tr("Your &terms (withheld wherever they appear, in any case):"), this);
    termsLabel->setBuddy(m_newTerm);
    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_newTerm, 1);
    entryRow->addWidget(m_add);
    entryRow->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(policyRow);
    layout->addWidget(statement);
    layout->addWidget(termsLabel);
    layout->addWidget(m_terms);
    layout->addLayout(entryRow);
    layout->addWidget(m_message);

    connect(m_policy, &QComboBox::currentIndexChanged, this, &RedactionBox::onPolicyChosen);
    // Enter adds the term and stays here: it must not reach the dialog, whose default
    // button would act on it (close the settings, or add a second time).
    m_newTerm->installEventFilter(this);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    connect(m_newTerm, &QLineEdit::textChanged, this, &RedactionBox::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &RedactionBox::addTerm);
    connect(m_remove, &QPushButton::clicked, this, &RedactionBox::removeTerm);
    connect(deleteTerm, &QAction::triggered, this, &RedactionBox::removeTerm);
    connect(m_terms, &QListWidget::currentRowChanged, this, &RedactionBox::updateButtons);
    updateButtons();
    reload();
}

void RedactionBox::reload()
{
    m_settings.read(this, [this](VaultResult<RedactionSettings::State> state) {
        if (!state) {
            showError(state.error().message);
            return;
        }
        m_showing = true;
        m_policy->setCurrentIndex(m_policy->findData(int(state->policy)));
        const QString current = m_terms->currentItem() ? m_terms->currentItem()->text() : QString();
        m_terms->clear();
        m_terms->addItems(state->terms);
        const QList<QListWidgetItem *> again = m_terms->findItems(current, Qt::MatchExactly);
        if (!again.isEmpty())
            m_terms->setCurrentItem(again.first());
        m_showing = false;
        updateButtons();
    });
}

bool RedactionBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newTerm && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTerm();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RedactionBox::onPolicyChosen()
{
    if (m_showing)
        return;
    m_settings.setPolicy(RedactionPolicy(m_policy->currentData().toInt()), this,
                         [this](const VaultResult<void> &stored) {
                             if (!stored)
                                 showError(stored.error().message);
                             reload();
                         });
}

void RedactionBox::addTerm()
{
    const QString term = m_newTerm->text().trimmed();
    if (term.isEmpty())
        return;
    m_settings.addTerm(term, this, [this, term](const VaultResult<bool> &added) {
        if (!added) {
            showError(added.error().message);
            return;
        }
        if (*added)
            m_newTerm->clear();
        else
            m_message->showMessage(tr("“%1” is already on the list.").arg(term),
                                   MessageWidget::Type::Information);
        reload();
    });
}

void RedactionBox::removeTerm()
{
    const QListWidgetItem *item = m_terms->currentItem();
    if (!item)
        return;
    m_settings.removeTerm(item->text(), this, [this](const VaultResult<bool> &removed) {
        if (!removed)
            showError(removed.error().message);
        reload();
    });
}

void RedactionBox::updateButtons()
{
    m_add->setEnabled(!m_newTerm->text().trimmed().isEmpty());
    m_remove->setEnabled(m_terms->currentItem() != nullptr);
}

void RedactionBox::showError(const QString &message)
{
    m_message->showMessage(message, MessageWidget::Type::Error);
}

} // namespace sotto::ui
