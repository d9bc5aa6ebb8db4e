// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/AuditRepository.h"
#include "core/store/VaultError.h"
#include "core/types/AuditRecord.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <array>
#include <functional>

namespace sotto {

class VaultService;

/// The span of time the privacy dashboard shows.
enum class AuditPeriod {
    Today, // since local midnight
    Week, // today and the 6 days before
    Month, // today and the 29 days before
    All,
};

/// Bytes sent (bodies and headers) on one local day, per destination.
struct AuditDayBytes {
    QDate day;
    std::array<qint64, 3> sent{}; // indexed by int(Destination)
};

/// What left the machine in one period: the dashboard's cards, chart and breakdowns.
struct AuditSummary {
    AuditPeriod period = AuditPeriod::All;
    QDateTime since; // UTC; invalid for All
    AuditTotal total; // every request of the period (blocked ones included)
    std::array<AuditTotal, 3> byDestination{}; // indexed by int(Destination)
    QList<AuditDayBytes> days; // oldest first, every day of the period (All: from the first record's)
    QList<AuditTotal> byProvider; // most traffic first
    QList<AuditTotal> byHost; // most traffic first

    qint64 bytesSent() const { return total.bodyBytes + total.headerBytes; }
    /// Requests that were not blocked, to `destination`.
    qint64 requestsTo(Destination destination) const;
    qint64 bytesSentTo(Destination destination) const;
};

/// The requests of one turn id (a Contemplating answer has K+1), or a lone
/// request without one, in the order the records were given.
struct AuditRecordGroup {
    QString turnId; // empty: one request outside any turn
    QList<AuditRecord> records;
};

/// What the dashboard exports: the fields of `sotto audit --csv` / `--json`.
enum class AuditExportFormat {
    Csv,
    Json,
};

/// Which setting decided that a request was blocked: what the dashboard opens.
enum class AuditDecidingSetting {
    None, // not blocked
    Privacy, // offline, ask before sending (Settings › Privacy)
    Provider, // the provider's own settings: disabled, plain http to the internet
    Conversation, // the conversation is local-only (its own switch)
};

/// The audit log as the privacy dashboard reads it: period summaries (cards,
/// bytes per day by destination, provider and host breakdowns), the records of
/// a period, single records for live updates, request copies. Every query runs
/// on the vault's thread (VaultService jobs); `done` runs on this object's thread
/// unless `context` is gone, so the caller never waits on the disk.
///
/// recordsChanged(ids) says which records were inserted or completed since (so
/// a view fetches only those with fetch()); reloadNeeded() that the log changed
/// as a whole. Lives on the GUI thread; does not own the vault service.
class AuditDashboard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDashboard)

public:
    explicit AuditDashboard(VaultService &vault, QObject *parent = nullptr);

    template <typename T>
    using Done = std::function<void(VaultResult<T>)>;

    void summary(AuditPeriod period, QObject *context, Done<AuditSummary> done);
    /// The records of `period`, newest first, without request copies.
    void records(AuditPeriod period, QObject *context, Done<QList<AuditRecord>> done);
    /// Records `ids` (those that still exist), without request copies.
    void fetch(const QList<qint64> &ids, QObject *context, Done<QList<AuditRecord>> done);
    /// The exact body kept for record `id` (empty when no copy was kept).
    void requestCopy(qint64 id, QObject *context, Done<QByteArray> done);

    /// Writes the records of `period`, newest first as `sotto audit` prints them, to `path` in `format`
    /// (AuditFormat: the fields of `sotto audit`), atomically (QSaveFile); the
    /// result is how many were written.
    void exportTo(AuditPeriod period, AuditExportFormat format, const QString &path, QObject *context,
                  Done<int> done);
    /// Deletes every audit record and request copy, leaving one record that says
    /// when and how many (AuditRepository::clear()); the result is how many.
    void clear(QObject *context, Done<int> done);

    /// Where `period` begins, for a clock reading `now` (invalid for All).
    static QDateTime periodStart(AuditPeriod period, const QDateTime &now);
    /// `records` with those sharing a turn id gathered into one group, at the
    /// place of the group's first record; records without a turn id stay alone.
    static QList<AuditRecordGroup> groupByTurn(const QList<AuditRecord> &records);
    /// Where the setting that blocked `record` is (None when it was not blocked),
    /// from the rule its policy reason names (EgressPolicy::ruleOf).
    static AuditDecidingSetting decidingSetting(const AuditRecord &record);
    /// The record clear() leaves in place of the records (not a request), and how many it replaced.
    static bool isClearedMarker(const AuditRecord &record)
    {
        return AuditRepository::isClearedMarker(record);
    }
    static int clearedCount(const AuditRecord &record) { return AuditRepository::clearedCount(record); }

Q_SIGNALS:
    void recordsChanged(const QList<qint64> &ids);
    void reloadNeeded();

private:
    VaultService &m_vault;
};

} // namespace sotto
