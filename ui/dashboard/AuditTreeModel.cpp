// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/AuditTreeModel.h"

#include "core/orchestration/AuditDashboard.h"
#include "ui/dashboard/AuditLabels.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace sotto::ui {

namespace {

// Children carry their group's row + 1 as internal id; top-level rows carry 0.
constexpr quintptr TOP = 0;

QString distinct(const QList<AuditRecord> &records, QString AuditRecord::*field)
{
    QStringList values;
    for (const AuditRecord &record : records) {
        const QString &value = record.*field;
        if (!value.isEmpty() && !values.contains(value))
            values << value;
    }
    return values.join(QStringLiteral(", "));
}

QString time(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString count(qint64 n)
{
    return n == 0 ? QString() : QLocale().toString(n);
}

} // namespace

AuditTreeModel::AuditTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void AuditTreeModel::setRecords(const QList<AuditRecord> &records)
{
    beginResetModel();
    m_groups.clear();
    m_turnRows.clear();
    m_where.clear();
    for (const AuditRecord &record : records)
        append(record);
    endResetModel();
}

void AuditTreeModel::clear()
{
    setRecords({});
}

void AuditTreeModel::append(const AuditRecord &record)
{
    if (!record.turnId.isEmpty()) {
        if (const auto found = m_turnRows.constFind(record.turnId); found != m_turnRows.cend()) {
            Group &group = m_groups[*found];
            m_where.insert(record.id, {*found, int(group.records.size())});
            group.records.append(record);
            return;
        }
        m_turnRows.insert(record.turnId, int(m_groups.size()));
    }
    m_where.insert(record.id, {int(m_groups.size()), 0});
    m_groups.append({record.turnId, {record}});
}

void AuditTreeModel::upsert(const QList<AuditRecord> &records)
{
    for (const AuditRecord &record : records) {
        if (const auto known = m_where.constFind(record.id); known != m_where.cend()) {
            const auto [row, position] = *known;
            Group &group = m_groups[row];
            group.records[position] = record;
            const QModelIndex top = index(row, 0);
            Q_EMIT dataChanged(top, top.siblingAtColumn(ColumnCount - 1));
            if (group.records.size() > 1) {
                const QModelIndex child = index(position, 0, top);
                Q_EMIT dataChanged(child, child.siblingAtColumn(ColumnCount - 1));
            }
            continue;
        }
        const auto turn = record.turnId.isEmpty() ? m_turnRows.cend() : m_turnRows.constFind(record.turnId);
        if (turn == m_turnRows.cend()) {
            const int row = int(m_groups.size());
            beginInsertRows({}, row, row);
            append(record);
            endInsertRows();
            continue;
        }
        // A second request of a turn: the row becomes the turn's, with its requests beneath.
        const int row = *turn;
        const QModelIndex top = index(row, 0);
        const int before = int(m_groups.at(row).records.size());
        const int first = before == 1 ? 0 : before;
        beginInsertRows(top, first, before);
        append(record);
        endInsertRows();
        Q_EMIT dataChanged(top, top.siblingAtColumn(ColumnCount - 1));
    }
}

const AuditRecord *AuditTreeModel::record(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() != TOP) {
        const Group &group = m_groups.at(int(index.internalId() - 1));
        return &group.records.at(index.row());
    }
    const Group &group = m_groups.at(index.row());
    return group.records.size() == 1 ? &group.records.first() : nullptr;
}

QList<AuditRecord> AuditTreeModel::records(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() != TOP)
        return {*record(index)};
    return m_groups.at(index.row()).records;
}

QModelIndex AuditTreeModel::indexOfRecord(qint64 id) const
{
    const auto found = m_where.constFind(id);
    if (found == m_where.cend())
        return {};
    const auto [row, position] = *found;
    const QModelIndex top = index(row, 0);
    return m_groups.at(row).records.size() == 1 ? top : index(position, 0, top);
}

QModelIndex AuditTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, TOP) : QModelIndex();
    if (parent.internalId() != TOP)
        return {};
    const Group &group = m_groups.at(parent.row());
    if (group.records.size() < 2 || row >= group.records.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex AuditTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TOP)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TOP);
}

int AuditTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() > 0 || parent.internalId() != TOP)
        return 0;
    const int n = int(m_groups.at(parent.row()).records.size());
    return n > 1 ? n : 0;
}

int AuditTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant AuditTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (const AuditRecord *r = record(index))
        return recordData(*r, index.column(), role);
    return groupData(m_groups.at(index.row()), index.column(), role);
}

