// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/dashboard/AuditFilterModel.h"

#include "ui/dashboard/AuditLabels.h"
#include "ui/dashboard/AuditTreeModel.h"

#include <algorithm>

namespace sotto::ui {

AuditFilterModel::AuditFilterModel(AuditTreeModel &source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(&source);
    setSortRole(AuditTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AuditFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void AuditFilterModel::setStatus(std::optional<AuditStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void AuditFilterModel::setDestination(std::optional<Destination> destination)
{
    m_destination = destination;
    invalidateFilter();
}

void AuditFilterModel::setProvider(const QString &provider)
{
    m_provider = provider;
    invalidateFilter();
}

bool AuditFilterModel::accepts(const AuditRecord &r) const
{
    if (m_status && r.status != *m_status)
        return false;
    if (m_destination && r.destination != *m_destination)
        return false;
    if (!m_provider.isEmpty() && r.provider != m_provider)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString &field :
         {r.provider, r.model, r.host, r.url, r.purpose, r.mode, r.policyReason, r.error,
          AuditLabels::status(r.status), AuditLabels::destination(r.destination)}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = m_source.index(sourceRow, 0, sourceParent);
    const QList<AuditRecord> records = m_source.records(row);
    return std::any_of(records.cbegin(), records.cend(), [this](const AuditRecord &r) {
        return accepts(r);
    });
}

} // namespace sotto::ui
