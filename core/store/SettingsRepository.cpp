// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/SettingsRepository.h"

#include "core/store/Vault.h"

namespace sotto {

SettingsRepository::SettingsRepository(Vault &vault)
    : m_vault(vault)
{ }

VaultResult<std::optional<QString>> SettingsRepository::value(const QString &key)
{
    auto select = m_vault.prepare("SELECT value FROM settings WHERE key = ?1");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    select->bind(1, key);
    auto row = select->step();
    if (!row)
        return Unexpected<VaultFailure>(std::move(row).error());
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>(select->text(0));
}

QString SettingsRepository::value(const QString &key, const QString &fallback)
{
    auto stored = value(key);
    return stored && *stored ? **stored : fallback;
}

VaultResult<void> SettingsRepository::setValue(const QString &key, const QString &value)
{
    auto upsert = m_vault.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!upsert)
        return Unexpected<VaultFailure>(std::move(upsert).error());
    upsert->bind(1, key).bind(2, value);
    if (auto ran = upsert->run(); !ran)
        return ran;
    m_vault.pendingChanges().settings = true;
    return {};
}

VaultResult<void> SettingsRepository::setValues(const QMap<QString, QString> &values)
{
    auto transaction = m_vault.transaction();
    if (!transaction)
        return Unexpected<VaultFailure>(std::move(transaction).error());
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (auto saved = setValue(it.key(), it.value()); !saved)
            return saved;
    }
    return transaction->commit();
}

VaultResult<void> SettingsRepository::remove(const QString &key)
{
    auto remove = m_vault.prepare("DELETE FROM settings WHERE key = ?1");
    if (!remove)
        return Unexpected<VaultFailure>(std::move(remove).error());
    remove->bind(1, key);
    if (auto ran = remove->run(); !ran)
        return ran;
    m_vault.pendingChanges().settings = true;
    return {};
}

VaultResult<QMap<QString, QString>> SettingsRepository::all()
{
    auto select = m_vault.prepare("SELECT key, value FROM settings ORDER BY key");
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    QMap<QString, QString> settings;
    for (;;) {
        auto row = select->step();
        if (!row)
            return Unexpected<VaultFailure>(std::move(row).error());
        if (!*row)
            return settings;
        settings.insert(select->text(0), select->text(1));
    }
}

} // namespace sotto
