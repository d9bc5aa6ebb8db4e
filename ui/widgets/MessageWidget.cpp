// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/MessageWidget.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace sotto::ui {

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto callback = std::exchange(m_callback, nullptr);
        hideMessage();
        if (callback)
            callback();
    });
    setObjectName(QStringLiteral("messageWidget"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    // Messages quote providers (an error body, a model name): never rendered as
    // rich text, where <img src="/dev/zero"> would be loaded.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &MessageWidget::hideMessage);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageWidget::showMessage(const QString &text, Type type, const QString &actionText,
                                std::function<void()> action)
{
    showMessage(text, type);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(true);
}

void MessageWidget::showMessage(const QString &text, Type type)
{
    m_action->hide();
    m_callback = nullptr;
    m_type = type;
    m_text->setText(text);
    setAccessibleName(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (type) {
    case Type::Error:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Type::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Type::Information:
    case Type::Positive:
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    applyPalette();
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageWidget::hideMessage()
{
    hide();
    m_text->clear();
}

QString MessageWidget::text() const
{
    return m_text->text();
}

void MessageWidget::applyPalette()
{
    // Tint the system palette rather than hard-coding colours, so light and dark themes both read well.
    QColor tint;
    switch (m_type) {
    case Type::Error:
        tint = QColor(0xda, 0x44, 0x53);
        break;
    case Type::Warning:
        tint = QColor(0xf6, 0x74, 0x00);
        break;
    case Type::Information:
        tint = QColor(0x3d, 0xae, 0xe9);
        break;
    case Type::Positive:
        tint = QColor(0x27, 0xae, 0x60);
        break;
    }
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = pal.color(QPalette::Window);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                                float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    pal.setColor(QPalette::Window, mix(base, tint, 0.2));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
    setPalette(pal);
}

void MessageWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && isVisible() && !m_inPaletteChange) {
        m_inPaletteChange = true;
        applyPalette();
        m_inPaletteChange = false;
    }
}

} // namespace sotto::ui
