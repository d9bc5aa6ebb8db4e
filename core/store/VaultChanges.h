// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QSet>
#include <QtGlobal>

namespace sotto {

/// What the repositories changed since it was last collected: VaultService turns
/// it into its change signals after each job. A plain value.
struct VaultChanges {
    bool conversations = false; // the list: created, renamed, pinned, deleted, reordered
    QSet<qint64> messages; // conversations whose messages changed
    QSet<qint64> auditRecords; // audit records inserted or completed
    bool auditLog = false; // the audit as a whole: records removed, request copies deleted
    bool providers = false;
    bool settings = false;

    bool isEmpty() const
    {
        return !conversations && messages.isEmpty() && auditRecords.isEmpty() && !auditLog && !providers
            && !settings;
    }
    void merge(const VaultChanges &other)
    {
        conversations |= other.conversations;
        messages.unite(other.messages);
        auditRecords.unite(other.auditRecords);
        auditLog |= other.auditLog;
        providers |= other.providers;
        settings |= other.settings;
    }
};

} // namespace sotto
