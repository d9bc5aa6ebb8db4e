// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/AuditDashboard.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;

namespace sotto::ui {

/// Bytes sent per day, stacked by destination (this computer, local network,
/// internet): a Qt Charts stacked bar chart coloured like the rest of the
/// dashboard and re-themed when the palette changes. Long periods are shown per
/// week, then per month, so bars stay readable. The amount axis has round
/// gridlines in the cards' unit (KiB, MiB). Drawn in the dashboard's card. GUI thread.
class EgressChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EgressChart)

public:
    explicit EgressChart(QWidget *parent = nullptr);

    void setDays(const QList<AuditDayBytes> &days);

    /// What the bars show: one bucket per day, week or month, oldest first.
    struct Bucket {
        QString label;
        std::array<qint64, 3> sent{};
    };
    const QList<Bucket> &buckets() const { return m_buckets; }
    QChart *chart() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void rebuild();

    QChartView *m_view;
    QList<Bucket> m_buckets;
};

} // namespace sotto::ui
