// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/GeminiRequests.h"

#include "core/providers/ProviderJson.h"
#include "core/providers/RequestSupport.h"

#include <QJsonArray>

namespace sotto::gemini {

namespace {

using namespace requestsupport;

const QString REDUNDANT_SUFFIX = QStringLiteral("/v1beta");
const QLatin1String MODEL_PREFIX("models/");

HttpHeaders headersFor(const ProviderConfig &config)
{
    return {{QByteArrayLiteral("x-goog-api-key"), config.apiKey}};
}

QJsonArray partsOf(const Turn &turn)
{
    QJsonArray parts;
    for (const Attachment &image : turn.images) {
        parts.append(
            QJsonObject{{QStringLiteral("inlineData"),
                         QJsonObject{{QStringLiteral("mimeType"), image.mimeType},
                                     {QStringLiteral("data"), QLatin1String(image.data.toBase64())}}}});
    }
    if (!turn.text.isEmpty())
        parts.append(QJsonObject{{QStringLiteral("text"), turn.text}});
    return parts;
}

QJsonObject thinkingConfigFor(const QString &model, const ChatRequest &request)
{
    const bool reasoning = wantsReasoning(request);
    if (model.startsWith(QLatin1String("gemini-3"))) {
        QJsonObject config{
            {QStringLiteral("thinkingLevel"), reasoning ? QStringLiteral("high") : QStringLiteral("low")}};
        if (reasoning)
            config.insert(QStringLiteral("includeThoughts"), true);
        return config;
    }
    if (!reasoning) {
        const bool cannotDisable = model.contains(QLatin1String("2.5-pro"));
        return {{QStringLiteral("thinkingBudget"), cannotDisable ? PRO_MIN_THINKING_BUDGET : 0}};
    }
    return {{QStringLiteral("includeThoughts"), true},
            {QStringLiteral("thinkingBudget"), request.thinkingBudget.value_or(-1)}};
}

} // namespace

HttpRequestSpec chatRequest(const ProviderConfig &config, const ChatRequest &request)
{
    const Transcript transcript = transcriptOf(request);
    QString model = modelOf(config, request);
    if (model.startsWith(MODEL_PREFIX))
        model.remove(0, MODEL_PREFIX.size());

    QJsonArray contents;
    for (const Turn &turn : transcript.turns) {
        contents.append(
            QJsonObject{{QStringLiteral("role"),
                         turn.role == Role::Assistant ? QStringLiteral("model") : QStringLiteral("user")},
                        {QStringLiteral("parts"), partsOf(turn)}});
    }

    QJsonObject generationConfig{{QStringLiteral("thinkingConfig"), thinkingConfigFor(model, request)}};
    if (request.maxOutputTokens)
        generationConfig.insert(QStringLiteral("maxOutputTokens"), *request.maxOutputTokens);
    if (request.temperature)
        generationConfig.insert(QStringLiteral("temperature"), *request.temperature);
    QJsonObject body{{QStringLiteral("contents"), contents},
                     {QStringLiteral("generationConfig"), generationConfig}};
    if (!transcript.system.isEmpty()) {
        body.insert(QStringLiteral("systemInstruction"),
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("parts"),
                                 QJsonArray{QJsonObject{{QStringLiteral("text"), transcript.system}}}}});
    }

    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = endpoint(config.baseUrl,
                        QStringLiteral("/v1beta/models/") + model + QStringLiteral(":streamGenerateContent"),
                        REDUNDANT_SUFFIX);
    spec.url.setQuery(QStringLiteral("alt=sse"));
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
    spec.url = endpoint(config.baseUrl, QStringLiteral("/v1beta/models"), REDUNDANT_SUFFIX);
    spec.url.setQuery(QStringLiteral("pageSize=1000"));
    spec.headers = headersFor(config);
    return spec;
}

namespace {

/// The generateContent models of a models.list reply, by name without "models/";
/// nothing when the body is not such a list.
std::optional<QList<QPair<QString, QJsonObject>>> chatModels(const QByteArray &body)
{
    const QJsonValue list = providerjson::parse(body).object().value(QLatin1String("models"));
    if (!list.isArray())
        return std::nullopt;
    QList<QPair<QString, QJsonObject>> found;
    const QJsonArray models = list.toArray();
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        const QJsonValue methods = model.value(QLatin1String("supportedGenerationMethods"));
        if (methods.isArray() && !methods.toArray().contains(QStringLiteral("generateContent")))
            continue;
        QString name = providerjson::string(model, QLatin1String("name"));
        if (name.startsWith(MODEL_PREFIX))
            name.remove(0, MODEL_PREFIX.size());
        if (!name.isEmpty())
            found.append({name, model});
    }
    return found;
}

} // namespace

std::optional<QStringList> parseModelList(const QByteArray &body)
{
    const auto models = chatModels(body);
    if (!models)
        return std::nullopt;
    QStringList names;
    for (const auto &[name, model] : *models)
        names << name;
    return names;
}

QMap<QString, int> parseModelContexts(const QByteArray &body)
{
    QMap<QString, int> lengths;
    for (const auto &[name, model] : chatModels(body).value_or(QList<QPair<QString, QJsonObject>>())) {
        if (const auto limit = providerjson::tokenCount(model.value(QLatin1String("inputTokenLimit"))))
            lengths.insert(name, *limit);
    }
    return lengths;
}

} // namespace sotto::gemini
