// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/DestinationShare.h"

#include "ui/dashboard/AuditLabels.h"
#include "ui/dashboard/DashboardCard.h"
#include "ui/theme/ThemeRoles.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numeric>

namespace sotto::ui {

namespace {

using DashboardCard::PADDING;
constexpr int BAR = 18;

int percent(const std::array<qint64, 3> &values, int index)
{
    const qint64 total = std::accumulate(values.cbegin(), values.cend(), qint64(0));
    return total == 0 ? 0 : int(std::lround(100.0 * double(values.at(std::size_t(index))) / double(total)));
}

} // namespace

DestinationShare::DestinationShare(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Where requests went"));
    describe();
}

void DestinationShare::setShares(const std::array<qint64, 3> &requests, const std::array<qint64, 3> &bytes)
{
    m_requests = requests;
    m_bytes = bytes;
    describe();
    update();
}

int DestinationShare::requestPercent(int index) const
{
    return percent(m_requests, index);
}

int DestinationShare::bytePercent(int index) const
{
    return percent(m_bytes, index);
}

void DestinationShare::describe()
{
    QStringList parts;
    for (int i = 0; i < 3; ++i)
        parts << tr("%1: %2% of requests, %3% of data sent")
                     .arg(AuditLabels::destination(Destination(i)))
                     .arg(requestPercent(i))
                     .arg(bytePercent(i));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    setToolTip(parts.join(QLatin1Char('\n')));
}

QSize DestinationShare::sizeHint() const
{
    const int line = fontMetrics().height();
    return {480, DashboardCard::headingHeight(*this) + 2 * (line + 4 + BAR + 10) + line + PADDING};
}

QSize DestinationShare::minimumSizeHint() const
{
    return {260, sizeHint().height()};
}

void DestinationShare::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    const ThemeRoles roles = ThemeRoles::from(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    DashboardCard::paintFrame(painter, *this, roles);
    int y = DashboardCard::paintHeading(painter, *this, tr("Where it went"), roles);

    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const int width = rect().width() - 2 * PADDING;

    const QLocale locale;
    const auto bar = [&](const QString &label, const std::array<qint64, 3> &values, bool asBytes) {
        const qint64 total = std::accumulate(values.cbegin(), values.cend(), qint64(0));
        painter.setPen(roles.subduedText);
        painter.drawText(QRect(PADDING, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.drawText(QRect(PADDING, y, width, line), Qt::AlignRight | Qt::AlignVCenter,
                         asBytes ? AuditLabels::bytes(total) : locale.toString(total));
        y += line + 4;
        const QRectF track(PADDING, y, width, BAR);
        QPainterPath trackPath;
        trackPath.addRoundedRect(track, BAR / 2.0, BAR / 2.0);
        painter.fillPath(trackPath, roles.codeBorder);
        if (total > 0) {
            painter.save();
            painter.setClipPath(trackPath);
            qreal x = track.left();
            QFont small = font();
            small.setPointSizeF(font().pointSizeF() * 0.85);
            small.setWeight(QFont::DemiBold);
            painter.setFont(small);
            for (int i = 0; i < 3; ++i) {
                const qreal w = track.width() * double(values.at(std::size_t(i))) / double(total);
                const QRectF segment(x, track.top(), w, track.height());
                painter.fillRect(segment, AuditLabels::destinationColor(Destination(i), roles));
                // The share inside its segment when it fits (the base colour reads on every hue).
                const QString share = QStringLiteral("%1%").arg(percent(values, i));
                if (w > QFontMetrics(small).horizontalAdvance(share) + 10) {
                    painter.setPen(roles.base);
                    painter.drawText(segment, Qt::AlignCenter, share);
                }
                x += w;
            }
            painter.setFont(font());
            painter.restore();
        }
        y += BAR + 10;
    };
    bar(tr("Requests sent"), m_requests, false);
    bar(tr("Data sent"), m_bytes, true);

    // The legend: a dot, the class, its share of requests and of bytes.
    int x = PADDING;
    for (int i = 0; i < 3; ++i) {
        const QString text = AuditLabels::destination(Destination(i));
        const int dot = 8;
        painter.setPen(Qt::NoPen);
        painter.setBrush(AuditLabels::destinationColor(Destination(i), roles));
        painter.drawEllipse(QRectF(x, y + (line - dot) / 2.0, dot, dot));
        painter.setPen(roles.text);
        const int textWidth = metrics.horizontalAdvance(text);
        painter.drawText(QRect(x + dot + 6, y, textWidth + 2, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += dot + 6 + textWidth + 18;
    }
}

} // namespace sotto::ui
