// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/DashboardCard.h"

#include "ui/theme/ThemeRoles.h"

#include <QPainter>
#include <QPainterPath>
#include <QWidget>

namespace sotto::ui::DashboardCard {

namespace {

constexpr int HEADING_GAP = 10;

QFont headingFont(const QWidget &widget)
{
    QFont heading = widget.font();
    heading.setWeight(QFont::DemiBold);
    return heading;
}

} // namespace

void paintFrame(QPainter &painter, const QWidget &widget, const ThemeRoles &roles)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS);
    painter.fillPath(outline, roles.codeBackground);
    painter.setPen(QPen(roles.codeBorder, 1));
    painter.drawPath(outline);
    painter.restore();
}

int paintHeading(QPainter &painter, const QWidget &widget, const QString &title, const ThemeRoles &roles)
{
    const QFont heading = headingFont(widget);
    const int line = QFontMetrics(heading).height();
    painter.save();
    painter.setFont(heading);
    painter.setPen(roles.text);
    painter.drawText(QRect(PADDING, PADDING, widget.width() - 2 * PADDING, line),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.restore();
    return headingHeight(widget);
}

int headingHeight(const QWidget &widget)
{
    return PADDING + QFontMetrics(headingFont(widget)).height() + HEADING_GAP;
}

} // namespace sotto::ui::DashboardCard
