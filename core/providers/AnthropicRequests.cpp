// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/AnthropicRequests.h"

#include "core/providers/OpenAiRequests.h"
#include "core/providers/RequestSupport.h"

#include <QJsonArray>

#include <algorithm>

namespace sotto::anthropic {

namespace {

using namespace requestsupport;

const QString REDUNDANT_SUFFIX = QStringLiteral("/v1");

HttpHeaders headersFor(const ProviderConfig &config)
{
    return {{QByteArrayLiteral("x-api-key"), config.apiKey},
            {QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01")}};
}

QJsonObject textBlock(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

QJsonArray contentOf(const Turn &turn)
{
    QJsonArray blocks;
    for (const Attachment &image : turn.images) {
        blocks.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                        {QStringLiteral("source"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("base64")},
                                     {QStringLiteral("media_type"), image.mimeType},
                                     {QStringLiteral("data"), QLatin1String(image.data.toBase64())}}}});
    }
    if (!turn.text.isEmpty())
        blocks.append(textBlock(turn.text));
    return blocks;
}

bool isLegacyModel(const QString &model)
{
    return model.startsWith(QLatin1String("claude-3-")) && !model.startsWith(QLatin1String("claude-3-5"))
        && !model.startsWith(QLatin1String("claude-3-7"));
}

} // namespace

HttpRequestSpec chatRequest(const ProviderConfig &config, const ChatRequest &request)
{
    const Transcript transcript = transcriptOf(request);
    const QString model = modelOf(config, request);

    QJsonArray messages;
    for (const Turn &turn : transcript.turns) {
        messages.append(
            QJsonObject{{QStringLiteral("role"),
                         turn.role == Role::Assistant ? QStringLiteral("assistant") : QStringLiteral("user")},
                        {QStringLiteral("content"), contentOf(turn)}});
    }

    const int answerTokens
        = request.maxOutputTokens.value_or(isLegacyModel(model) ? LEGACY_MAX_TOKENS : DEFAULT_MAX_TOKENS);
    QJsonObject body{{QStringLiteral("model"), model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), true},
                     {QStringLiteral("max_tokens"), answerTokens}};
    if (!transcript.system.isEmpty())
        body.insert(QStringLiteral("system"), QJsonArray{textBlock(transcript.system)});
    if (wantsReasoning(request)) {
        const int budget = std::clamp(request.thinkingBudget.value_or(DEFAULT_THINKING_BUDGET),
                                      MIN_THINKING_BUDGET, MAX_THINKING_BUDGET);
        body.insert(QStringLiteral("thinking"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("enabled")},
                                {QStringLiteral("budget_tokens"), budget}});
        body.insert(QStringLiteral("max_tokens"), budget + std::clamp(answerTokens, 1, MAX_THINKING_BUDGET));
    }

    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = endpoint(config.baseUrl, QStringLiteral("/v1/messages"), REDUNDANT_SUFFIX);
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
    spec.url = endpoint(config.baseUrl, QStringLiteral("/v1/models"), REDUNDANT_SUFFIX);
    spec.url.setQuery(QStringLiteral("limit=1000"));
    spec.headers = headersFor(config);
    return spec;
}

std::optional<QStringList> parseModelList(const QByteArray &body)
{
    return openai::parseModelList(body); // the same {"data":[{"id":…}]} shape
}

} // namespace sotto::anthropic
