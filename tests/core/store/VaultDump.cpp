// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/store/VaultDump.h"

#include "core/io/ConversationArchive.h"
#include "core/store/Vault.h"

namespace sotto::test {

VaultResult<QStringList> dumpVault(Vault &vault)
{
    QStringList lines;
    auto tables = vault.prepare("SELECT name, ifnull(sql, '') FROM sqlite_master ORDER BY type, name");
    if (!tables)
        return Unexpected<VaultFailure>(std::move(tables).error());
    QStringList names;
    while (true) {
        auto row = tables->step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (!*row)
            break;
        lines << QStringLiteral("schema: ") + tables->text(0) + QLatin1Char(' ') + tables->text(1);
        const QString name = tables->text(0);
        if (tables->text(1).startsWith(QLatin1String("CREATE TABLE"))
            || tables->text(1).startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
            names << name;
    }
    for (const QString &table : std::as_const(names)) {
        auto columns = vault.prepare("SELECT name FROM pragma_table_info(?1)");
        if (!columns)
            return Unexpected<VaultFailure>(std::move(columns).error());
        columns->bind(1, table);
        QStringList quoted;
        while (true) {
            auto row = columns->step();
            if (!row)
                return Unexpected<VaultFailure>(std::move(row).error());
            if (!*row)
                break;
            quoted << QStringLiteral("quote(\"%1\")").arg(columns->text(0));
        }
        if (quoted.isEmpty())
            continue;
        const QByteArray sql = QStringLiteral("SELECT %1 FROM \"%2\"")
                                   .arg(quoted.join(QStringLiteral(" || '|' || ")), table)
                                   .toUtf8();
        auto select = vault.prepare(sql.constData());
        if (!select)
            return Unexpected<VaultFailure>(std::move(select).error());
        QStringList rows;
        while (true) {
            auto row = select->step();
            if (!row)
                return Unexpected<VaultFailure>(std::move(row).error());
            if (!*row)
                break;
            rows << table + QStringLiteral(": ") + select->text(0);
        }
        rows.sort();
        lines << rows;
    }
    return lines;
}

VaultResult<QList<int>> conversationSizes(Vault &vault)
{
    auto ids = ConversationArchive::allIds(vault);
    if (!ids)
        return Unexpected(ids.error());
    QList<int> sizes;
    for (qint64 id : std::as_const(*ids)) {
        auto archive = ConversationArchive::read(vault, id);
        if (!archive)
            return Unexpected(archive.error());
        sizes << int(archive->messages.size());
    }
    return sizes;
}

} // namespace sotto::test
