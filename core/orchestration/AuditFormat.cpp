// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/AuditFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sotto {

namespace {

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
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

} // namespace

const QStringList &AuditFormat::fields()
{
    static const QStringList names = {
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
    return names;
}

QJsonObject AuditFormat::toJson(const AuditRecord &r)
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
        {QStringLiteral("proxy"), orNull(r.proxy)}, // null: direct
        {QStringLiteral("status"), auditStatusName(r.status)},
        {QStringLiteral("http_status"), r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue()},
        {QStringLiteral("body_bytes"), r.bodyBytes},
        {QStringLiteral("header_bytes"), r.headerBytes},
        {QStringLiteral("response_bytes"), r.responseBytes},
        {QStringLiteral("duration_ms"), r.durationMs},
        {QStringLiteral("text_chars"), r.textChars},
        {QStringLiteral("images"), r.images},
        {QStringLiteral("image_bytes"), r.imageBytes},
        // What re-encoding the images dropped (RemovedMetadata::count()); null when an image
        // was stored before Sotto kept that report (schema version 12).
        {QStringLiteral("metadata_removed"),
         r.metadataRemoved ? QJsonValue(*r.metadataRemoved) : QJsonValue()},
        {QStringLiteral("redactions"), r.redactions},
        {QStringLiteral("history_sent"), r.historySent},
        {QStringLiteral("history_withheld"), r.historyWithheld},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("policy_reason"), orNull(r.policyReason)},
        {QStringLiteral("error"), orNull(r.error)},
    };
}

QByteArray AuditFormat::toJsonArray(const QList<AuditRecord> &records)
{
    QJsonArray array;
    for (const AuditRecord &record : records)
        array.append(toJson(record));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString AuditFormat::csvHeader()
{
    return fields().join(QLatin1Char(','));
}

QString AuditFormat::csvLine(const AuditRecord &record)
{
    const QJsonObject object = toJson(record);
    QStringList row;
    for (const QString &field : fields())
        row << csvField(object.value(field));
    return row.join(QLatin1Char(','));
}

QByteArray AuditFormat::toCsv(const QList<AuditRecord> &records)
{
    QString text = csvHeader() + QLatin1Char('\n');
    for (const AuditRecord &record : records)
        text += csvLine(record) + QLatin1Char('\n');
    return text.toUtf8();
}

} // namespace sotto
