// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/AuditRepository.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreValues.h"
#include "core/store/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sotto {

using namespace store;

namespace {

#define SOTTO_AUDIT_COLUMNS                                                                                  \
    "id, turn_id, conversation_id, time, provider, api, purpose, model, mode, method, url, host, "           \
    "destination, "                                                                                          \
    "status, http_status, body_bytes, header_bytes, response_bytes, duration_ms, text_chars, images, "       \
    "image_bytes, "                                                                                          \
    "redactions, headers, policy_reason, error, history_sent, history_withheld, proxy, metadata_removed"

// Parameters ?1…?8 of every filtered query; NULL disables a condition.
#define SOTTO_AUDIT_FILTER                                                                                   \
    " (?1 IS NULL OR time >= ?1) AND (?2 IS NULL OR time < ?2) AND (?3 IS NULL OR provider = ?3)"            \
    " AND (?4 IS NULL OR status = ?4) AND (?5 IS NULL OR coalesce(conversation_id, 0) = ?5)"                 \
    " AND (?6 IS NULL OR turn_id = ?6) AND (?7 IS NULL OR host = ?7) AND (?8 IS NULL OR destination = ?8) "

// Totals and turns count requests: the record clear() leaves is not one.
#define SOTTO_AUDIT_REQUESTS_ONLY " AND purpose <> 'audit-cleared' "

#define SOTTO_AUDIT_SUMS                                                                                     \
    "count(*), sum(status = 'blocked'), sum(status IN ('failed', 'cancelled')), sum(body_bytes), "           \
    "sum(header_bytes), sum(response_bytes), sum(images), sum(image_bytes), sum(text_chars), "               \
    "sum(redactions), "                                                                                      \
    "sum(duration_ms)"

void bindFilter(SqlStatement &statement, const AuditFilter &filter)
{
    const auto text = [&statement](int index, const QString &value) {
        if (value.isEmpty())
            statement.bindNull(index);
        else
            statement.bind(index, value);
    };
    if (filter.since.isValid())
        statement.bind(1, toMs(filter.since));
    else
        statement.bindNull(1);
    if (filter.until.isValid())
        statement.bind(2, toMs(filter.until));
    else
        statement.bindNull(2);
    text(3, filter.provider);
    text(4, filter.status ? auditStatusName(*filter.status) : QString());
    if (filter.conversationId)
        statement.bind(5, *filter.conversationId);
    else
        statement.bindNull(5);
    text(6, filter.turnId);
    text(7, filter.host);
    text(8, filter.destination ? destinationName(*filter.destination) : QString());
}

/// `read(row)` for every row of `select`, with `filter` bound to ?1–?8 and its
/// page to ?9 (LIMIT) and ?10 (OFFSET).
template <typename Read>
auto readPage(VaultResult<SqlStatement> select, const AuditFilter &filter, Read &&read)
{
    return std::move(select).and_then([&](SqlStatement statement) {
        bindFilter(statement, filter);
        statement.bind(9, qint64(filter.limit)).bind(10, qint64(qMax(0, filter.offset)));
        return statement.rows(read);
    });
}

QString headersToJson(const QList<QPair<QString, QString>> &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{name, value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QString>> headersFromJson(const QString &json)
{
    QList<QPair<QString, QString>> headers;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &pair : array)
        headers.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    return headers;
}

AuditRecord readRecord(const SqlStatement &row)
{
    AuditRecord record;
    record.id = row.int64(0);
    record.turnId = row.text(1);
    record.conversationId = row.isNull(2) ? 0 : row.int64(2);
    record.time = fromMs(row.int64(3));
    record.provider = row.text(4);
    record.api = row.text(5);
    record.purpose = row.text(6);
    record.model = row.text(7);
    record.mode = row.text(8);
    record.method = row.text(9);
    record.url = row.text(10);
    record.host = row.text(11);
    record.destination = AuditRepository::destinationFromName(row.text(12)).value_or(Destination::Internet);
    record.status = AuditRepository::statusFromName(row.text(13)).value_or(AuditStatus::Sent);
    record.httpStatus = int(row.int64(14));
    record.bodyBytes = row.int64(15);
    record.headerBytes = row.int64(16);
    record.responseBytes = row.int64(17);
    record.durationMs = row.int64(18);
    record.textChars = row.int64(19);
    record.images = int(row.int64(20));
    record.imageBytes = row.int64(21);
    record.redactions = int(row.int64(22));
    record.headers = headersFromJson(row.text(23));
    record.policyReason = row.text(24);
    record.error = row.text(25);
    record.historySent = int(row.int64(26));
    record.historyWithheld = int(row.int64(27));
    record.proxy = row.isNull(28) ? QString() : row.text(28);
    record.metadataRemoved = row.isNull(29) ? std::nullopt : std::optional<int>(int(row.int64(29)));
    return record;
}

AuditTotal readTotal(const SqlStatement &row, int first)
{
    AuditTotal total;
    total.requests = row.int64(first);
    total.blocked = row.int64(first + 1);
    total.failed = row.int64(first + 2);
    total.bodyBytes = row.int64(first + 3);
    total.headerBytes = row.int64(first + 4);
    total.responseBytes = row.int64(first + 5);
    total.images = row.int64(first + 6);
    total.imageBytes = row.int64(first + 7);
    total.textChars = row.int64(first + 8);
    total.redactions = row.int64(first + 9);
    total.durationMs = row.int64(first + 10);
    return total;
}

} // namespace

AuditRepository::AuditRepository(Vault &vault)
    : m_vault(vault)
{ }

std::optional<AuditStatus> AuditRepository::statusFromName(const QString &name)
{
    for (AuditStatus status : {AuditStatus::Blocked, AuditStatus::Sent, AuditStatus::Completed,
                               AuditStatus::Failed, AuditStatus::Cancelled}) {
        if (auditStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

std::optional<Destination> AuditRepository::destinationFromName(const QString &name)
{
    for (Destination destination : {Destination::Loopback, Destination::Lan, Destination::Internet}) {
        if (destinationName(destination) == name)
            return destination;
    }
    return std::nullopt;
}

VaultResult<qint64> AuditRepository::insert(const AuditRecord &record)
{
    qint64 id = 0;
    auto inserted = sql::inTransaction(m_vault, [&]() -> VaultResult<void> {
        if (auto ran = sql::run(
                m_vault,
                "INSERT INTO audit_records (turn_id, conversation_id, time, provider, api, "
                "purpose, model, mode, method, url, "
                "host, destination, status, http_status, body_bytes, header_bytes, response_bytes, "
                "duration_ms, text_chars, "
                "images, image_bytes, redactions, headers, policy_reason, error, history_sent, "
                "history_withheld, proxy, metadata_removed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, "
                "?29)",
                {record.turnId,
                 idOrNull(record.conversationId),
                 toMs(record.time.isValid() ? record.time : QDateTime::currentDateTimeUtc()),
                 record.provider,
                 record.api,
                 record.purpose,
                 record.model,
                 record.mode,
                 record.method,
                 record.url,
                 record.host,
                 destinationName(record.destination),
                 auditStatusName(record.status),
                 record.httpStatus,
                 record.bodyBytes,
                 record.headerBytes,
                 record.responseBytes,
                 record.durationMs,
                 record.textChars,
                 record.images,
                 record.imageBytes,
                 record.redactions,
                 headersToJson(record.headers),
                 record.policyReason,
                 record.error,
                 record.historySent,
                 record.historyWithheld,
                 textOrNull(record.proxy),
                 record.metadataRemoved});
            !ran)
            return ran;
        id = m_vault.lastInsertId();
        if (record.requestCopy.isEmpty())
            return {};
        // Only for a request of a stored conversation: an incognito request (or
        // any outside a conversation) keeps no copy, since its words must not stay.
        return sql::run(m_vault,
                        "INSERT INTO audit_request_copies (audit_id, body) SELECT ?1, ?2 "
                        "WHERE EXISTS (SELECT 1 FROM conversations WHERE id = ?3)",
                        {id, record.requestCopy, record.conversationId});
    });
    return std::move(inserted).transform([&] {
        m_vault.pendingChanges().auditRecords.insert(id);
        return id;
    });
}

VaultResult<void> AuditRepository::complete(qint64 id, const AuditCompletion &completion)
{
    if (auto ran
        = sql::run(m_vault,
                   "UPDATE audit_records SET status = ?1, http_status = ?2, response_bytes = ?3, "
                   "duration_ms = ?4, error = ?5, policy_reason = COALESCE(NULLIF(?7, ''), policy_reason) "
                   "WHERE id = ?6",
                   {auditStatusName(completion.status), completion.httpStatus, completion.responseBytes,
                    completion.durationMs, completion.error, id, completion.policyReason});
        !ran)
        return ran;
    if (m_vault.changes() == 0)
        return vaultError(VaultError::NotFound, tr("There is no audit record %1.").arg(id));
    m_vault.pendingChanges().auditRecords.insert(id);
    return {};
}

VaultResult<AuditRecord> AuditRepository::get(qint64 id)
{
    auto found = find({id});
    if (!found)
        return Unexpected<VaultFailure>(std::move(found).error());
    if (found->isEmpty())
        return vaultError(VaultError::NotFound, tr("There is no audit record %1.").arg(id));
    return requestCopy(id).transform([&](QByteArray copy) {
        AuditRecord record = found->first();
        record.requestCopy = std::move(copy);
        return record;
    });
}

VaultResult<QByteArray> AuditRepository::requestCopy(qint64 id)
{
    return sql::row(m_vault, "SELECT body FROM audit_request_copies WHERE audit_id = ?1", {id},
                    [](const SqlStatement &row) {
                        return row.blob(0);
                    })
        .transform([](std::optional<QByteArray> copy) {
            return copy.value_or(QByteArray());
        });
}

VaultResult<QList<AuditRecord>> AuditRepository::list(const AuditFilter &filter)
{
    auto select = filter.newestFirst
        ? m_vault.prepare("SELECT " SOTTO_AUDIT_COLUMNS " FROM audit_records WHERE" SOTTO_AUDIT_FILTER
                          "ORDER BY time DESC, id DESC LIMIT ?9 OFFSET ?10")
        : m_vault.prepare("SELECT " SOTTO_AUDIT_COLUMNS " FROM audit_records WHERE" SOTTO_AUDIT_FILTER
                          "ORDER BY time, id LIMIT ?9 OFFSET ?10");
    return readPage(std::move(select), filter, readRecord);
}

VaultResult<QList<AuditRecord>> AuditRepository::find(const QList<qint64> &ids)
{
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    // One statement for all of them, reset between ids (not prepared again per record).
    return sql::rowsFor(m_vault, "SELECT " SOTTO_AUDIT_COLUMNS " FROM audit_records WHERE id = ?1", sorted,
                        readRecord);
}

VaultResult<QList<AuditTotal>> AuditRepository::totals(AuditGrouping grouping, const AuditFilter &filter,
                                                       int utcOffsetSeconds)
{
    VaultResult<SqlStatement> select = vaultError(VaultError::InvalidArgument, QStringLiteral("grouping"));
    switch (grouping) {
    case AuditGrouping::Provider:
        select
            = m_vault.prepare("SELECT provider, " SOTTO_AUDIT_SUMS
                              " FROM audit_records WHERE" SOTTO_AUDIT_FILTER SOTTO_AUDIT_REQUESTS_ONLY
                              "GROUP BY 1 ORDER BY sum(body_bytes + header_bytes + response_bytes) DESC, 1");
        break;
    case AuditGrouping::Host:
        select
            = m_vault.prepare("SELECT host, " SOTTO_AUDIT_SUMS
                              " FROM audit_records WHERE" SOTTO_AUDIT_FILTER SOTTO_AUDIT_REQUESTS_ONLY
                              "GROUP BY 1 ORDER BY sum(body_bytes + header_bytes + response_bytes) DESC, 1");
        break;
    case AuditGrouping::Destination:
        select
            = m_vault.prepare("SELECT destination, " SOTTO_AUDIT_SUMS
                              " FROM audit_records WHERE" SOTTO_AUDIT_FILTER SOTTO_AUDIT_REQUESTS_ONLY
                              "GROUP BY 1 ORDER BY sum(body_bytes + header_bytes + response_bytes) DESC, 1");
        break;
    case AuditGrouping::Day:
        select = m_vault.prepare("SELECT date(time / 1000 + ?9, 'unixepoch'), " SOTTO_AUDIT_SUMS
                                 " FROM audit_records WHERE" SOTTO_AUDIT_FILTER SOTTO_AUDIT_REQUESTS_ONLY
                                 "GROUP BY 1 ORDER BY 1 DESC");
        break;
    case AuditGrouping::DayAndDestination:
        select = m_vault.prepare(
            "SELECT date(time / 1000 + ?9, 'unixepoch'), " SOTTO_AUDIT_SUMS
            ", destination FROM audit_records WHERE" SOTTO_AUDIT_FILTER SOTTO_AUDIT_REQUESTS_ONLY
            "GROUP BY 1, destination ORDER BY 1 DESC, destination");
        break;
    }
    if (!select)
        return Unexpected<VaultFailure>(std::move(select).error());
    bindFilter(*select, filter);
    const bool byDay = grouping == AuditGrouping::Day || grouping == AuditGrouping::DayAndDestination;
    if (byDay)
        select->bind(9, qint64(utcOffsetSeconds));
    return select->rows([grouping](const SqlStatement &row) {
        AuditTotal total = readTotal(row, 1);
        total.key = row.text(0);
        if (grouping == AuditGrouping::DayAndDestination)
            total.detail = row.text(12);
        return total;
    });
}

VaultResult<QList<AuditTurn>> AuditRepository::turns(const AuditFilter &filter)
{
    auto select = m_vault.prepare(
        "SELECT turn_id, max(coalesce(conversation_id, 0)), min(time), max(time), "
        "(SELECT group_concat(provider, char(10)) FROM (SELECT DISTINCT provider FROM audit_records a "
        "  WHERE a.turn_id = audit_records.turn_id ORDER BY provider)), " SOTTO_AUDIT_SUMS
        " FROM audit_records WHERE turn_id <> '' AND" SOTTO_AUDIT_FILTER SOTTO_AUDIT_REQUESTS_ONLY
        "GROUP BY turn_id ORDER BY min(time) DESC LIMIT ?9 OFFSET ?10");
    return readPage(std::move(select), filter, [](const SqlStatement &row) {
        AuditTurn turn;
        turn.turnId = row.text(0);
        turn.conversationId = row.int64(1);
        turn.firstTime = fromMs(row.int64(2));
        turn.lastTime = fromMs(row.int64(3));
        turn.providers = row.text(4).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        turn.totals = readTotal(row, 5);
        turn.totals.key = turn.turnId;
        return turn;
    });
}

bool AuditRepository::isClearedMarker(const AuditRecord &record)
{
    return record.purpose == QLatin1String(CLEARED_PURPOSE);
}

VaultResult<int> AuditRepository::clear(const QDateTime &when)
{
    int cleared = 0;
    auto done = sql::inTransaction(m_vault, [&]() -> VaultResult<void> {
        auto count
            = sql::integer(m_vault, "SELECT count(*) FROM audit_records WHERE purpose <> 'audit-cleared'");
        if (!count)
            return Unexpected<VaultFailure>(std::move(count).error());
        cleared = int(*count);
        // Request copies go with their records (ON DELETE CASCADE).
        if (auto ran = sql::run(m_vault, "DELETE FROM audit_records"); !ran)
            return ran;
        // The one record left: when, and how many. Nothing left the machine for it.
        AuditRecord marker;
        marker.time = when;
        marker.purpose = QString::fromLatin1(CLEARED_PURPOSE);
        marker.destination = Destination::Loopback;
        marker.status = AuditStatus::Completed;
        marker.historyWithheld = cleared;
        marker.policyReason = tr("The audit was cleared: %n earlier records were deleted.", nullptr, cleared);
        return insert(marker).transform([](qint64) {}); // joins this transaction
    });
    return std::move(done).transform([&] {
        m_vault.pendingChanges().auditLog = true;
        return cleared;
    });
}

VaultResult<int> AuditRepository::removeOlderThan(const QDateTime &cutoff)
{
    return sql::run(m_vault, "DELETE FROM audit_records WHERE time < ?1", {toMs(cutoff)}).transform([this] {
        const int removed = m_vault.changes();
        if (removed > 0)
            m_vault.pendingChanges().auditLog = true;
        return removed;
    });
}

} // namespace sotto
