// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/AuditRecord.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace sotto::ui {

class AuditTreeModel;

/// Sorts and filters the dashboard's requests (AuditTreeModel): by text (provider,
/// model, host, URL, purpose, mode, status, the reason a request was blocked, its
/// error), status, destination and provider. A turn's row stays while any of its
/// requests passes, and shows those that pass. QtCore; GUI thread.
class AuditFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterModel)

public:
    explicit AuditFilterModel(AuditTreeModel &source, QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(std::optional<AuditStatus> status);
    void setDestination(std::optional<Destination> destination);
    void setProvider(const QString &provider); // empty: any

    /// Whether `record` passes the filters.
    bool accepts(const AuditRecord &record) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AuditTreeModel &m_source;
    QString m_text;
    std::optional<AuditStatus> m_status;
    std::optional<Destination> m_destination;
    QString m_provider;
};

} // namespace sotto::ui
