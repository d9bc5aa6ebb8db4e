// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/Route.h"

namespace sotto::test {

Route routeFor(QByteArrayView method, const QString &path, bool hasAnthropicHeaders)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    const bool get = method == "GET";
    const bool post = method == "POST";

    if (post && p.endsWith(QLatin1String("/chat/completions")))
        return Route::OpenAiChat;
    if (post && p.endsWith(QLatin1String("/audio/transcriptions")))
        return Route::OpenAiTranscription;
    if (post && p == QLatin1String("/v1/messages"))
        return Route::AnthropicMessages;
    if (post && p == QLatin1String("/api/chat"))
        return Route::OllamaChat;
    if (get && p == QLatin1String("/api/tags"))
        return Route::OllamaTags;
    if (post && p == QLatin1String("/api/show"))
        return Route::OllamaShow;
    if (get && p == QLatin1String("/api/v0/models"))
        return Route::LmStudioModels;
    if (get && p == QLatin1String("/v1beta/models"))
        return Route::GeminiModels;
    if (post && p.startsWith(QLatin1String("/v1beta/models/"))
        && p.endsWith(QLatin1String(":streamGenerateContent")))
        return Route::GeminiStream;
    if (get && p.endsWith(QLatin1String("/models")) && !p.startsWith(QLatin1String("/v1beta/")))
        return hasAnthropicHeaders && p == QLatin1String("/v1/models") ? Route::AnthropicModels
                                                                       : Route::OpenAiModels;
    return Route::Unknown;
}

std::optional<Api> apiOf(Route route)
{
    switch (route) {
    case Route::OpenAiChat:
    case Route::OpenAiModels:
    case Route::LmStudioModels:
    case Route::OpenAiTranscription:
        return Api::OpenAi;
    case Route::AnthropicMessages:
    case Route::AnthropicModels:
        return Api::Anthropic;
    case Route::OllamaChat:
    case Route::OllamaTags:
    case Route::OllamaShow:
        return Api::Ollama;
    case Route::GeminiStream:
    case Route::GeminiModels:
        return Api::Gemini;
    case Route::Unknown:
        break;
    }
    return std::nullopt;
}

Route chatRoute(Api api)
{
    switch (api) {
    case Api::OpenAi:
        return Route::OpenAiChat;
    case Api::Anthropic:
        return Route::AnthropicMessages;
    case Api::Ollama:
        return Route::OllamaChat;
    case Api::Gemini:
        return Route::GeminiStream;
    }
    return Route::Unknown;
}

bool isChatRoute(Route route)
{
    return route == Route::OpenAiChat || route == Route::AnthropicMessages || route == Route::OllamaChat
        || route == Route::GeminiStream;
}

QString toString(Route route)
{
    switch (route) {
    case Route::OpenAiChat:
        return QStringLiteral("openai-chat");
    case Route::OpenAiModels:
        return QStringLiteral("openai-models");
    case Route::AnthropicMessages:
        return QStringLiteral("anthropic-messages");
    case Route::AnthropicModels:
        return QStringLiteral("anthropic-models");
    case Route::OllamaChat:
        return QStringLiteral("ollama-chat");
    case Route::OllamaTags:
        return QStringLiteral("ollama-tags");
    case Route::OllamaShow:
        return QStringLiteral("ollama-show");
    case Route::LmStudioModels:
        return QStringLiteral("lmstudio-models");
    case Route::OpenAiTranscription:
        return QStringLiteral("openai-transcription");
    case Route::GeminiStream:
        return QStringLiteral("gemini-stream");
    case Route::GeminiModels:
        return QStringLiteral("gemini-models");
    case Route::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace sotto::test
