// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/HostResolver.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace sotto::test {

/// A HostResolver answering from a table ("lan.test" → 192.168.1.20), so tests
/// classify names without DNS. Unknown names do not resolve; names given to hang()
/// never get an answer (a DNS server that does not reply). Answers asynchronously
/// and remembers every name it was asked for.
class TableHostResolver final : public QObject, public HostResolver {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableHostResolver)

public:
    explicit TableHostResolver(QObject *parent = nullptr);

    void map(const QString &name, const QStringList &addresses);
    void hang(const QString &name) { m_hanging.append(name.toLower()); }
    /// Lookups the caller aborted.
    int abortedCount() const { return int(m_aborted.size()); }
    /// Every name looked up so far, in order.
    const QStringList &lookups() const { return m_lookups; }

    int lookup(const QString &hostName, QObject *context, Callback done) override;
    void abort(int id) override;

private:
    QHash<QString, QList<QHostAddress>> m_table;
    QStringList m_lookups;
    QStringList m_hanging;
    QList<int> m_aborted;
    int m_nextId = 1;
};

} // namespace sotto::test
