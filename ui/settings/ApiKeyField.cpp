// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/ApiKeyField.h"

#include "core/types/SecretMasker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotto::ui {

ApiKeyField::ApiKeyField(QWidget *parent)
    : QWidget(parent)
    , m_storedRow(new QWidget(this))
    , m_storedText(new QLabel(m_storedRow))
    , m_replace(new QPushButton(tr("Replace…"), m_storedRow))
    , m_clear(new QPushButton(tr("Clear"), m_storedRow))
    , m_edit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("apiKeyField"));
    m_storedRow->setObjectName(QStringLiteral("storedKeyRow"));
    m_storedText->setObjectName(QStringLiteral("storedKeyLabel"));
    m_replace->setObjectName(QStringLiteral("replaceKeyButton"));
    m_replace->setAccessibleName(tr("Replace the stored API key"));
    m_clear->setObjectName(QStringLiteral("clearKeyButton"));
    m_clear->setAccessibleName(tr("Clear the stored API key"));
    m_edit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_edit->setAccessibleName(tr("API key"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    auto *row = new QHBoxLayout(m_storedRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_storedText, 1);
    row->addWidget(m_replace);
    row->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_storedRow);
    layout->addWidget(m_edit);

    connect(m_replace, &QPushButton::clicked, this, &ApiKeyField::onReplace);
    connect(m_clear, &QPushButton::clicked, this, &ApiKeyField::onClear);
    connect(m_edit, &QLineEdit::textChanged, this, &ApiKeyField::changed);
    refresh();
}

void ApiKeyField::reset(const QByteArray &stored, const QString &placeholder)
{
    m_stored = stored;
    m_replacing = false;
    m_cleared = false;
    const QSignalBlocker blocker(m_edit);
    m_edit->clear();
    m_edit->setPlaceholderText(placeholder);
    refresh();
}

QByteArray ApiKeyField::key() const
{
    const QString typed = m_edit->text().trimmed();
    if (!typed.isEmpty())
        return typed.toUtf8();
    return m_cleared ? QByteArray() : m_stored;
}

void ApiKeyField::focusInput()
{
    if (m_edit->isVisibleTo(this))
        m_edit->setFocus();
    else
        m_replace->setFocus();
}

void ApiKeyField::onReplace()
{
    m_replacing = true;
    refresh();
    m_edit->setFocus();
}

void ApiKeyField::onClear()
{
    m_cleared = true;
    refresh();
    Q_EMIT changed();
}

void ApiKeyField::refresh()
{
    const bool stored = !m_stored.isEmpty();
    m_storedRow->setVisible(stored);
    if (m_cleared)
        m_storedText->setText(tr("The stored key is removed when you save."));
    else if (m_replacing)
        m_storedText->setText(tr("The new key replaces the stored one when you save."));
    else
        m_storedText->setText(
            tr("Key stored (%1)").arg(SecretMasker::maskToken(QString::fromUtf8(m_stored))));
    m_storedText->setAccessibleName(m_storedText->text());
    m_replace->setVisible(!m_replacing && !m_cleared);
    m_clear->setVisible(!m_cleared);
    m_edit->setVisible(!stored || m_replacing || m_cleared);
    // The label's shortcut (Alt+K) and Tab land on what can take the key now.
    setFocusProxy(m_edit->isVisibleTo(this)          ? static_cast<QWidget *>(m_edit)
                      : m_replace->isVisibleTo(this) ? m_replace
                                                     : m_clear);
}

} // namespace sotto::ui
