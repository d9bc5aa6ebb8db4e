// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/store/AuditRepository.h"
#include "core/store/Vault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sotto::app {

namespace {

class AuditText final {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

// The fields of DESIGN.md's audit record, in its order.
const QStringList FIELDS = {
    QStringLiteral("id"),
    QStringLiteral("turn_id"),
    QStringLiteral("conversation_id"),
    QStringLiteral("time"),
    QStringLiteral("provider"),
    QStringLiteral("api"),
    QStringLiteral("model"),
    QStringLiteral("mode"),
    QStringLiteral("purpose"),
    QStringLiteral("method"),
    QStringLiteral("url"),
    QStringLiteral("host"),
    QStringLiteral("destination"),
    QStringLiteral("proxy"),
    QStringLiteral("status"),
    QStringLiteral("http_status"),
    QStringLiteral("body_bytes"),
    QStringLiteral("header_bytes"),
    QStringLiteral("response_bytes"),
    QStringLiteral("duration_ms"),
    QStringLiteral("text_chars"),
    QStringLiteral("images"),
    QStringLiteral("image_bytes"),
    QStringLiteral("metadata_removed"),
    QStringLiteral("redactions"),
    QStringLiteral("history_sent"),
    QStringLiteral("history_withheld"),
    QStringLiteral("headers"),
    QStringLiteral("policy_reason"),
    QStringLiteral("error"),
};

QJsonObject toJson(const AuditRecord &r)
{
    QJsonObject headers;
    for (const auto &[name, value] : r.headers)
        headers.insert(name, value);
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    };
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("turn_id"), orNull(r.turnId)},
        {QStringLiteral("conversation_id"),
         r.conversationId > 0 ? QJsonValue(r.conversationId) : QJsonValue()},
        {QStringLiteral("time"), r.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("provider"), r.provider},
        {QStringLiteral("api"), r.api},
        {QStringLiteral("model"), orNull(r.model)},
        {QStringLiteral("mode"), orNull(r.mode)},
        {QStringLiteral("purpose"), orNull(r.purpose)},
        {QStringLiteral("method"), r.method},
        {QStringLiteral("url"), r.url},
        {QStringLiteral("host"), r.host},
        {QStringLiteral("destination"), destinationName(r.destination)},
        // Requests go straight to their destination: no proxy exists yet.
        {QStringLiteral("proxy"), QJsonValue()},
        {QStringLiteral("status"), auditStatusName(r.status)},
        {QStringLiteral("http_status"), r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue()},
        {QStringLiteral("body_bytes"), r.bodyBytes},
        {QStringLiteral("header_bytes"), r.headerBytes},
        {QStringLiteral("response_bytes"), r.responseBytes},
        {QStringLiteral("duration_ms"), r.durationMs},
        {QStringLiteral("text_chars"), r.textChars},
        {QStringLiteral("images"), r.images},
        {QStringLiteral("image_bytes"), r.imageBytes},
        // Images are re-encoded from their pixels, which drops all metadata, but what was
        // dropped is not counted yet: unknown (null) for a request with images.
        {QStringLiteral("metadata_removed"), r.images > 0 ? QJsonValue() : QJsonValue(0)},
        {QStringLiteral("redactions"), r.redactions},
        {QStringLiteral("history_sent"), r.historySent},
        {QStringLiteral("history_withheld"), r.historyWithheld},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("policy_reason"), orNull(r.policyReason)},
        {QStringLiteral("error"), orNull(r.error)},
    };
}

QString csvField(const QJsonValue &value)
{
    QString text;
    if (value.isObject()) {
        QStringList pairs;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            pairs << it.key() + QStringLiteral(": ") + it.value().toString();
        text = pairs.join(QStringLiteral("; "));
    } else if (value.isDouble()) {
        text = QString::number(value.toInteger());
    } else {
        text = value.toString();
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

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
            array.append(toJson(record));
        context.printJson(QJsonDocument(array));
        return ExitOk;
    }
    if (parser.isSet(csv)) {
        out << FIELDS.join(QLatin1Char(',')) << '\n';
        for (const AuditRecord &record : *records) {
            const QJsonObject object = toJson(record);
            QStringList row;
            for (const QString &field : FIELDS)
                row << csvField(object.value(field));
            out << context.forOut(row.join(QLatin1Char(','))) << '\n';
        }
        out.flush();
        return ExitOk;
    }
    const QLocale locale;
    for (const AuditRecord &r : *records) {
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
