// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/OpenAiRequests.h"

#include "core/providers/ProviderJson.h"
#include "core/providers/RequestSupport.h"

#include <QJsonArray>

namespace sotto::openai {

namespace {

using namespace requestsupport;

HttpHeaders headersFor(const ProviderConfig &config)
{
    HttpHeaders headers;
    if (!config.apiKey.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + config.apiKey});
    return headers;
}

QJsonValue contentOf(const Turn &turn)
{
    if (turn.images.isEmpty())
        return turn.text;
    QJsonArray parts;
    if (!turn.text.isEmpty())
        parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                 {QStringLiteral("text"), turn.text}});
    for (const Attachment &image : turn.images) {
        const QString url = QStringLiteral("data:") + image.mimeType + QStringLiteral(";base64,")
            + QLatin1String(image.data.toBase64());
        parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                                 {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), url}}}});
    }
    return parts;
}

} // namespace

HttpRequestSpec chatRequest(const ProviderConfig &config, const ChatRequest &request)
{
    const Transcript transcript = transcriptOf(request);

    QJsonArray messages;
    if (!transcript.system.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), transcript.system}});
    for (const Turn &turn : transcript.turns) {
        messages.append(
            QJsonObject{{QStringLiteral("role"),
                         turn.role == Role::Assistant ? QStringLiteral("assistant") : QStringLiteral("user")},
                        {QStringLiteral("content"), contentOf(turn)}});
    }

    QJsonObject body{{QStringLiteral("model"), modelOf(config, request)},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), true},
                     {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
                     {QStringLiteral("store"), false}};
    if (wantsReasoning(request))
        body.insert(QStringLiteral("reasoning_effort"), QStringLiteral("high"));
    if (request.maxOutputTokens) {
        const bool openAiItself
            = config.baseUrl.host().compare(QLatin1String("api.openai.com"), Qt::CaseInsensitive) == 0;
        body.insert(openAiItself ? QStringLiteral("max_completion_tokens") : QStringLiteral("max_tokens"),
                    *request.maxOutputTokens);
    }

    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = endpoint(config.baseUrl, QStringLiteral("/chat/completions"));
    spec.headers = headersFor(config);
    spec.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    spec.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream")});
    spec.body = toJson(body);
    spec.content = transcript.content;
    return spec;
}

HttpRequestSpec modelListRequest(const ProviderConfig &config)
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.url = endpoint(config.baseUrl, QStringLiteral("/models"));
    spec.headers = headersFor(config);
    return spec;
}

std::optional<QStringList> parseModelList(const QByteArray &body)
{
    const QJsonValue data = providerjson::parse(body).object().value(QLatin1String("data"));
    if (!data.isArray())
        return std::nullopt;
    QStringList ids;
    const QJsonArray models = data.toArray();
    for (const QJsonValue &model : models) {
        const QString id = providerjson::string(model.toObject(), QLatin1String("id"));
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

HttpRequestSpec lmStudioModelsRequest(const ProviderConfig &config)
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.url = endpoint(config.baseUrl, QStringLiteral("/api/v0/models"), QStringLiteral("/v1"));
    spec.headers = headersFor(config);
    return spec;
}

QMap<QString, int> parseModelContexts(const QByteArray &body)
{
    QMap<QString, int> lengths;
    const QJsonArray models = providerjson::parse(body).object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        const QString id = providerjson::string(model, QLatin1String("id"));
        if (id.isEmpty())
            continue;
        std::optional<int> length
            = providerjson::tokenCount(model.value(QLatin1String("loaded_context_length")));
        if (!length) {
            const std::optional<int> figures[] = {
                providerjson::tokenCount(model.value(QLatin1String("context_length"))),
                providerjson::tokenCount(model.value(QLatin1String("top_provider"))
                                             .toObject()
                                             .value(QLatin1String("context_length"))),
                providerjson::tokenCount(model.value(QLatin1String("max_context_length"))),
                providerjson::tokenCount(model.value(QLatin1String("max_model_len"))),
            };
            for (const std::optional<int> &figure : figures) {
                if (figure && (!length || *figure < *length))
                    length = figure;
            }
        }
        if (length)
            lengths.insert(id, *length);
    }
    return lengths;
}

QStringList parseTextOnlyModels(const QByteArray &body)
{
    QStringList textOnly;
    const QJsonArray models = providerjson::parse(body).object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        const QString id = providerjson::string(model, QLatin1String("id"));
        if (id.isEmpty())
            continue;
        const QJsonValue modalities
            = model.value(QLatin1String("architecture")).toObject().value(QLatin1String("input_modalities"));
        const QString type = providerjson::string(model, QLatin1String("type"));
        if (modalities.isArray()) {
            if (!modalities.toArray().contains(QLatin1String("image")))
                textOnly << id;
        } else if (type == QLatin1String("llm") || type == QLatin1String("embeddings")) {
            textOnly << id;
        }
    }
    return textOnly;
}

} // namespace sotto::openai
