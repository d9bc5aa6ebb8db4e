// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/OllamaRequests.h"

#include "core/providers/ProviderJson.h"
#include "core/providers/RequestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sotto::ollama {

namespace {

using namespace requestsupport;

const QString REDUNDANT_SUFFIX = QStringLiteral("/api");

HttpHeaders headersFor(const ProviderConfig &config)
{
    HttpHeaders headers;
    if (!config.apiKey.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + config.apiKey});
    return headers;
}

QJsonObject messageOf(const QString &role, const QString &text, const QList<Attachment> &images = {})
{
    QJsonObject message{{QStringLiteral("role"), role}, {QStringLiteral("content"), text}};
    if (!images.isEmpty()) {
        QJsonArray encoded;
        for (const Attachment &image : images)
            encoded.append(QLatin1String(image.data.toBase64()));
        message.insert(QStringLiteral("images"), encoded);
    }
    return message;
}

} // namespace

HttpRequestSpec chatRequest(const ProviderConfig &config, const ChatRequest &request)
{
    const Transcript transcript = transcriptOf(request);

    QJsonArray messages;
    if (!transcript.system.isEmpty())
        messages.append(messageOf(QStringLiteral("system"), transcript.system));
    for (const Turn &turn : transcript.turns) {
        messages.append(
            messageOf(turn.role == Role::Assistant ? QStringLiteral("assistant") : QStringLiteral("user"),
                      turn.text, turn.images));
    }

    QJsonObject body{{QStringLiteral("model"), modelOf(config, request)},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), true},
                     {QStringLiteral("think"), wantsReasoning(request)}};
    QJsonObject options;
    if (request.maxOutputTokens)
        options.insert(QStringLiteral("num_predict"), *request.maxOutputTokens);
    // Ollama cuts input longer than num_ctx (2,048 tokens by default) from the
    // front without a word: send the budget the history was fitted to.
    if (request.contextTokens > 0)
        options.insert(QStringLiteral("num_ctx"), request.contextTokens);
    if (request.temperature)
        options.insert(QStringLiteral("temperature"), *request.temperature);
    if (!options.isEmpty())
        body.insert(QStringLiteral("options"), options);

    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = endpoint(config.baseUrl, QStringLiteral("/api/chat"), REDUNDANT_SUFFIX);
    spec.headers = headersFor(config);
    spec.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    spec.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/x-ndjson")});
    spec.body = toJson(body);
    spec.content = transcript.content;
    return spec;
}

HttpRequestSpec modelListRequest(const ProviderConfig &config)
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.url = endpoint(config.baseUrl, QStringLiteral("/api/tags"), REDUNDANT_SUFFIX);
    spec.headers = headersFor(config);
    return spec;
}

HttpRequestSpec showRequest(const ProviderConfig &config, const QString &model)
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = endpoint(config.baseUrl, QStringLiteral("/api/show"), REDUNDANT_SUFFIX);
    spec.headers = headersFor(config);
    spec.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    spec.body = toJson(QJsonObject{{QStringLiteral("model"), model}});
    return spec;
}

std::optional<bool> parseShowTextOnly(const QByteArray &body)
{
    const QJsonValue capabilities = providerjson::parse(body).object().value(QLatin1String("capabilities"));
    if (!capabilities.isArray())
        return std::nullopt;
    return !capabilities.toArray().contains(QLatin1String("vision"));
}

std::optional<int> parseShowContext(const QByteArray &body)
{
    const QJsonObject root = providerjson::parse(body).object();
    const QJsonObject info = root.value(QLatin1String("model_info")).toObject();
    const QLatin1String suffix(".context_length");
    std::optional<int> length;
    const QString arch = providerjson::string(info, QLatin1String("general.architecture"));
    if (!arch.isEmpty())
        length = providerjson::tokenCount(info.value(arch + suffix));
    if (!length) {
        // No architecture named: take the figure when exactly one key holds one.
        int found = 0;
        for (auto it = info.constBegin(); it != info.constEnd(); ++it) {
            if (it.key().endsWith(suffix)) {
                ++found;
                length = providerjson::tokenCount(it.value());
            }
        }
        if (found != 1)
            length.reset();
    }
    // The Modelfile's PARAMETER lines, one "name value" per line.
    const QStringList lines
        = providerjson::string(root, QLatin1String("parameters")).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        if (words.size() != 2 || words.first() != QLatin1String("num_ctx"))
            continue;
        bool ok = false;
        const qint64 numCtx = words.last().toLongLong(&ok);
        if (ok && numCtx > 0 && numCtx <= providerjson::MAX_TOKEN_COUNT && (!length || numCtx < *length))
            length = int(numCtx);
    }
    return length;
}

std::optional<QStringList> parseModelList(const QByteArray &body)
{
    const QJsonValue list = providerjson::parse(body).object().value(QLatin1String("models"));
    if (!list.isArray())
        return std::nullopt;
    QStringList names;
    const QJsonArray models = list.toArray();
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        QString name = providerjson::string(model, QLatin1String("name"));
        if (name.isEmpty())
            name = providerjson::string(model, QLatin1String("model"));
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

} // namespace sotto::ollama
