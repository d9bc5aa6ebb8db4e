// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/BreakdownList.h"

#include "ui/dashboard/AuditLabels.h"
#include "ui/dashboard/DashboardCard.h"
#include "ui/theme/ThemeRoles.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace sotto::ui {

namespace {

using DashboardCard::PADDING;
constexpr int BAR = 4;

} // namespace

BreakdownList::BreakdownList(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
{
    setAccessibleName(title);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void BreakdownList::setTotals(const QList<AuditTotal> &totals)
{
    QList<Row> rows;
    for (const AuditTotal &total : totals)
        rows.append({total.key.isEmpty() ? tr("(none)") : total.key, total.requests,
                     total.bodyBytes + total.headerBytes});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.sent > b.sent;
    });
    if (rows.size() > MAX_ROWS) {
        Row others{tr("Others"), 0, 0};
        for (qsizetype i = MAX_ROWS - 1; i < rows.size(); ++i) {
            others.requests += rows.at(i).requests;
            others.sent += rows.at(i).sent;
        }
        rows.resize(MAX_ROWS - 1);
        rows.append(others);
    }
    m_rows = rows;
    QStringList spoken;
    for (const Row &row : std::as_const(m_rows))
        spoken << tr("%1: %2 in %n requests", nullptr, int(row.requests))
                      .arg(row.name, AuditLabels::bytes(row.sent));
    setAccessibleDescription(spoken.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QList<QPair<QString, qint64>> BreakdownList::rows() const
{
    QList<QPair<QString, qint64>> shown;
    for (const Row &row : m_rows)
        shown.append({row.name, row.sent});
    return shown;
}

int BreakdownList::rowHeight() const
{
    return fontMetrics().height() + 4 + BAR + 10;
}

QSize BreakdownList::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_rows.size()));
    return {320, DashboardCard::headingHeight(*this) + rows * rowHeight() + PADDING - 10};
}

QSize BreakdownList::minimumSizeHint() const
{
    return {220, sizeHint().height()};
}

void BreakdownList::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    const ThemeRoles roles = ThemeRoles::from(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    DashboardCard::paintFrame(painter, *this, roles);
    int y = DashboardCard::paintHeading(painter, *this, m_title, roles);

    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const int width = rect().width() - 2 * PADDING;
    if (m_rows.isEmpty()) {
        painter.setPen(roles.subduedText);
        painter.drawText(QRect(PADDING, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Nothing sent"));
        return;
    }
    qint64 largest = 1;
    for (const Row &row : std::as_const(m_rows))
        largest = std::max(largest, row.sent);
    for (const Row &row : std::as_const(m_rows)) {
        const QString amount
            = tr("%n requests · %1", nullptr, int(row.requests)).arg(AuditLabels::bytes(row.sent));
        const int amountWidth = metrics.horizontalAdvance(amount);
        painter.setPen(roles.text);
        painter.drawText(QRect(PADDING, y, width - amountWidth - 12, line), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(row.name, Qt::ElideMiddle, width - amountWidth - 12));
        painter.setPen(roles.subduedText);
        painter.drawText(QRect(PADDING, y, width, line), Qt::AlignRight | Qt::AlignVCenter, amount);
        y += line + 4;
        QPainterPath track;
        track.addRoundedRect(QRectF(PADDING, y, width, BAR), BAR / 2.0, BAR / 2.0);
        painter.fillPath(track, roles.codeBorder);
        QPainterPath fill;
        fill.addRoundedRect(QRectF(PADDING, y, width * double(row.sent) / double(largest), BAR), BAR / 2.0,
                            BAR / 2.0);
        painter.fillPath(fill, roles.accent);
        y += BAR + 10;
    }
}

} // namespace sotto::ui
