// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/SettingsRepository.h"

#include "core/store/SqlQuery.h"
#include "core/store/Vault.h"

namespace sotto {

SettingsRepository::SettingsRepository(Vault &vault)
    : m_vault(vault)
{ }

VaultResult<std::optional<QString>> SettingsRepository::value(const QString &key)
{
    return sql::row(m_vault, "SELECT value FROM settings WHERE key = ?1", {key}, [](const SqlStatement &row) {
        return row.text(0);
    });
}

QString SettingsRepository::value(const QString &key, const QString &fallback)
{
    auto stored = value(key);
    return stored && *stored ? **stored : fallback;
}

VaultResult<void> SettingsRepository::setValue(const QString &key, const QString &value)
{
    if (auto ran = sql::run(m_vault,
                            "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                            {key, value});
        !ran)
        return ran;
    m_vault.pendingChanges().settings = true;
    return {};
}

VaultResult<void> SettingsRepository::setValues(const QMap<QString, QString> &values)
{
    return sql::inTransaction(m_vault, [&]() -> VaultResult<void> {
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (auto saved = setValue(it.key(), it.value()); !saved)
                return saved;
        }
        return {};
    });
}

VaultResult<void> SettingsRepository::remove(const QString &key)
{
    if (auto ran = sql::run(m_vault, "DELETE FROM settings WHERE key = ?1", {key}); !ran)
        return ran;
    m_vault.pendingChanges().settings = true;
    return {};
}

VaultResult<QMap<QString, QString>> SettingsRepository::all()
{
    QMap<QString, QString> settings;
    return sql::forEachRow(m_vault, "SELECT key, value FROM settings ORDER BY key", {},
                           [&](const SqlStatement &row) {
                               settings.insert(row.text(0), row.text(1));
                           })
        .transform([&] {
            return std::move(settings);
        });
}

} // namespace sotto
