// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/EgressChart.h"

#include "ui/dashboard/AuditLabels.h"
#include "ui/dashboard/DashboardCard.h"
#include "ui/theme/PaletteWatcher.h"
#include "ui/theme/ThemeRoles.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

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

/// The axis' unit as the cards name it (QLocale's data sizes: KiB, MiB…), taken
/// from the locale's own "1 KiB".
QString unitName(qint64 divisor)
{
    QString one = QLocale().formattedDataSize(divisor, 0);
    one.remove(QRegularExpression(QStringLiteral("^[^\\p{L}]+")));
    return one;
}

/// A round step for about four gridlines up to `highest`: 1, 2, 2.5 or 5 × 10^k.
double niceStep(double highest)
{
    if (highest <= 0)
        return 1;
    const double rough = highest / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= rough)
            return factor * magnitude;
    }
    return 10 * magnitude;
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
    // The chart sits in the dashboard's card (painted here), not on a frame of its own.
    QPalette clear = m_view->palette();
    clear.setColor(QPalette::Base, Qt::transparent);
    clear.setColor(QPalette::Window, Qt::transparent);
    m_view->setPalette(clear);
    m_view->setBackgroundBrush(Qt::NoBrush);
    m_view->setAutoFillBackground(false);
    m_view->viewport()->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(DashboardCard::PADDING / 2, DashboardCard::headingHeight(*this) - 6,
                               DashboardCard::PADDING / 2, DashboardCard::PADDING / 2);
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

void EgressChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    const ThemeRoles roles = ThemeRoles::from(palette());
    QPainter painter(this);
    DashboardCard::paintFrame(painter, *this, roles);
    DashboardCard::paintHeading(painter, *this, tr("Data sent per day"), roles);
}

void EgressChart::rebuild()
{
    const ThemeRoles roles = ThemeRoles::from(palette());
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false); // the card is the background, and its heading the title
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);

    qint64 highest = 0;
    for (const Bucket &bucket : std::as_const(m_buckets))
        highest = std::max(highest, bucket.sent.at(0) + bucket.sent.at(1) + bucket.sent.at(2));
    // One unit for the whole axis, the largest that keeps the top bar at 1 or more.
    qint64 divisor = 1;
    for (int unit = 0; unit < 3 && double(highest) / double(divisor * 1024) >= 1; ++unit)
        divisor *= 1024;

    auto *series = new QStackedBarSeries;
    QStringList labels;
    for (int i = 0; i < 3; ++i) {
        auto *set = new QBarSet(AuditLabels::destination(Destination(i)));
        const QColor color = AuditLabels::destinationColor(Destination(i), roles);
        set->setColor(color);
        set->setBorderColor(color);
        for (const Bucket &bucket : std::as_const(m_buckets))
            set->append(double(bucket.sent.at(std::size_t(i))) / double(divisor));
        series->append(set);
    }
    for (const Bucket &bucket : std::as_const(m_buckets))
        labels << bucket.label;
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *days = new QBarCategoryAxis;
    days->append(labels);
    auto *amount = new QValueAxis;
    // Round gridlines (0, 5, 10…), not the raw top divided in four.
    const double top = double(highest) / double(divisor);
    const double step = niceStep(top);
    const int steps = std::max(1, int(std::ceil(top / step - 1e-9)));
    amount->setMin(0);
    amount->setMax(step * steps);
    amount->setTickCount(steps + 1);
    amount->setLabelFormat(step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    amount->setTitleText(unitName(divisor));
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
    delete old;

    qint64 total = 0;
    for (const Bucket &bucket : std::as_const(m_buckets))
        total += bucket.sent.at(0) + bucket.sent.at(1) + bucket.sent.at(2);
    setAccessibleDescription(
        tr("%1 sent over %n bars", nullptr, int(m_buckets.size())).arg(AuditLabels::bytes(total)));
}

} // namespace sotto::ui
