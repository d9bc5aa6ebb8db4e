// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"
#include "core/types/AuditRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sotto {

class Vault;

/// Which audit records a query covers. Empty / unset members do not filter.
struct AuditFilter {
    QDateTime since; // inclusive
    QDateTime until; // exclusive
    QString provider;
    std::optional<AuditStatus> status;
    std::optional<qint64> conversationId; // 0: requests outside any conversation
    QString turnId;
    QString host;
    std::optional<Destination> destination;
    int limit = -1; // list() only; < 0: all
    int offset = 0;
    bool newestFirst = true;
};

/// What totals() groups by.
enum class AuditGrouping {
    Provider,
    Host,
    Destination, // "loopback", "lan", "internet"
    Day, // "2026-01-26", in the time zone given to totals()
    DayAndDestination, // key: the day as for Day; detail: the destination
};

/// Sums over a group of audit records.
struct AuditTotal {
    QString key; // the provider, host, destination or day
    QString detail; // DayAndDestination: the destination
    qint64 requests = 0;
    qint64 blocked = 0;
    qint64 failed = 0; // failed or cancelled
    qint64 bodyBytes = 0;
    qint64 headerBytes = 0;
    qint64 responseBytes = 0;
    qint64 images = 0;
    qint64 imageBytes = 0;
    qint64 textChars = 0;
    qint64 redactions = 0;
    qint64 durationMs = 0;
};

/// The requests of one turn (a Contemplating turn has K+1 of them).
struct AuditTurn {
    QString turnId;
    qint64 conversationId = 0;
    QDateTime firstTime;
    QDateTime lastTime;
    QStringList providers; // distinct, sorted
    AuditTotal totals; // key = turnId
};

/// The audit log (DESIGN.md, "Audit record"): what left the machine, request
/// by request. insert() is what EgressGate calls before sending (write-ahead,
/// invariant 2) and complete() after. Records outlive their conversation;
/// request copies, which hold content, are deleted with it. Synchronous; vault
/// thread; does not own the vault.
class AuditRepository final {
    Q_DECLARE_TR_FUNCTIONS(sotto::AuditRepository)

public:
    explicit AuditRepository(Vault &vault);

    /// Stores `record` (its id ignored) and, when not empty, its request copy —
    /// only for a request of a stored conversation: an incognito request keeps
    /// none (DESIGN.md invariant 4). Committed when this returns. Returns the new id.
    VaultResult<qint64> insert(const AuditRecord &record);
    /// Moves record `id` to its final state.
    VaultResult<void> complete(qint64 id, const AuditCompletion &completion);
    /// One record, with its request copy.
    VaultResult<AuditRecord> get(qint64 id);
    /// Records matching `filter`, without request copies.
    VaultResult<QList<AuditRecord>> list(const AuditFilter &filter = {});
    /// Records `ids` (those that exist, in ascending id order), without request copies.
    VaultResult<QList<AuditRecord>> find(const QList<qint64> &ids);
    VaultResult<QByteArray> requestCopy(qint64 id);
    /// Totals per group, largest traffic first (days: newest first). Days are
    /// cut at midnight of the zone `utcOffsetSeconds` ahead of UTC.
    VaultResult<QList<AuditTotal>> totals(AuditGrouping grouping, const AuditFilter &filter = {},
                                          int utcOffsetSeconds = 0);
    /// Requests grouped by turn id (records without one are left out), newest first.
    VaultResult<QList<AuditTurn>> turns(const AuditFilter &filter = {});

    /// Deletes every record (and request copy) and leaves one record that says
    /// when and how many were deleted (isClearedMarker(); docs/PRIVACY.md), in one
    /// transaction. Returns how many request records were deleted.
    VaultResult<int> clear(const QDateTime &when = QDateTime::currentDateTimeUtc());
    /// Deletes the records older than `cutoff` (the "audit-retention-days"
    /// setting, applied at unlock). Returns how many.
    VaultResult<int> removeOlderThan(const QDateTime &cutoff);

    /// The purpose of the record clear() leaves; its history_withheld holds the count.
    static constexpr char CLEARED_PURPOSE[] = "audit-cleared";
    static bool isClearedMarker(const AuditRecord &record);
    /// How many records the marker says were cleared.
    static int clearedCount(const AuditRecord &record) { return record.historyWithheld; }

    static std::optional<AuditStatus> statusFromName(const QString &name);
    static std::optional<Destination> destinationFromName(const QString &name);

private:
    Vault &m_vault;
};

} // namespace sotto
