// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/RequestSupport.h"

#include <QJsonDocument>

namespace sotto::requestsupport {

Conversation conversationOf(const ChatRequest &request)
{
    Conversation conversation;
    QStringList systemParts;
    if (!request.systemPrompt.isEmpty())
        systemParts << request.systemPrompt;
    for (const Message &message : request.history) {
        if (message.role == Role::System) {
            if (!message.content.isEmpty())
                systemParts << message.content;
            continue;
        }
        if (message.content.isEmpty() && message.attachments.isEmpty())
            continue;
        conversation.turns.append(Turn{message.role, message.content, message.attachments});
        conversation.content.textChars += message.content.size();
        conversation.content.images += static_cast<int>(message.attachments.size());
        for (const Attachment &image : message.attachments)
            conversation.content.imageBytes += image.data.size();
    }
    conversation.system = systemParts.join(QStringLiteral("\n\n"));
    conversation.content.textChars += conversation.system.size();
    return conversation;
}

QString modelOf(const ProviderConfig &config, const ChatRequest &request)
{
    return request.model.isEmpty() ? config.defaultModel : request.model;
}

bool wantsReasoning(const ChatRequest &request)
{
    return request.mode != Mode::Instant;
}

QUrl endpoint(const QUrl &base, const QString &path, const QString &redundantSuffix)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    if (!redundantSuffix.isEmpty() && basePath.endsWith(redundantSuffix))
        basePath.chop(redundantSuffix.size());
    url.setQuery(QString());
    url.setFragment(QString());
    url.setPath(basePath + path);
    return url;
}

QByteArray toJson(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace sotto::requestsupport
