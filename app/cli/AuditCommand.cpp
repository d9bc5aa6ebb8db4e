// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/orchestration/AuditFormat.h"
#include "core/store/AuditRepository.h"
#include "core/store/Vault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace sotto::app {

namespace {

class AuditText final {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

} // namespace

int runAuditCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AuditText::tr("Every request Sotto sent or refused, newest first."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  AuditText::tr("Print a JSON array, one object per request."));
    const QCommandLineOption csv(QStringLiteral("csv"), AuditText::tr("Print CSV with a header row."));
    const QCommandLineOption since(QStringLiteral("since"),
                                   AuditText::tr("Only requests from this date or time on (ISO 8601, UTC)."),
                                   AuditText::tr("date"));
    for (const QCommandLineOption &option : {json, csv, since})
        parser.addOption(option);
    if (const int early = context.parse(parser); early >= 0)
        return early;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitUsage, AuditText::tr("'audit' takes no arguments, only options."));
    if (parser.isSet(json) && parser.isSet(csv))
        return context.fail(ExitUsage, AuditText::tr("Choose --json or --csv, not both."));

    AuditFilter filter;
    if (parser.isSet(since)) {
        const QString text = parser.value(since);
        QDateTime from = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!from.isValid()) {
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (day.isValid())
                from = QDateTime(day, QTime(0, 0), Qt::UTC);
        }
        if (!from.isValid())
            return context.fail(ExitUsage, AuditText::tr("'%1' is not an ISO 8601 date.").arg(text));
        if (from.timeSpec() == Qt::LocalTime)
            from.setTimeSpec(Qt::UTC);
        filter.since = from;
    }

    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    auto records = AuditRepository(*vault).list(filter);
    if (!records)
        return context.fail(ExitFailure, records.error().message);

    QTextStream &out = context.out();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const AuditRecord &record : *records)
            array.append(AuditFormat::toJson(record));
        context.printJson(QJsonDocument(array));
        return ExitOk;
    }
    if (parser.isSet(csv)) {
        out << AuditFormat::csvHeader() << '\n';
        for (const AuditRecord &record : *records)
            out << context.forOut(AuditFormat::csvLine(record)) << '\n';
        out.flush();
        return ExitOk;
    }
    const QLocale locale;
    for (const AuditRecord &r : *records) {
        if (AuditRepository::isClearedMarker(r)) {
            // Not a request: where the audit was cleared, and how much went.
            out << context.forOut(r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                  + QStringLiteral("  ")
                                  + AuditText::tr("audit cleared: %n earlier records deleted", nullptr,
                                                  AuditRepository::clearedCount(r)))
                << '\n';
            continue;
        }
        const QString line = r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            + QStringLiteral("  ") + auditStatusName(r.status) + QStringLiteral("  ")
            + destinationName(r.destination) + QStringLiteral("  ") + r.method + QLatin1Char(' ') + r.host
            + QStringLiteral("  ") + locale.formattedDataSize(r.bodyBytes) + AuditText::tr(" sent")
            + QStringLiteral("  ") + r.provider
            + (r.model.isEmpty() ? QString() : QStringLiteral(" / ") + r.model)
            + (r.policyReason.isEmpty() ? QString()
                                        : QStringLiteral("  (") + r.policyReason + QLatin1Char(')'));
        out << context.forOut(line) << '\n';
    }
    if (records->isEmpty())
        context.err() << AuditText::tr("Nothing has been sent yet.") << Qt::endl;
    out.flush();
    return ExitOk;
}

} // namespace sotto::app
