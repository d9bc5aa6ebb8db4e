// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/RequestSupport.h"

#include <QJsonDocument>

namespace sotto::requestsupport {

Transcript transcriptOf(const ChatRequest &request)
{
    Transcript transcript;
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
        transcript.turns.append(Turn{message.role, message.content, message.attachments});
        transcript.content.textChars += message.content.size();
        transcript.content.images += static_cast<int>(message.attachments.size());
        for (const Attachment &image : message.attachments) {
            transcript.content.imageBytes += image.data.size();
            if (transcript.content.metadataRemoved && image.removedMetadata)
                *transcript.content.metadataRemoved += image.removedMetadata->count();
            else
                transcript.content.metadataRemoved.reset();
        }
    }
    transcript.system = systemParts.join(QStringLiteral("\n\n"));
    transcript.content.textChars += transcript.system.size();
    return transcript;
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
