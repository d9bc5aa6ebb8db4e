// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/SottoJsonReader.h"

#include "core/io/ImportJson.h"
#include "core/io/JsonExport.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sotto {

using namespace importjson;

namespace {

Unexpected<ImportFailure> malformed(const QString &why)
{
    return Unexpected<ImportFailure>(ImportFailure{ImportError::Malformed, why, {}});
}

std::optional<Usage> usageOf(const json &object)
{
    const json *usage = member(object, "usage");
    if (!usage || !usage->is_object())
        return std::nullopt;
    return Usage{integer(*usage, "input_tokens").value_or(0), integer(*usage, "output_tokens").value_or(0)};
}

MessageStatus statusOf(const json &object)
{
    return messageStatusFromString(text(object, "status")).value_or(MessageStatus::Complete);
}

Mode modeOf(const json &object)
{
    return modeFromString(text(object, "mode")).value_or(Mode::Instant);
}

AgentLane laneOf(const json &lane)
{
    AgentLane out;
    out.turnId = text(lane, "turn_id");
    out.agentIndex = int(integer(lane, "agent").value_or(0));
    out.round = int(integer(lane, "round").value_or(0));
    out.provider = text(lane, "provider");
    out.model = text(lane, "model");
    out.perspective = text(lane, "perspective");
    out.text = text(lane, "content");
    out.thinking = text(lane, "thinking");
    out.status = statusOf(lane);
    out.errorText = text(lane, "error");
    out.usage = usageOf(lane);
    out.createdAt = isoTime(lane, "created_at");
    out.updatedAt = isoTime(lane, "updated_at");
    return out;
}

} // namespace

Expected<void, ImportFailure> SottoJsonReader::checkMember(const std::string &key,
                                                           const nlohmann::json &value)
{
    if (key == "format" && !(value.is_string() && value.get<std::string>() == JsonExport::FORMAT))
        return Unexpected<ImportFailure>(
            ImportFailure{ImportError::NotAnExport, tr("It is not a Sotto JSON export."), {}});
    if (key == "version" && !(value.is_number_integer() && value.get<int>() == JsonExport::VERSION))
        return Unexpected<ImportFailure>(ImportFailure{
            ImportError::NotAnExport, tr("It is a version of Sotto's format this Sotto cannot read."), {}});
    return {};
}

Expected<ConversationArchive, ImportFailure> SottoJsonReader::read(const nlohmann::json &c)
{
    if (!c.is_object())
        return malformed(tr("A conversation is not an object."));
    const json *messages = member(c, "messages");
    if (!messages || !messages->is_array())
        return malformed(tr("A conversation has no list of messages."));

    ConversationArchive archive;
    Conversation &conversation = archive.conversation;
    conversation.title = text(c, "title");
    conversation.sourceId = text(c, "source_id");
    conversation.createdAt = isoTime(c, "created_at");
    conversation.updatedAt = isoTime(c, "updated_at");
    conversation.pinned = boolean(c, "pinned");
    conversation.localOnly = boolean(c, "local_only");
    conversation.provider = text(c, "provider");
    conversation.model = text(c, "model");
    conversation.mode = modeOf(c);

    QSet<qint64> ids;
    QHash<qint64, QList<qint64>> children; // parent (0: none) → its messages, in file order
    QSet<qint64> chosen;
    for (const json &m : *messages) {
        const std::optional<qint64> id = integer(m, "id");
        if (!id || *id <= 0 || ids.contains(*id))
            return malformed(tr("A message has no id, or one another message has."));
        const json *parent = member(m, "parent");
        qint64 parentId = 0;
        if (parent && !parent->is_null()) {
            if (!parent->is_number_integer() || !ids.contains(parent->get<qint64>()))
                return malformed(tr("Message %1 follows a message that is not before it.").arg(*id));
            parentId = parent->get<qint64>();
        }
        const std::optional<Role> role = roleFromString(text(m, "role"));
        if (!role)
            return malformed(tr("Message %1 has no role.").arg(*id));
        ids.insert(*id);
        Message message;
        message.id = *id;
        message.parentId = parentId;
        message.role = *role;
        message.content = text(m, "content");
        message.thinking = text(m, "thinking");
        message.turnId = text(m, "turn_id");
        message.mode = modeOf(m);
        message.provider = text(m, "provider");
        message.model = text(m, "model");
        message.status = statusOf(m);
        message.errorText = text(m, "error");
        message.usage = usageOf(m);
        message.createdAt = isoTime(m, "created_at");
        message.updatedAt = isoTime(m, "updated_at");
        if (const json *images = member(m, "images"); images && images->is_array()) {
            for (const json &image : *images) {
                const QByteArray base64 = text(image, "data").toLatin1();
                const auto decoded
                    = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded || decoded.decoded.isEmpty())
                    return malformed(tr("An image of message %1 is not base64.").arg(*id));
                Attachment attachment;
                attachment.mimeType = text(image, "mime_type");
                attachment.data = decoded.decoded;
                // What sanitising removed when the image first came in (its bytes, already clean,
                // say nothing of it any more).
                if (const json *removed = member(image, "metadata_removed"); removed && removed->is_object())
                    attachment.removedMetadata
                        = RemovedMetadata::fromJson(QByteArray::fromStdString(removed->dump()));
                message.attachments.append(attachment);
            }
        }
        if (const json *agents = member(m, "agents"); agents && agents->is_array()) {
            for (const json &lane : *agents) {
                AgentLane out = laneOf(lane);
                out.messageId = *id;
                archive.lanes.append(out);
            }
        }
        if (boolean(m, "chosen"))
            chosen.insert(*id);
        children[parentId].append(*id);
        archive.messages.append(message);
    }
    if (const json *unattached = member(c, "unattached_agents"); unattached && unattached->is_array()) {
        for (const json &lane : *unattached)
            archive.lanes.append(laneOf(lane));
    }
    // A stored choice only where it is not the newest version (no row shows the newest).
    for (auto it = children.cbegin(); it != children.cend(); ++it) {
        const QList<qint64> &siblings = it.value();
        if (siblings.size() < 2)
            continue;
        const qint64 newest = *std::max_element(siblings.cbegin(), siblings.cend());
        for (qint64 id : siblings) {
            if (chosen.contains(id) && id != newest) {
                archive.choices.insert(it.key(), id);
                break;
            }
        }
    }
    return archive;
}

} // namespace sotto
