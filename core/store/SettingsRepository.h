// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"

#include <QMap>
#include <QString>

#include <optional>

namespace sotto {

class Vault;

/// Settings kept inside the vault (anything that could name content or a
/// secret; QSettings keeps only window geometry and the profile path). Keys and
/// values are text; the callers own the key names. Synchronous; vault thread.
class SettingsRepository final {
public:
    /// Whole days; the vault deletes unpinned conversations last updated longer
    /// ago than this at every unlock. Absent or 0: keep everything.
    static constexpr char RETENTION_DAYS[] = "retention-days";
    /// Whole days; the vault deletes audit records older than this at every
    /// unlock. Absent or 0: keep everything.
    static constexpr char AUDIT_RETENTION_DAYS[] = "audit-retention-days";
    /// The provider and model a new chat starts with: the last ones chosen in a chat
    /// (ChatController), or the ones the welcome made the default. Names, no content.
    static constexpr char LAST_PROVIDER[] = "chat.last_provider";
    static constexpr char LAST_MODEL[] = "chat.last_model";

    explicit SettingsRepository(Vault &vault);

    VaultResult<std::optional<QString>> value(const QString &key);
    /// value(), or `fallback` when absent (errors too: a setting is never critical).
    QString value(const QString &key, const QString &fallback);
    VaultResult<void> setValue(const QString &key, const QString &value);
    /// Every entry of `values`, in one transaction (all or none).
    VaultResult<void> setValues(const QMap<QString, QString> &values);
    VaultResult<void> remove(const QString &key);
    VaultResult<QMap<QString, QString>> all();

private:
    Vault &m_vault;
};

} // namespace sotto
