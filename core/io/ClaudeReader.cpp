// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ClaudeReader.h"

#include "core/io/ImportJson.h"

#include <QCryptographicHash>

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

    qint64 parent = 0;
    QDateTime time = conversation.createdAt;
    for (const json &m : *messages) {
        const QString sender = text(m, "sender");
        if (sender != QLatin1String("human") && sender != QLatin1String("assistant"))
            continue;
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
            continue;
        const QDateTime created = isoTime(m, "created_at");
        if (created.isValid())
            time = created;
        message.createdAt = time;
        const QDateTime updated = isoTime(m, "updated_at");
        message.updatedAt = updated.isValid() ? updated : time;
        if (message.role == Role::Assistant)
            message.provider = QStringLiteral("claude");
        message.id = qint64(archive.messages.size()) + 1;
        message.parentId = parent;
        parent = message.id;
        archive.messages.append(message);
    }
    if (!conversation.createdAt.isValid() && !archive.messages.isEmpty())
        conversation.createdAt = archive.messages.first().createdAt;
    if (!conversation.updatedAt.isValid())
        conversation.updatedAt = conversation.createdAt;
    return archive;
}

} // namespace sotto
