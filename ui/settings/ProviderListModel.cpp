// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/settings/ProviderListModel.h"

#include "core/orchestration/Session.h"
#include "ui/settings/LiteralDestination.h"

#include <QFont>

namespace sotto::ui {

ProviderListModel::ProviderListModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    for (const ProviderConfig &config : m_session.providers())
        m_rows << rowFor(config);
    connect(&m_session, &Session::providersChanged, this, &ProviderListModel::refresh);
    connect(&m_session, &Session::locked, this, &ProviderListModel::refresh);
}

int ProviderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProviderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case DestinationColumn:
            return row.destination;
        case ModelColumn:
            return row.model;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return row.enabled ? QVariant() : QVariant(tr("Disabled: Sotto sends nothing to this provider."));
    case Qt::FontRole:
        if (!row.enabled) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case NameRole:
        return row.name;
    case EnabledRole:
        return row.enabled;
    default:
        return {};
    }
}

QVariant ProviderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DestinationColumn:
        return tr("Where it goes");
    case ModelColumn:
        return tr("Model");
    default:
        return {};
    }
}

int ProviderListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

QString ProviderListModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

void ProviderListModel::refresh()
{
    QList<Row> rows;
    for (const ProviderConfig &config : m_session.providers())
        rows << rowFor(config);
    bool sameNames = rows.size() == m_rows.size();
    for (int i = 0; sameNames && i < rows.size(); ++i)
        sameNames = rows.at(i).name == m_rows.at(i).name;
    if (!sameNames) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

ProviderListModel::Row ProviderListModel::rowFor(const ProviderConfig &config)
{
    return {config.name, LiteralDestination::describe(LiteralDestination::classify(config.baseUrl)),
            config.defaultModel, config.enabled};
}

} // namespace sotto::ui
