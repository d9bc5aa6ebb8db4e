// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/AuditRecord.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace sotto::ui {

/// The audit's requests for the privacy dashboard's table: one top-level row per
/// turn id (a Contemplating answer's K+1 requests are one row that expands to
/// them) and per request without one. A turn with a single request is that
/// request's row, without children.
///
/// setRecords() replaces everything; upsert() adds new records and updates
/// known ones in place (rows inserted, dataChanged), which is how live updates
/// arrive. Rows keep the order they arrived in; a sort proxy orders them (SortRole
/// holds raw values). QtCore item model; GUI thread.
class AuditTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTreeModel)

public:
    enum Column {
        TimeColumn,
        ProviderColumn,
        ModelColumn,
        HostColumn,
        DestinationColumn,
        PurposeColumn,
        ModeColumn,
        SentColumn,
        ReceivedColumn,
        ImagesColumn,
        RedactionsColumn,
        StatusColumn,
        DurationColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and times as numbers
        RecordIdRole, // a request's id; 0 for a turn's row
        TurnIdRole,
        RequestCountRole, // how many requests the row stands for
        StatusRole, // int(AuditStatus) of a request; -1 for a turn's row
    };

    explicit AuditTreeModel(QObject *parent = nullptr);

    void setRecords(const QList<AuditRecord> &records);
    void upsert(const QList<AuditRecord> &records);
    void clear();

    /// The request a row stands for: a request's row, or a turn's row with one
    /// request. Null for a turn's row of several (see records()).
    const AuditRecord *record(const QModelIndex &index) const;
    /// Every request a row stands for.
    QList<AuditRecord> records(const QModelIndex &index) const;
    QModelIndex indexOfRecord(qint64 id) const;
    int recordCount() const { return int(m_where.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString turnId;
        QList<AuditRecord> records; // in arrival order
    };

    QVariant recordData(const AuditRecord &record, int column, int role) const;
    QVariant groupData(const Group &group, int column, int role) const;
    void append(const AuditRecord &record);

    QList<Group> m_groups; // rows; never reordered
    QHash<QString, int> m_turnRows; // turn id → row
    QHash<qint64, QPair<int, int>> m_where; // record id → (row, index in its group)
};

} // namespace sotto::ui
