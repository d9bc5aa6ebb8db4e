// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/AuditDashboard.h"

#include "core/net/EgressPolicy.h"

#include "core/orchestration/AuditFormat.h"
#include "core/store/Vault.h"
#include "core/store/VaultService.h"

#include <QHash>
#include <QSaveFile>
#include <QTimeZone>

namespace sotto {

namespace {

void add(AuditTotal &sum, const AuditTotal &part)
{
    sum.requests += part.requests;
    sum.blocked += part.blocked;
    sum.failed += part.failed;
    sum.bodyBytes += part.bodyBytes;
    sum.headerBytes += part.headerBytes;
    sum.responseBytes += part.responseBytes;
    sum.images += part.images;
    sum.imageBytes += part.imageBytes;
    sum.textChars += part.textChars;
    sum.redactions += part.redactions;
    sum.durationMs += part.durationMs;
}

VaultResult<AuditSummary> summarize(Vault &vault, AuditPeriod period, const QDateTime &now)
{
    AuditSummary summary;
    summary.period = period;
    summary.since = AuditDashboard::periodStart(period, now);
    AuditFilter filter;
    filter.since = summary.since;
    AuditRepository audit(vault);

    auto destinations = audit.totals(AuditGrouping::Destination, filter);
    if (!destinations)
        return Unexpected<VaultFailure>(std::move(destinations).error());
    for (const AuditTotal &part : *destinations) {
        add(summary.total, part);
        if (const auto destination = AuditRepository::destinationFromName(part.key))
            summary.byDestination.at(std::size_t(*destination)) = part;
    }
    for (std::size_t i = 0; i < summary.byDestination.size(); ++i)
        summary.byDestination.at(i).key = destinationName(Destination(i));

    const int offset = now.toLocalTime().offsetFromUtc();
    auto perDay = audit.totals(AuditGrouping::DayAndDestination, filter, offset);
    if (!perDay)
        return Unexpected<VaultFailure>(std::move(perDay).error());
    const QDate today = now.toLocalTime().date();
    QDate first = period == AuditPeriod::All ? today : summary.since.toLocalTime().date();
    QHash<QDate, std::array<qint64, 3>> sent;
    for (const AuditTotal &part : *perDay) {
        const QDate day = QDate::fromString(part.key, Qt::ISODate);
        const auto destination = AuditRepository::destinationFromName(part.detail);
        if (!day.isValid() || !destination)
            continue;
        sent[day].at(std::size_t(*destination)) += part.bodyBytes + part.headerBytes;
        if (day < first)
            first = day;
    }
    for (QDate day = first; day <= today; day = day.addDays(1))
        summary.days.append({day, sent.value(day)});

    auto providers = audit.totals(AuditGrouping::Provider, filter);
    if (!providers)
        return Unexpected<VaultFailure>(std::move(providers).error());
    summary.byProvider = *providers;
    auto hosts = audit.totals(AuditGrouping::Host, filter);
    if (!hosts)
        return Unexpected<VaultFailure>(std::move(hosts).error());
    summary.byHost = *hosts;
    return summary;
}

} // namespace

qint64 AuditSummary::requestsTo(Destination destination) const
{
    const AuditTotal &part = byDestination.at(std::size_t(destination));
    return part.requests - part.blocked;
}

qint64 AuditSummary::bytesSentTo(Destination destination) const
{
    const AuditTotal &part = byDestination.at(std::size_t(destination));
    return part.bodyBytes + part.headerBytes;
}

AuditDashboard::AuditDashboard(VaultService &vault, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
{
    connect(&vault, &VaultService::auditChanged, this, [this](const QList<qint64> &ids) {
        if (ids.isEmpty())
            Q_EMIT reloadNeeded();
        else
            Q_EMIT recordsChanged(ids);
    });
    // What was read belongs to the vault that was open: a new unlock reads again.
    connect(&vault, &VaultService::unlocked, this, &AuditDashboard::reloadNeeded);
}

QDateTime AuditDashboard::periodStart(AuditPeriod period, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    int daysBack = 0;
    switch (period) {
    case AuditPeriod::Today:
        daysBack = 0;
        break;
    case AuditPeriod::Week:
        daysBack = 6;
        break;
    case AuditPeriod::Month:
        daysBack = 29;
        break;
    case AuditPeriod::All:
        return {};
    }
    return QDateTime(today.addDays(-daysBack), QTime(0, 0), QTimeZone::systemTimeZone()).toUTC();
}

void AuditDashboard::summary(AuditPeriod period, QObject *context, Done<AuditSummary> done)
{
    const QDateTime now = QDateTime::currentDateTime();
    m_vault.run(
        [period, now](Vault &vault) {
            return summarize(vault, period, now);
        },
        context, std::move(done));
}

void AuditDashboard::records(AuditPeriod period, QObject *context, Done<QList<AuditRecord>> done)
{
    AuditFilter filter;
    filter.since = periodStart(period, QDateTime::currentDateTime());
    m_vault.run(
        [filter](Vault &vault) {
            return AuditRepository(vault).list(filter);
        },
        context, std::move(done));
}

void AuditDashboard::fetch(const QList<qint64> &ids, QObject *context, Done<QList<AuditRecord>> done)
{
    m_vault.run(
        [ids](Vault &vault) {
            return AuditRepository(vault).find(ids);
        },
        context, std::move(done));
}

void AuditDashboard::requestCopy(qint64 id, QObject *context, Done<QByteArray> done)
{
    m_vault.run(
        [id](Vault &vault) {
            return AuditRepository(vault).requestCopy(id);
        },
        context, std::move(done));
}

void AuditDashboard::exportTo(AuditPeriod period, AuditExportFormat format, const QString &path,
                              QObject *context, Done<int> done)
{
    AuditFilter filter;
    filter.since = periodStart(period, QDateTime::currentDateTime());
    m_vault.run(
        [filter, format, path](Vault &vault) -> VaultResult<int> {
            return AuditRepository(vault).list(filter).and_then(
                [&](const QList<AuditRecord> &records) -> VaultResult<int> {
                    const QByteArray bytes = format == AuditExportFormat::Csv
                        ? AuditFormat::toCsv(records)
                        : AuditFormat::toJsonArray(records);
                    // All or nothing: a failed write leaves whatever was at `path` before.
                    QSaveFile file(path);
                    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
                        || !file.commit())
                        return vaultError(VaultError::Io,
                                          tr("Could not write %1: %2").arg(path, file.errorString()));
                    return int(records.size());
                });
        },
        context, std::move(done));
}

void AuditDashboard::clear(QObject *context, Done<int> done)
{
    m_vault.run(
        [](Vault &vault) {
            return AuditRepository(vault).clear();
        },
        context, std::move(done));
}

QList<AuditRecordGroup> AuditDashboard::groupByTurn(const QList<AuditRecord> &records)
{
    QList<AuditRecordGroup> groups;
    QHash<QString, qsizetype> byTurn;
    for (const AuditRecord &record : records) {
        if (!record.turnId.isEmpty()) {
            if (const auto found = byTurn.constFind(record.turnId); found != byTurn.cend()) {
                groups[*found].records.append(record);
                continue;
            }
            byTurn.insert(record.turnId, groups.size());
        }
        groups.append({record.turnId, {record}});
    }
    return groups;
}

AuditDecidingSetting AuditDashboard::decidingSetting(const AuditRecord &record)
{
    if (record.status != AuditStatus::Blocked)
        return AuditDecidingSetting::None;
    switch (EgressPolicy::ruleOf(record.policyReason)) {
    case PolicyRule::ProviderDisabled:
    case PolicyRule::HttpToInternet:
        return AuditDecidingSetting::Provider;
    case PolicyRule::LocalOnly:
        return AuditDecidingSetting::Conversation;
    case PolicyRule::None:
    case PolicyRule::Offline:
    case PolicyRule::AskBeforeSend:
    case PolicyRule::Unknown: // recorded in another language: the privacy settings hold most rules
        break;
    }
    return AuditDecidingSetting::Privacy;
}

} // namespace sotto
