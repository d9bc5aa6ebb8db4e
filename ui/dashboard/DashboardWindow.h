// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/AuditDashboard.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;

namespace sotto {
class Session;
}

namespace sotto::ui {

class AuditTreeModel;
class DashboardOverview;
class Prompter;
class RequestsPane;
class SegmentedControl;

/// The privacy dashboard (Ctrl+Shift+P): what left this computer, for today,
/// 7 days, 30 days or all time — an overview (cards, where it went, bytes per
/// day by destination, providers and hosts) and the requests themselves with
/// their inspector. Fed by an AuditDashboard over the session's vault, it
/// updates live: a new or completed request is fetched alone and updated in
/// place; the summary is read again, at most a few times a second. Locking the
/// vault empties and hides it. A non-modal top-level window; GUI thread; does
/// not own the session or the prompter (which asks before clearing).
class DashboardWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWindow)

public:
    DashboardWindow(Session &session, Prompter &prompter, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    void setPeriod(AuditPeriod period);
    AuditPeriod period() const { return m_period; }
    void showRequests();
    void showOverview();

    AuditDashboard &audit() const { return *m_audit; }
    AuditTreeModel &model() const { return *m_model; }
    DashboardOverview *overview() const { return m_overview; }
    RequestsPane *requests() const { return m_requests; }
    /// Asks where to export (Qt's file dialog by default; tests answer it).
    using SaveChooser = std::function<QString(const QString &suggested, AuditExportFormat format)>;
    void setSaveChooser(SaveChooser chooser) { m_chooseSave = std::move(chooser); }
    /// Exports the period shown (Export… ▸ CSV / JSON), after asking where.
    void exportAudit(AuditExportFormat format);
    /// Clears the audit after asking (Clear…); one record then says when and how many.
    void clearAudit();

    /// Whether the last summary and records asked for have arrived.
    bool isLoaded() const { return m_pendingLoads == 0; }

Q_SIGNALS:
    /// The user asked to open the setting that decided a blocked request.
    void settingRequested(sotto::AuditDecidingSetting setting, const QString &provider,
                          qint64 conversationId);
    /// A reload or summary has arrived (tests wait on it).
    void loaded();
    /// An export or a clearing ended: what to tell the user.
    void finished(const QString &message, bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void reload();
    void refreshSummary();
    void onRecordsChanged(const QList<qint64> &ids);
    void onLocked();
    void finishLoad();

    Session &m_session;
    Prompter &m_prompter;
    AuditDashboard *m_audit;
    AuditTreeModel *m_model;
    SegmentedControl *m_periods;
    SegmentedControl *m_pages;
    QStackedWidget *m_stack;
    DashboardOverview *m_overview;
    RequestsPane *m_requests;
    QLabel *m_subtitle;
    QLabel *m_notice;
    SaveChooser m_chooseSave;
    QTimer m_summaryTimer;
    AuditPeriod m_period = AuditPeriod::Week;
    bool m_stale = true; // changes were missed while hidden
    int m_pendingLoads = 0;
    quint64 m_generation = 0; // answers to an older reload are dropped
};

} // namespace sotto::ui
