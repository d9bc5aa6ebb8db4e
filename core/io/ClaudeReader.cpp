// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ClaudeReader.h"

#include "core/io/ImportJson.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace sotto {

using namespace importjson;

namespace {

Unexpected<ImportFailure> malformed(const QString &why)
{
    return Unexpected<ImportFailure>(ImportFailure{ImportError::Malformed, why, {}});
}

bool isImageName(const QString &name)
{
    static const QStringList suffixes{QStringLiteral(".png"),  QStringLiteral(".jpg"),
                                      QStringLiteral(".jpeg"), QStringLiteral(".gif"),
                                      QStringLiteral(".webp"), QStringLiteral(".bmp")};
    for (const QString &suffix : suffixes) {
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void appendParagraph(QString &text, const QString &paragraph)
{
    if (paragraph.isEmpty())
        return;
    text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + paragraph;
}

} // namespace

std::optional<Message> ClaudeReader::readMessage(const json &m)
{
    const QString sender = text(m, "sender");
    if (sender != QLatin1String("human") && sender != QLatin1String("assistant"))
        return std::nullopt;
    Message message;
    message.role = sender == QLatin1String("human") ? Role::User : Role::Assistant;
    const json *content = member(m, "content");
    bool hadBlocks = false;
    if (content && content->is_array()) {
        for (const json &block : *content) {
            const QString type = text(block, "type");
            if (type == QLatin1String("text")) {
                hadBlocks = true;
                appendParagraph(message.content, text(block, "text"));
            } else if (type == QLatin1String("thinking")) {
                appendParagraph(message.thinking, text(block, "thinking"));
            }
        }
    }
    if (!hadBlocks)
        message.content = text(m, "text");
    if (const json *attachments = member(m, "attachments"); attachments && attachments->is_array()) {
        for (const json &attachment : *attachments) {
            const QString extracted = text(attachment, "extracted_content");
            const QString name = text(attachment, "file_name");
            if (!extracted.isEmpty())
                appendParagraph(message.content,
                                tr("Attached %1:").arg(name) + QStringLiteral("\n\n```\n") + extracted
                                    + QStringLiteral("\n```"));
        }
    }
    if (const json *files = member(m, "files"); files && files->is_array()) {
        for (const json &file : *files) {
            const QString name = text(file, "file_name");
            appendParagraph(message.content,
                            isImageName(name) ? tr("[image not included]")
                                              : tr("[file not included: %1]").arg(name));
        }
    }
    if (message.content.trimmed().isEmpty())
        return std::nullopt;
    if (message.role == Role::Assistant)
        message.provider = QStringLiteral("claude");
    return message;
}

Expected<ConversationArchive, ImportFailure> ClaudeReader::read(const nlohmann::json &c)
{
    if (!c.is_object())
        return malformed(tr("A conversation is not an object."));
    const json *messages = member(c, "chat_messages");
    if (!messages || !messages->is_array())
        return malformed(tr("A conversation has no list of messages (\"chat_messages\")."));

    ConversationArchive archive;
    Conversation &conversation = archive.conversation;
    QString id = text(c, "uuid");
    if (id.isEmpty())
        id = QString::fromLatin1(
            QCryptographicHash::hash(
                QByteArray::fromStdString(c.dump(-1, ' ', false, json::error_handler_t::replace)),
                QCryptographicHash::Sha256)
                .toHex()
                .left(32));
    conversation.sourceId = QStringLiteral("claude:") + id;
    conversation.title = text(c, "name");
    conversation.createdAt = isoTime(c, "created_at");
    conversation.updatedAt = isoTime(c, "updated_at");

    // Each message names its parent (parent_message_uuid) where the conversation
    // branched (an edited question, a retried answer); an export without them lists
    // one path, where each message follows the one before it.
    struct Node {
        const json *message = nullptr;
        QString parent;
        QList<int> children;
    };
    QList<Node> nodes;
    QHash<QString, int> byKey;
    QString previous;
    for (const json &m : *messages) {
        QString key = text(m, "uuid");
        if (key.isEmpty() || byKey.contains(key))
            key = QStringLiteral("#%1").arg(nodes.size());
        byKey.insert(key, int(nodes.size()));
        nodes.append({&m, isText(m, "parent_message_uuid") ? text(m, "parent_message_uuid") : previous, {}});
        previous = key;
    }
    QList<int> roots;
    for (int i = 0; i < nodes.size(); ++i) {
        const int parent = byKey.value(nodes.at(i).parent, -1);
        (parent >= 0 && parent != i ? nodes[parent].children : roots).append(i);
    }
    // The branch the user last saw: the current leaf (else the last message) and its ancestors.
    QSet<int> current;
    for (int at = byKey.value(text(c, "current_leaf_message_uuid"), int(nodes.size()) - 1);
         at >= 0 && !current.contains(at); at = byKey.value(nodes.at(at).parent, -1))
        current.insert(at);

    // Depth first, parents before children; an explicit stack, so a long
    // conversation cannot overflow ours.
    struct Visit {
        int node;
        qint64 keptParent; // the nearest kept ancestor's local id (0: none)
        QDateTime time; // the last known time above (a message without one takes it)
    };
    QList<Visit> stack;
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append({*it, 0, conversation.createdAt});
    QSet<int> seen;
    QSet<qint64> chosen;
    while (!stack.isEmpty()) {
        const Visit visit = stack.takeLast();
        if (seen.contains(visit.node))
            continue;
        seen.insert(visit.node);
        const json &m = *nodes.at(visit.node).message;
        qint64 keptParent = visit.keptParent;
        QDateTime time = visit.time;
        if (std::optional<Message> read = readMessage(m)) {
            if (const QDateTime created = isoTime(m, "created_at"); created.isValid())
                time = created;
            read->createdAt = time;
            const QDateTime updated = isoTime(m, "updated_at");
            read->updatedAt = updated.isValid() ? updated : time;
            read->id = qint64(archive.messages.size()) + 1;
            read->parentId = keptParent;
            keptParent = read->id;
            if (current.contains(visit.node))
                chosen.insert(read->id);
            archive.messages.append(*read);
        }
        const QList<int> &children = nodes.at(visit.node).children;
        for (auto child = children.crbegin(); child != children.crend(); ++child)
            stack.append({*child, keptParent, time});
    }
    archive.chooseVersionsOn(chosen);
    if (!conversation.createdAt.isValid() && !archive.messages.isEmpty())
        conversation.createdAt = archive.messages.first().createdAt;
    if (!conversation.updatedAt.isValid())
        conversation.updatedAt = conversation.createdAt;
    return archive;
}

} // namespace sotto