QVariant AuditTreeModel::recordData(const AuditRecord &r, int column, int role) const
{
    // The record a clearing leaves: when, and how many went; nothing was sent.
    if (AuditDashboard::isClearedMarker(r) && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)) {
        switch (column) {
        case TimeColumn:
            return time(r.time);
        case ProviderColumn:
            return tr("Sotto");
        case ModelColumn:
            return tr("Audit cleared");
        case DestinationColumn:
            return AuditLabels::destination(r.destination);
        case StatusColumn:
            return tr("%n records deleted", nullptr, AuditDashboard::clearedCount(r));
        default:
            return QString();
        }
    }
    switch (role) {
    case RecordIdRole:
        return r.id;
    case TurnIdRole:
        return r.turnId;
    case RequestCountRole:
        return 1;
    case StatusRole:
        return int(r.status);
    case Qt::ToolTipRole:
        if (column == DestinationColumn)
            return AuditLabels::destinationExplained(r.destination);
        if (column == StatusColumn && !r.policyReason.isEmpty())
            return tr("Blocked: %1").arg(r.policyReason);
        if (column == StatusColumn && !r.error.isEmpty())
            return r.error;
        if (column == HostColumn)
            return r.url;
        return {};
    case Qt::TextAlignmentRole:
        if (column >= SentColumn && column <= RedactionsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return time(r.time);
        case ProviderColumn:
            return r.provider;
        case ModelColumn:
            return r.model;
        case HostColumn:
            return r.host;
        case DestinationColumn:
            return AuditLabels::destination(r.destination);
        case PurposeColumn:
            return r.purpose;
        case ModeColumn:
            return r.mode;
        case SentColumn:
            return AuditLabels::bytes(r.bodyBytes + r.headerBytes);
        case ReceivedColumn:
            return r.responseBytes > 0 ? AuditLabels::bytes(r.responseBytes) : QString();
        case ImagesColumn:
            return count(r.images);
        case RedactionsColumn:
            return count(r.redactions);
        case StatusColumn:
            if (r.status == AuditStatus::Blocked && !r.policyReason.isEmpty())
                return tr("Blocked · %1").arg(r.policyReason);
            if (r.httpStatus >= 400)
                return tr("%1 · HTTP %2").arg(AuditLabels::status(r.status)).arg(r.httpStatus);
            return AuditLabels::status(r.status);
        case DurationColumn:
            return r.status == AuditStatus::Blocked ? QString() : AuditLabels::duration(r.durationMs);
        }
        return {};
    case SortRole:
        switch (column) {
        case TimeColumn:
            return r.time.toMSecsSinceEpoch();
        case DestinationColumn:
            return int(r.destination);
        case SentColumn:
            return r.bodyBytes + r.headerBytes;
        case ReceivedColumn:
            return r.responseBytes;
        case ImagesColumn:
            return r.images;
        case RedactionsColumn:
            return r.redactions;
        case StatusColumn:
            return int(r.status);
        case DurationColumn:
            return r.durationMs;
        default:
            return recordData(r, column, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant AuditTreeModel::groupData(const Group &group, int column, int role) const
{
    const QList<AuditRecord> &records = group.records;
    const auto sum = [&records](auto field) {
        qint64 total = 0;
        for (const AuditRecord &r : records)
            total += field(r);
        return total;
    };
    QDateTime first = records.first().time;
    QDateTime last = records.first().time.addMSecs(records.first().durationMs);
    Destination farthest = Destination::Loopback;
    QSet<int> statuses;
    for (const AuditRecord &r : records) {
        first = std::min(first, r.time);
        last = std::max(last, r.time.addMSecs(r.durationMs));
        farthest = std::max(farthest, r.destination);
        statuses.insert(int(r.status));
    }
    switch (role) {
    case RecordIdRole:
        return qint64(0);
    case TurnIdRole:
        return group.turnId;
    case RequestCountRole:
        return int(records.size());
    case StatusRole:
        return -1;
    case Qt::ToolTipRole:
        if (column == ModelColumn)
            return distinct(records, &AuditRecord::model);
        return tr("%n requests of one answer", nullptr, int(records.size()));
    case Qt::TextAlignmentRole:
        if ((column >= SentColumn && column <= RedactionsColumn) || column == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return time(first);
        case ProviderColumn:
            return distinct(records, &AuditRecord::provider);
        case ModelColumn:
            return tr("%n requests", nullptr, int(records.size()));
        case HostColumn:
            return distinct(records, &AuditRecord::host);
        case DestinationColumn:
            return AuditLabels::destination(farthest);
        case PurposeColumn:
            return distinct(records, &AuditRecord::purpose);
        case ModeColumn:
            return distinct(records, &AuditRecord::mode);
        case SentColumn:
            return AuditLabels::bytes(sum([](const AuditRecord &r) {
                return r.bodyBytes + r.headerBytes;
            }));
        case ReceivedColumn:
            return AuditLabels::bytes(sum([](const AuditRecord &r) {
                return r.responseBytes;
            }));
        case ImagesColumn:
            return count(sum([](const AuditRecord &r) {
                return qint64(r.images);
            }));
        case RedactionsColumn:
            return count(sum([](const AuditRecord &r) {
                return qint64(r.redactions);
            }));
        case StatusColumn: {
            if (statuses.size() == 1)
                return AuditLabels::status(records.first().status);
            const qint64 completed = sum([](const AuditRecord &r) {
                return qint64(r.status == AuditStatus::Completed);
            });
            return tr("%1 of %n completed", nullptr, int(records.size())).arg(completed);
        }
        case DurationColumn:
            return AuditLabels::duration(first.msecsTo(last));
        }
        return {};
    case SortRole:
        switch (column) {
        case TimeColumn:
            return first.toMSecsSinceEpoch();
        case DestinationColumn:
            return int(farthest);
        case SentColumn:
            return sum([](const AuditRecord &r) {
                return r.bodyBytes + r.headerBytes;
            });
        case ReceivedColumn:
            return sum([](const AuditRecord &r) {
                return r.responseBytes;
            });
        case ImagesColumn:
            return sum([](const AuditRecord &r) {
                return qint64(r.images);
            });
        case RedactionsColumn:
            return sum([](const AuditRecord &r) {
                return qint64(r.redactions);
            });
        case StatusColumn:
            return statuses.size() == 1 ? *statuses.cbegin() : -1;
        case DurationColumn:
            return first.msecsTo(last);
        default:
            return groupData(group, column, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant AuditTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProviderColumn:
        return tr("Provider");
    case ModelColumn:
        return tr("Model");
    case HostColumn:
        return tr("Host");
    case DestinationColumn:
        return tr("Destination");
    case PurposeColumn:
        return tr("Purpose");
    case ModeColumn:
        return tr("Mode");
    case SentColumn:
        return tr("Sent");
    case ReceivedColumn:
        return tr("Received");
    case ImagesColumn:
        return tr("Images");
    case RedactionsColumn:
        return tr("Redactions");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

} // namespace sotto::ui
