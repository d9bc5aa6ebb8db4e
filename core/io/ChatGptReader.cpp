// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ChatGptReader.h"

#include "core/io/ImportJson.h"

#include <QCryptographicHash>
#include <QHash>

namespace sotto {

using namespace importjson;

namespace {

Unexpected<ImportFailure> malformed(const QString &why)
{
    return Unexpected<ImportFailure>(ImportFailure{ImportError::Malformed, why, {}});
}

struct Node {
    QString parent;
    QStringList children;
    const json *message = nullptr;
};

/// What one node's message says, once read.
struct Said {
    Role role = Role::User;
    QString text;
    QString thinking; // a "thoughts" node's reasoning, for the answer that follows
    QList<Attachment> images;
    int missingImages = 0;
    QString model;
    QDateTime created;
    QDateTime updated;
    bool keep = false;
};

QString joinParts(const json &parts, Said &said, const ChatGptReader::ImageLookup &image)
{
    QStringList texts;
    for (const json &part : parts) {
        if (part.is_string()) {
            const auto &s = part.get_ref<const std::string &>();
            if (!s.empty())
                texts << QString::fromUtf8(s.data(), qsizetype(s.size()));
        } else if (part.is_object() && text(part, "content_type") == QLatin1String("image_asset_pointer")) {
            const std::optional<QByteArray> bytes = image ? image(text(part, "asset_pointer")) : std::nullopt;
            if (bytes) {
                Attachment attachment;
                attachment.data = *bytes;
                said.images.append(attachment);
            } else {
                ++said.missingImages;
            }
        }
    }
    return texts.join(QStringLiteral("\n\n"));
}

Said readMessage(const json &message, const ChatGptReader::ImageLookup &image)
{
    Said said;
    const json *author = member(message, "author");
    const QString role = author ? text(*author, "role") : QString();
    const json *metadata = member(message, "metadata");
    if (metadata && boolean(*metadata, "is_visually_hidden_from_conversation"))
        return said;
    if (metadata)
        said.model = text(*metadata, "model_slug");
    said.created = epochSeconds(message, "create_time");
    said.updated = epochSeconds(message, "update_time");
    const json *content = member(message, "content");
    if (!content)
        return said;
    const QString type = text(*content, "content_type");
    if (role == QLatin1String("assistant") && type == QLatin1String("thoughts")) {
        if (const json *thoughts = member(*content, "thoughts"); thoughts && thoughts->is_array()) {
            QStringList lines;
            for (const json &thought : *thoughts) {
                const QString summary = text(thought, "summary");
                const QString body = text(thought, "content");
                lines << (summary.isEmpty() ? body : summary + QStringLiteral("\n") + body);
            }
            said.thinking = lines.join(QStringLiteral("\n\n")).trimmed();
        }
        return said; // not kept: its reasoning goes to the answer
    }
    if (role != QLatin1String("user") && role != QLatin1String("assistant"))
        return said; // system, tool
    const QString recipient = text(message, "recipient", QStringLiteral("all"));
    if (recipient != QLatin1String("all"))
        return said; // a call to a tool
    if (type != QLatin1String("text") && type != QLatin1String("multimodal_text"))
        return said; // code, execution output, browsing displays…
    said.role = role == QLatin1String("user") ? Role::User : Role::Assistant;
    if (const json *parts = member(*content, "parts"); parts && parts->is_array())
        said.text = joinParts(*parts, said, image);
    for (int i = 0; i < said.missingImages; ++i)
        said.text += (said.text.isEmpty() ? QString() : QStringLiteral("\n\n"))
            + ChatGptReader::tr("[image not included]");
    said.keep = !said.text.trimmed().isEmpty() || !said.images.isEmpty();
    return said;
}

} // namespace

Expected<ConversationArchive, ImportFailure> ChatGptReader::read(const nlohmann::json &c,
                                                                 const ImageLookup &image)
{
    if (!c.is_object())
        return malformed(tr("A conversation is not an object."));
    const json *mapping = member(c, "mapping");
    if (!mapping || !mapping->is_object())
        return malformed(tr("A conversation has no message tree (\"mapping\")."));

    ConversationArchive archive;
    Conversation &conversation = archive.conversation;
    QString id = text(c, "conversation_id");
    if (id.isEmpty())
        id = text(c, "id");
    if (id.isEmpty()) // a stable stand-in: the same conversation gives the same one
        id = QString::fromLatin1(
            QCryptographicHash::hash(
                QByteArray::fromStdString(c.dump(-1, ' ', false, json::error_handler_t::replace)),
                QCryptographicHash::Sha256)
                .toHex()
                .left(32));
    conversation.sourceId = QStringLiteral("chatgpt:") + id;
    conversation.title = text(c, "title");
    conversation.createdAt = epochSeconds(c, "create_time");
    conversation.updatedAt = epochSeconds(c, "update_time");
    conversation.model = text(c, "default_model_slug");

    QHash<QString, Node> nodes;
    QStringList order; // the mapping's order, for roots and ties
    for (auto it = mapping->begin(); it != mapping->end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        Node node;
        const json &value = it.value();
        node.parent = text(value, "parent");
        if (const json *children = member(value, "children"); children && children->is_array()) {
            for (const json &child : *children) {
                if (child.is_string())
                    node.children << QString::fromStdString(child.get<std::string>());
            }
        }
        if (const json *message = member(value, "message"); message && message->is_object())
            node.message = message;
        nodes.insert(key, node);
        order << key;
    }

    // The branch the user last saw: current_node and its ancestors.
    QSet<QString> current;
    for (QString at = text(c, "current_node"); !at.isEmpty() && nodes.contains(at) && !current.contains(at);
         at = nodes.value(at).parent)
        current.insert(at);

    // Depth first from each root, parents before children; an explicit stack, so a
    // long conversation cannot overflow ours.
    struct Visit {
        QString key;
        qint64 keptParent; // the nearest kept ancestor's local id (0: none)
        QString thinking; // reasoning waiting for the next answer
        QDateTime time; // the last known time above
    };
    QList<Visit> stack;
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const QString parent = nodes.value(*it).parent;
        if (parent.isEmpty() || !nodes.contains(parent))
            stack.append({*it, 0, QString(), conversation.createdAt});
    }
    QSet<QString> seen;
    QSet<qint64> chosen;
    qint64 nextId = 0;
    while (!stack.isEmpty()) {
        Visit visit = stack.takeLast();
        if (seen.contains(visit.key))
            continue; // a cycle or a node listed twice
        seen.insert(visit.key);
        const Node &node = nodes[visit.key];
        qint64 keptParent = visit.keptParent;
        QString thinking = visit.thinking;
        QDateTime time = visit.time;
        if (node.message) {
            Said said = readMessage(*node.message, image);
            if (said.created.isValid())
                time = said.created;
            if (!said.thinking.isEmpty())
                thinking += (thinking.isEmpty() ? QString() : QStringLiteral("\n\n")) + said.thinking;
            if (said.keep) {
                Message message;
                message.id = ++nextId;
                message.parentId = keptParent;
                message.role = said.role;
                message.content = said.text;
                message.attachments = said.images;
                message.createdAt = time;
                message.updatedAt = said.updated.isValid() ? said.updated : time;
                if (said.role == Role::Assistant) {
                    message.model = said.model;
                    message.provider = QStringLiteral("chatgpt");
                    message.thinking = thinking;
                    thinking.clear();
                }
                archive.messages.append(message);
                if (current.contains(visit.key))
                    chosen.insert(message.id);
                keptParent = message.id;
            }
        }
        for (auto child = node.children.crbegin(); child != node.children.crend(); ++child) {
            if (nodes.contains(*child) && !seen.contains(*child))
                stack.append({*child, keptParent, thinking, time});
        }
    }
    archive.chooseVersionsOn(chosen);
    if (!conversation.createdAt.isValid() && !archive.messages.isEmpty())
        conversation.createdAt = archive.messages.first().createdAt;
    if (!conversation.updatedAt.isValid())
        conversation.updatedAt = conversation.createdAt;
    return archive;
}

} // namespace sotto
