// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/ProviderConfig.h"

#include <QAbstractTableModel>
#include <QList>

namespace sotto {
class Session;
}

namespace sotto::ui {

/// The configured providers of a Session as a table: name, where the base URL
/// points ("on this computer", "local network", "internet", judged from the host
/// as written) and the default model. Follows Session::providersChanged: the same
/// names in the same order update in place (a selection survives), anything else
/// resets the model. Holds no API key. GUI thread; does not own the session.
class ProviderListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderListModel)

public:
    enum Column {
        NameColumn,
        DestinationColumn,
        ModelColumn,
        ColumnCount,
    };
    enum Role {
        NameRole = Qt::UserRole + 1, // the provider's name (QString)
        EnabledRole, // bool
    };

    explicit ProviderListModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of the provider called `name`, or -1.
    int rowOf(const QString &name) const;
    QString nameAt(int row) const;

private:
    struct Row {
        QString name;
        QString destination;
        QString model;
        bool enabled = true;
    };

    void refresh();
    static Row rowFor(const ProviderConfig &config);

    Session &m_session;
    QList<Row> m_rows;
};

} // namespace sotto::ui
