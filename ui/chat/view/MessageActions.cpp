// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/chat/view/MessageActions.h"

#include "ui/theme/IconSet.h"
#include "ui/theme/ThemeRoles.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QToolButton>

namespace sotto::ui {

namespace {

constexpr int ICON_SIZE = 16;
constexpr int BUTTON_SIZE = 26;

} // namespace

MessageActions::MessageActions(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageActions"));
    setAccessibleName(tr("Message actions"));
    setFrameShape(QFrame::NoFrame);
    // Opaque, in the page's colour: it sits on the message's footer line.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_copy = addButton(Action::Copy, QStringLiteral("copyAction"), tr("Copy this message's text"),
                       tr("Copy message"));
    m_regenerate
        = addButton(Action::Regenerate, QStringLiteral("regenerateAction"),
                    tr("Ask for another answer (this one is kept as a version)"), tr("Regenerate answer"));
    m_edit = addButton(Action::Edit, QStringLiteral("editAction"),
                       tr("Edit this question and ask again (the answer so far is kept as a version)"),
                       tr("Edit message"));
    // The destructive action apart from the others.
    layout->addSpacing(14);
    m_delete = addButton(Action::Delete, QStringLiteral("deleteAction"),
                         tr("Delete this message from the vault (asks first)"), tr("Delete message"));
    m_copied.setSingleShot(true);
    m_copied.setInterval(2000);
    connect(&m_copied, &QTimer::timeout, this, [this] {
        updateIcons();
        m_copy->setToolTip(tr("Copy this message's text"));
    });
    updateIcons();
    hide();
}

QToolButton *MessageActions::addButton(Action action, const QString &name, const QString &tip,
                                       const QString &accessible)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setAccessibleName(accessible);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    button->setIconSize(QSize(ICON_SIZE, ICON_SIZE));
    button->setFixedSize(BUTTON_SIZE, BUTTON_SIZE);
    button->setCursor(Qt::PointingHandCursor);
    button->installEventFilter(this);
    connect(button, &QToolButton::clicked, this, [this, action] {
        Q_EMIT triggered(action, m_message);
    });
    layout()->addWidget(button);
    return button;
}

void MessageActions::setMessage(qint64 messageId, bool user)
{
    m_message = messageId;
    m_regenerate->setVisible(!user);
    m_edit->setVisible(user);
    adjustSize();
}

QToolButton *MessageActions::button(Action action) const
{
    switch (action) {
    case Action::Copy:
        return m_copy;
    case Action::Regenerate:
        return m_regenerate;
    case Action::Edit:
        return m_edit;
    case Action::Delete:
        return m_delete;
    }
    return nullptr;
}

bool MessageActions::hasFocusWithin() const
{
    return m_copy->hasFocus() || m_regenerate->hasFocus() || m_edit->hasFocus() || m_delete->hasFocus();
}

void MessageActions::showCopied()
{
    m_copy->setIcon(IconSet::icon(IconSet::Icon::Check, palette()));
    m_copy->setToolTip(tr("✓ Copied"));
    m_copied.start();
}

void MessageActions::updateIcons()
{
    const QPalette &colours = palette();
    m_copy->setIcon(IconSet::icon(IconSet::Icon::Copy, colours));
    m_regenerate->setIcon(IconSet::icon(IconSet::Icon::Regenerate, colours));
    m_edit->setIcon(IconSet::icon(IconSet::Icon::Edit, colours));
    // Drawn in the danger colour: ours, never the theme's, whose colours are its own.
    QPalette danger = colours;
    danger.setColor(QPalette::Text, ThemeRoles::from(colours).danger);
    danger.setColor(QPalette::WindowText, ThemeRoles::from(colours).danger);
    m_delete->setIcon(IconSet::ownIcon(IconSet::Icon::Delete, danger));
}

void MessageActions::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_delete) // not while the buttons are being made
        updateIcons();
}

bool MessageActions::eventFilter(QObject *watched, QEvent *event)
{
    // Enter presses a focused button, as Space does.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (auto *button = qobject_cast<QToolButton *>(watched)) {
                button->click();
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace sotto::ui
