// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/AuditDashboard.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QSplitter;
class QTreeView;

namespace sotto::ui {

class AuditFilterModel;
class AuditTreeModel;
class RequestInspector;

/// The dashboard's requests: a filter row (text, status, destination,
/// provider), the sortable table of requests grouped by turn (a Contemplating
/// answer is one row that expands to its K+1 requests), and the inspector of
/// the selected one beside it (below it when narrow). Selecting a request
/// fetches its kept body through the AuditDashboard. Enter on a blocked request
/// opens the setting that decided it. GUI thread; does not own the dashboard.
class RequestsPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsPane)

public:
    RequestsPane(AuditDashboard &audit, AuditTreeModel &model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    AuditFilterModel *filter() const { return m_filter; }
    RequestInspector *inspector() const { return m_inspector; }
    void focusFilter();
    /// The provider filter's choices follow the providers the table holds.
    void updateProviders();

Q_SIGNALS:
    void settingRequested(sotto::AuditDecidingSetting setting, const QString &provider,
                          qint64 conversationId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Hides the least needed columns (purpose, mode, images, redactions, duration,
    /// received, model, destination, in that order) while the table is too narrow
    /// for all of them: no sideways scrolling. The inspector shows every field.
    void fitColumns();
    void onCurrentChanged();

    AuditDashboard &m_audit;
    AuditTreeModel &m_model;
    AuditFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_status;
    QComboBox *m_destination;
    QComboBox *m_provider;
    QTreeView *m_view;
    RequestInspector *m_inspector;
    QSplitter *m_splitter;
    QList<int> m_columnWidths; // as set up, hidden or not (the status at its narrowest)
    int m_statusWidth = 0; // room for a whole blocked reason
};

} // namespace sotto::ui
