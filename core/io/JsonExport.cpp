// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/JsonExport.h"

#include "core/common/Version.h"
#include "core/io/ConversationArchive.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sotto {

namespace {

QJsonValue usageJson(const std::optional<Usage> &usage)
{
    if (!usage)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("input_tokens"), usage->inputTokens},
                       {QStringLiteral("output_tokens"), usage->outputTokens}};
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject laneJson(const AgentLane &lane)
{
    return QJsonObject{
        {QStringLiteral("turn_id"), lane.turnId},
        {QStringLiteral("agent"), lane.agentIndex},
        {QStringLiteral("round"), lane.round},
        {QStringLiteral("provider"), lane.provider},
        {QStringLiteral("model"), lane.model},
        {QStringLiteral("perspective"), lane.perspective},
        {QStringLiteral("content"), lane.text},
        {QStringLiteral("thinking"), lane.thinking},
        {QStringLiteral("status"), statusName(lane.status)},
        {QStringLiteral("error"), optionalText(lane.errorText)},
        {QStringLiteral("usage"), usageJson(lane.usage)},
        {QStringLiteral("created_at"), JsonExport::isoTime(lane.createdAt)},
        {QStringLiteral("updated_at"), JsonExport::isoTime(lane.updatedAt)},
    };
}

QJsonObject imageJson(const Attachment &image)
{
    QJsonObject out{
        {QStringLiteral("mime_type"), image.mimeType},
        {QStringLiteral("width"), image.pixelSize.width()},
        {QStringLiteral("height"), image.pixelSize.height()},
        {QStringLiteral("sha256"), QString::fromLatin1(image.sha256.toHex())},
        {QStringLiteral("data"), QString::fromLatin1(image.data.toBase64())},
    };
    if (image.removedMetadata)
        out.insert(QStringLiteral("metadata_removed"),
                   QJsonDocument::fromJson(image.removedMetadata->toJson()).object());
    return out;
}

} // namespace

QString JsonExport::isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray JsonExport::header(const QDateTime &exportedAt)
{
    // Written by hand up to the list, so conversations can follow one by one;
    // QJsonDocument escapes the values.
    const QJsonObject head{
        {QStringLiteral("format"), QLatin1String(FORMAT)},
        {QStringLiteral("version"), VERSION},
        {QStringLiteral("generator"), QStringLiteral("Sotto %1").arg(QLatin1String(sotto::VERSION))},
        {QStringLiteral("exported_at"), isoTime(exportedAt)},
    };
    QByteArray text = QJsonDocument(head).toJson(QJsonDocument::Indented);
    text.chop(2); // "}\n"
    return text + ",\n    \"conversations\": [\n";
}

QByteArray JsonExport::conversation(const ConversationArchive &archive)
{
    return QJsonDocument(toJson(archive)).toJson(QJsonDocument::Indented).trimmed();
}

QJsonObject JsonExport::toJson(const ConversationArchive &archive)
{
    const Conversation &c = archive.conversation;
    const QSet<qint64> chosen = archive.chosenIds();
    QJsonArray messages;
    for (const Message &m : archive.messages) {
        QJsonArray images;
        for (const Attachment &image : m.attachments)
            images.append(imageJson(image));
        QJsonArray agents;
        for (const AgentLane &lane : archive.lanesOf(m.id))
            agents.append(laneJson(lane));
        messages.append(QJsonObject{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("parent"),
             m.parentId > 0 ? QJsonValue(m.parentId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("chosen"), chosen.contains(m.id)},
            {QStringLiteral("role"), roleName(m.role)},
            {QStringLiteral("content"), m.content},
            {QStringLiteral("thinking"), m.thinking},
            {QStringLiteral("turn_id"), m.turnId},
            {QStringLiteral("mode"), modeName(m.mode)},
            {QStringLiteral("provider"), m.provider},
            {QStringLiteral("model"), m.model},
            {QStringLiteral("status"), statusName(m.status)},
            {QStringLiteral("error"), optionalText(m.errorText)},
            {QStringLiteral("usage"), usageJson(m.usage)},
            {QStringLiteral("created_at"), isoTime(m.createdAt)},
            {QStringLiteral("updated_at"), isoTime(m.updatedAt)},
            {QStringLiteral("images"), images},
            {QStringLiteral("agents"), agents},
        });
    }
    // Lanes of an answer that never came (its turn failed before the synthesis).
    QJsonArray unattached;
    for (const AgentLane &lane : archive.lanes) {
        if (lane.messageId == 0)
            unattached.append(laneJson(lane));
    }
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("source_id"), c.sourceId},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("created_at"), isoTime(c.createdAt)},
        {QStringLiteral("updated_at"), isoTime(c.updatedAt)},
        {QStringLiteral("pinned"), c.pinned},
        {QStringLiteral("local_only"), c.localOnly},
        {QStringLiteral("provider"), c.provider},
        {QStringLiteral("model"), c.model},
        {QStringLiteral("mode"), modeName(c.mode)},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("unattached_agents"), unattached},
    };
}

} // namespace sotto
