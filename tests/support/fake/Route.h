// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/ProviderConfig.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace sotto::test {

/// The endpoints FakeProviderServer knows. OpenAiChat matches any path ending in
/// `/chat/completions` (so `/v1/…`, `/openai/v1/…` and `/api/v1/…` prefixes all
/// work); `GET …/models` is AnthropicModels when the request carries an
/// `anthropic-version` or `x-api-key` header, OpenAiModels otherwise.
enum class Route {
    OpenAiChat, // POST {prefix}/chat/completions (SSE)
    OpenAiModels, // GET {prefix}/models
    AnthropicMessages, // POST /v1/messages (SSE with named events)
    AnthropicModels, // GET /v1/models with Anthropic headers
    OllamaChat, // POST /api/chat (NDJSON)
    OllamaTags, // GET /api/tags
    OllamaShow, // POST /api/show (a model's details, its context length among them)
    GeminiStream, // POST /v1beta/models/{model}:streamGenerateContent[?alt=sse]
    GeminiModels, // GET /v1beta/models
    LmStudioModels, // GET /api/v0/models (LM Studio's native list, with context lengths)
    OpenAiTranscription, // POST {prefix}/audio/transcriptions (multipart/form-data; answers {"text": …})
    Unknown, // anything else: 404 with a JSON body unless a response is queued
};

/// Which route a request line targets. `path` excludes the query.
Route routeFor(QByteArrayView method, const QString &path, bool hasAnthropicHeaders);

/// The protocol a route speaks; nullopt for Route::Unknown.
std::optional<Api> apiOf(Route route);

/// The streaming (chat) route of a protocol.
Route chatRoute(Api api);

/// True for the four streaming chat routes.
bool isChatRoute(Route route);

/// "openai-chat", "anthropic-models", … (for logs and test row names).
QString toString(Route route);

} // namespace sotto::test
