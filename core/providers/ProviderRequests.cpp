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

} // namespace sotto
