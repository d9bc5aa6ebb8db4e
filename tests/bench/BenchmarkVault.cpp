// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/bench/BenchmarkVault.h"

#include "core/store/Schema.h"

namespace sotto {

VaultResult<std::unique_ptr<Vault>> BenchmarkVault::openUnencrypted(const QString &directory)
{
    const Profile profile(directory);
    if (auto made = profile.ensureExists(); !made)
        return vaultError(VaultError::Io, made.error().message);
    const VaultLayout layout(profile);
    auto lock = Vault::acquireLock(layout);
    if (!lock)
        return Unexpected<VaultFailure>(std::move(lock).error());
    std::unique_ptr<Vault> vault(new Vault(profile, std::move(*lock)));
    vault->m_encrypted = false;
    const QString path = profile.filePath(QStringLiteral("plain.db"));
    if (auto connected = vault->connect(path, nullptr, true, {}); !connected)
        return Unexpected<VaultFailure>(std::move(connected).error());
    if (auto migrated = vault->migrate(Schema::currentVersion()); !migrated)
        return Unexpected<VaultFailure>(std::move(migrated).error());
    vault->m_report.schemaVersion = vault->schemaVersion();
    return vault;
}

} // namespace sotto
