// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/ProviderRequests.h"

#include "core/providers/AnthropicRequests.h"
#include "core/providers/GeminiRequests.h"
#include "core/providers/OllamaRequests.h"
#include "core/providers/OpenAiRequests.h"

#include <QCoreApplication>

namespace sotto {

HttpRequestSpec buildChatRequest(const ProviderConfig &config, const ChatRequest &request)
{
    switch (config.api) {
    case Api::OpenAi:
        break;
    case Api::Anthropic:
        return anthropic::chatRequest(config, request);
    case Api::Ollama:
        return ollama::chatRequest(config, request);
    case Api::Gemini:
        return gemini::chatRequest(config, request);
    }
    return openai::chatRequest(config, request);
}

HttpRequestSpec buildModelListRequest(const ProviderConfig &config)
{
    switch (config.api) {
    case Api::OpenAi:
        break;
    case Api::Anthropic:
        return anthropic::modelListRequest(config);
    case Api::Ollama:
        return ollama::modelListRequest(config);
    case Api::Gemini:
        return gemini::modelListRequest(config);
    }
    return openai::modelListRequest(config);
}

Expected<QStringList, Error<ModelListError>> parseModelList(Api api, const QByteArray &body)
{
    std::optional<QStringList> names;
    switch (api) {
    case Api::OpenAi:
        names = openai::parseModelList(body);
        break;
    case Api::Anthropic:
        names = anthropic::parseModelList(body);
        break;
    case Api::Ollama:
        names = ollama::parseModelList(body);
        break;
    case Api::Gemini:
        names = gemini::parseModelList(body);
        break;
    }
    if (!names) {
        return Unexpected(Error<ModelListError>{
            ModelListError::Malformed,
            QCoreApplication::translate("sotto::ProviderRequests",
                                        "The provider's list of models could not be read."),
            QStringLiteral("model list of %1 API is not in the expected shape (%2 bytes)")
                .arg(apiName(api))
                .arg(body.size())});
    }
    return *names;
}

QMap<QString, int> parseModelContexts(Api api, const QByteArray &body)
{
    switch (api) {
    case Api::OpenAi:
        return openai::parseModelContexts(body);
    case Api::Gemini:
        return gemini::parseModelContexts(body);
    case Api::Anthropic:
    case Api::Ollama:
        break;
    }
    return {};
}

QList<ContextQuery> buildContextQueries(const ProviderConfig &config, const QStringList &models)
{
    QList<ContextQuery> queries;
    if (config.api == Api::Ollama) {
        for (const QString &model : models.mid(0, MAX_CONTEXT_QUERIES))
            queries.append({ollama::showRequest(config, model), model});
    } else if (config.api == Api::OpenAi && config.preset == QLatin1String("lmstudio")) {
        queries.append({openai::lmStudioModelsRequest(config), QString()});
    }
    return queries;
}

QMap<QString, int> parseContextReply(Api api, const ContextQuery &query, const QByteArray &body)
{
    if (api == Api::Ollama) {
        if (const auto length = ollama::parseShowContext(body); length && !query.model.isEmpty())
            return {{query.model, *length}};
        return {};
    }
    return parseModelContexts(api, body);
}

QStringList parseTextOnlyModels(Api api, const QByteArray &body)
{
    return api == Api::OpenAi ? openai::parseTextOnlyModels(body) : QStringList();
}

QStringList parseTextOnlyReply(Api api, const ContextQuery &query, const QByteArray &body)
{
    if (api == Api::Ollama) {
        if (ollama::parseShowTextOnly(body).value_or(false) && !query.model.isEmpty())
            return {query.model};
        return {};
    }
    return parseTextOnlyModels(api, body);
}

} // namespace sotto
