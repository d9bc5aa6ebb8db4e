// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/net/support/TableHostResolver.h"

#include <QMetaObject>
#include <QPointer>

namespace sotto::test {

TableHostResolver::TableHostResolver(QObject *parent)
    : QObject(parent)
{ }

void TableHostResolver::map(const QString &name, const QStringList &addresses)
{
    QList<QHostAddress> parsed;
    for (const QString &address : addresses)
        parsed.append(QHostAddress(address));
    m_table.insert(name.toLower(), parsed);
}

int TableHostResolver::lookup(const QString &hostName, QObject *context, Callback done)
{
    const int id = m_nextId++;
    m_lookups.append(hostName);
    if (m_hanging.contains(hostName.toLower()))
        return id;
    const QList<QHostAddress> addresses = m_table.value(hostName.toLower());
    QPointer<TableHostResolver> self(this);
    QMetaObject::invokeMethod(
        context,
        [self, id, addresses, done = std::move(done)] {
            if (self && self->m_aborted.contains(id))
                return;
            done(addresses, addresses.isEmpty() ? QStringLiteral("not in the test table") : QString());
        },
        Qt::QueuedConnection);
    return id;
}

void TableHostResolver::abort(int id)
{
    m_aborted.append(id);
}

} // namespace sotto::test
