// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/SegmentedControl.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

namespace sotto::ui {

SegmentedControl::SegmentedControl(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            Q_EMIT currentChanged(id);
    });
    restyle();
}

QToolButton *SegmentedControl::addSegment(const QString &text, const QString &objectName,
                                          const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setFocusPolicy(Qt::StrongFocus);
    button->installEventFilter(this); // the focus mark shows for keyboard focus only
    button->setProperty("segmentFirst", m_group->buttons().isEmpty());
    for (QAbstractButton *other : m_group->buttons())
        other->setProperty("segmentLast", false);
    button->setProperty("segmentLast", true);
    const int index = int(m_group->buttons().size());
    m_group->addButton(button, index);
    static_cast<QHBoxLayout *>(layout())->addWidget(button);
    if (index == 0)
        button->setChecked(true);
    restyle();
    return button;
}

int SegmentedControl::currentIndex() const
{
    return m_group->checkedId();
}

void SegmentedControl::setCurrentIndex(int index)
{
    if (QAbstractButton *button = m_group->button(index))
        button->setChecked(true);
}

QToolButton *SegmentedControl::segment(int index) const
{
    return qobject_cast<QToolButton *>(m_group->button(index));
}

int SegmentedControl::count() const
{
    return int(m_group->buttons().size());
}

bool SegmentedControl::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = qobject_cast<QToolButton *>(watched);
    if (button && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        // Like :focus-visible: a segment focused by a click or by opening the window
        // is not marked; one reached with Tab, an arrow key or a shortcut is.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        const bool keyboard = event->type() == QEvent::FocusIn && reason != Qt::MouseFocusReason
            && reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason;
        if (button->property("keyboardFocus").toBool() != keyboard) {
            button->setProperty("keyboardFocus", keyboard);
            button->style()->unpolish(button);
            button->style()->polish(button);
            button->update();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SegmentedControl::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
}

void SegmentedControl::restyle()
{
    const QPalette &colours = palette();
    const QString sheet
        = QStringLiteral("QToolButton { border: 1px solid %1; border-left-width: 0; padding: 4px 12px;"
                         " background: %2; color: %3; }"
                         "QToolButton:hover:!checked { background: %4; }"
                         "QToolButton[keyboardFocus=\"true\"] { text-decoration: underline; }"
                         "QToolButton:checked { background: %5; color: %6; border-color: %5; }"
                         "QToolButton[segmentFirst=\"true\"] { border-left-width: 1px;"
                         " border-top-left-radius: 6px; border-bottom-left-radius: 6px; }"
                         "QToolButton[segmentLast=\"true\"] {"
                         " border-top-right-radius: 6px; border-bottom-right-radius: 6px; }")
              .arg(colours.color(QPalette::Mid).name(), colours.color(QPalette::Button).name(),
                   colours.color(QPalette::ButtonText).name(), colours.color(QPalette::Midlight).name(),
                   colours.color(QPalette::Highlight).name(),
                   colours.color(QPalette::HighlightedText).name());
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

} // namespace sotto::ui
