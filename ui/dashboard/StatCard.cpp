// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/StatCard.h"

#include "ui/dashboard/DashboardCard.h"

#include "ui/theme/ThemeRoles.h"

#include <QPainter>
#include <QPainterPath>

namespace sotto::ui {

namespace {

using DashboardCard::PADDING;

QFont valueFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.75);
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

} // namespace

StatCard::StatCard(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
{
    setAccessibleName(title);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

void StatCard::setValue(const QString &value, const QString &caption)
{
    m_value = value;
    m_caption = caption;
    setAccessibleName(m_title + QStringLiteral(": ") + value);
    setAccessibleDescription(caption);
    setToolTip(caption.isEmpty() ? QString() : caption);
    update();
}

void StatCard::setAccent(const QColor &color)
{
    m_accent = color;
    update();
}

QSize StatCard::sizeHint() const
{
    const QFontMetrics small(smallFont(font()));
    const QFontMetrics big(valueFont(font()));
    const int height = PADDING + small.height() + 4 + big.height() + 2 + small.height() + PADDING;
    return {170, height};
}

QSize StatCard::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void StatCard::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    const ThemeRoles roles = ThemeRoles::from(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    DashboardCard::paintFrame(painter, *this, roles);

    const QFont small = smallFont(font());
    const QFontMetrics smallMetrics(small);
    const int width = rect().width() - 2 * PADDING;
    int x = PADDING;
    int y = PADDING;
    if (m_accent.isValid()) {
        const int dot = 8;
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_accent);
        painter.drawEllipse(QRectF(x, y + (smallMetrics.height() - dot) / 2.0, dot, dot));
        x += dot + 6;
    }
    painter.setFont(small);
    painter.setPen(roles.subduedText);
    painter.drawText(QRect(x, y, width - (x - PADDING), smallMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     smallMetrics.elidedText(m_title, Qt::ElideRight, width - (x - PADDING)));
    y += smallMetrics.height() + 4;

    const QFont big = valueFont(font());
    const QFontMetrics bigMetrics(big);
    painter.setFont(big);
    painter.setPen(roles.text);
    painter.drawText(QRect(PADDING, y, width, bigMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     bigMetrics.elidedText(m_value, Qt::ElideRight, width));
    y += bigMetrics.height() + 2;

    painter.setFont(small);
    painter.setPen(roles.subduedText);
    painter.drawText(QRect(PADDING, y, width, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     smallMetrics.elidedText(m_caption, Qt::ElideRight, width));
}

} // namespace sotto::ui
