// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/AuditDashboard.h"

#include <QWidget>

class QGridLayout;

namespace sotto::ui {

class BreakdownList;
class DestinationShare;
class EgressChart;
class StatCard;

/// The dashboard's overview of one period: six cards (requests, data sent and
/// received, images sent, redactions, requests blocked), where it went (this
/// computer, local network, internet), bytes sent per day stacked by
/// destination, and the breakdown by provider and by host. Reflows from one
/// column of charts and three of cards (800 px) to side by side (wide). Renders
/// an AuditSummary; reads nothing itself. GUI thread.
class DashboardOverview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardOverview)

public:
    explicit DashboardOverview(QWidget *parent = nullptr);

    void setSummary(const AuditSummary &summary);

    StatCard *card(const QString &objectName) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reflow();

    StatCard *m_requests;
    StatCard *m_sent;
    StatCard *m_received;
    StatCard *m_images;
    StatCard *m_redactions;
    StatCard *m_blocked;
    DestinationShare *m_share;
    EgressChart *m_chart;
    BreakdownList *m_providers;
    BreakdownList *m_hosts;
    QGridLayout *m_cards;
    QGridLayout *m_panels;
    int m_columns = 0;
};

} // namespace sotto::ui
