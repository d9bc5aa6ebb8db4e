// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/VaultLayout.h"

namespace sotto {

VaultLayout::VaultLayout(const Profile &profile)
    : m_profile(profile)
{ }

QString VaultLayout::database() const
{
    return m_profile.filePath(QStringLiteral("vault.db"));
}

QString VaultLayout::wal() const
{
    return m_profile.filePath(QStringLiteral("vault.db-wal"));
}

QString VaultLayout::shm() const
{
    return m_profile.filePath(QStringLiteral("vault.db-shm"));
}

QString VaultLayout::header() const
{
    return m_profile.filePath(QStringLiteral("vault.header"));
}

QString VaultLayout::lock() const
{
    return m_profile.filePath(QStringLiteral("vault.lock"));
}

QString VaultLayout::backups() const
{
    return m_profile.filePath(QStringLiteral("backups"));
}

QString VaultLayout::creatingDatabase() const
{
    return m_profile.filePath(QStringLiteral("vault.db.creating"));
}

QString VaultLayout::pendingDatabase() const
{
    return m_profile.filePath(QStringLiteral("vault.db.new"));
}

QString VaultLayout::pendingHeader() const
{
    return m_profile.filePath(QStringLiteral("vault.header.new"));
}

} // namespace sotto
