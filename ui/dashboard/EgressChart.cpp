// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/EgressChart.h"

#include "ui/dashboard/AuditLabels.h"
#include "ui/theme/PaletteWatcher.h"
#include "ui/theme/ThemeRoles.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace sotto::ui {

namespace {

constexpr int MAX_DAYS = 31;
constexpr int MAX_WEEKS = 26;

QList<EgressChart::Bucket> bucketsOf(const QList<AuditDayBytes> &days)
{
    const QLocale locale;
    QList<EgressChart::Bucket> buckets;
    enum class Size { Day, Week, Month } size = Size::Day;
    if (days.size() > MAX_DAYS)
        size = days.size() > MAX_WEEKS * 7 ? Size::Month : Size::Week;
    QDate start;
    for (const AuditDayBytes &day : days) {
        QDate bucketStart = day.day;
        if (size == Size::Week)
            bucketStart = day.day.addDays(1 - day.day.dayOfWeek());
        else if (size == Size::Month)
            bucketStart = QDate(day.day.year(), day.day.month(), 1);
        if (buckets.isEmpty() || bucketStart != start) {
            start = bucketStart;
            EgressChart::Bucket bucket;
            bucket.label = size == Size::Month ? locale.toString(bucketStart, QStringLiteral("MMM yyyy"))
                                               : locale.toString(bucketStart, QStringLiteral("d MMM"));
            buckets.append(bucket);
        }
        for (std::size_t i = 0; i < 3; ++i)
            buckets.last().sent.at(i) += day.sent.at(i);
    }
    return buckets;
}

} // namespace

EgressChart::EgressChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    setAccessibleName(tr("Data sent per day"));
    m_view->setObjectName(QStringLiteral("egressChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    auto *watcher = new PaletteWatcher(this);
    connect(watcher, &PaletteWatcher::paletteChanged, this, &EgressChart::rebuild);
    rebuild();
}

QChart *EgressChart::chart() const
{
    return m_view->chart();
}

void EgressChart::setDays(const QList<AuditDayBytes> &days)
{
    m_buckets = bucketsOf(days);
    rebuild();
}

void EgressChart::rebuild()
{
    const ThemeRoles roles = ThemeRoles::from(palette());
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(roles.codeBackground);
    chart->setBackgroundPen(QPen(roles.codeBorder, 1));
    chart->setBackgroundRoundness(10);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont titleFont = font();
    titleFont.setWeight(QFont::DemiBold);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(roles.text);
    chart->setTitle(tr("Data sent per day"));

    qint64 highest = 0;
    for (const Bucket &bucket : std::as_const(m_buckets))
        highest = std::max(highest, bucket.sent.at(0) + bucket.sent.at(1) + bucket.sent.at(2));
    // One unit for the whole axis, the largest that keeps the top bar at 1 or more.
    const QStringList units = {tr("bytes"), tr("KB"), tr("MB"), tr("GB")};
    int unit = 0;
    double divisor = 1;
    while (unit + 1 < units.size() && double(highest) / (divisor * 1024) >= 1) {
        divisor *= 1024;
        ++unit;
    }

    auto *series = new QStackedBarSeries;
    QStringList labels;
    for (int i = 0; i < 3; ++i) {
        auto *set = new QBarSet(AuditLabels::destination(Destination(i)));
        const QColor color = AuditLabels::destinationColor(Destination(i), roles);
        set->setColor(color);
        set->setBorderColor(color);
        for (const Bucket &bucket : std::as_const(m_buckets))
            set->append(double(bucket.sent.at(std::size_t(i))) / divisor);
        series->append(set);
    }
    for (const Bucket &bucket : std::as_const(m_buckets))
        labels << bucket.label;
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *days = new QBarCategoryAxis;
    days->append(labels);
    auto *amount = new QValueAxis;
    amount->setMin(0);
    amount->setMax(highest == 0 ? 1.0 : double(highest) / divisor * 1.1);
    amount->setLabelFormat(QStringLiteral("%.3g"));
    amount->setTickCount(5);
    amount->setTitleText(units.at(unit));
    QFont axisFont = font();
    axisFont.setPointSizeF(font().pointSizeF() * 0.85);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(days), static_cast<QAbstractAxis *>(amount)}) {
        axis->setLabelsBrush(roles.subduedText);
        axis->setLabelsFont(axisFont);
        axis->setTitleBrush(roles.subduedText);
        axis->setTitleFont(axisFont);
        axis->setLinePen(QPen(roles.codeBorder, 1));
        axis->setGridLinePen(QPen(roles.tableRule, 1, Qt::DotLine));
    }
    days->setGridLineVisible(false);
    if (labels.size() > 10)
        days->setLabelsAngle(-90);
    chart->addAxis(days, Qt::AlignBottom);
    chart->addAxis(amount, Qt::AlignLeft);
    series->attachAxis(days);
    series->attachAxis(amount);

    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setLabelBrush(roles.text);
    chart->legend()->setFont(axisFont);

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    m_view->setBackgroundBrush(palette().color(QPalette::Window));
    delete old;

    qint64 total = 0;
    for (const Bucket &bucket : std::as_const(m_buckets))
        total += bucket.sent.at(0) + bucket.sent.at(1) + bucket.sent.at(2);
    setAccessibleDescription(
        tr("%1 sent over %n bars", nullptr, int(m_buckets.size())).arg(AuditLabels::bytes(total)));
}

} // namespace sotto::ui
