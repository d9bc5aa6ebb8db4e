// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/AuditDashboard.h"

#include <QWidget>

namespace sotto::ui {

/// A card listing where the period's data went by one key (provider or host):
/// each row its name, requests and bytes sent, and a bar for its share of the
/// largest. At most MAX_ROWS rows, the rest summed as "Others". GUI thread.
class BreakdownList final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownList)

public:
    static constexpr int MAX_ROWS = 6;

    explicit BreakdownList(const QString &title, QWidget *parent = nullptr);

    void setTotals(const QList<AuditTotal> &totals);
    /// The rows shown: (name, bytes sent), largest first.
    QList<QPair<QString, qint64>> rows() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row {
        QString name;
        qint64 requests = 0;
        qint64 sent = 0;
    };
    int rowHeight() const;

    QString m_title;
    QList<Row> m_rows;
};

} // namespace sotto::ui
