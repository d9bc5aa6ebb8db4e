// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"
#include "core/providers/ChatRequest.h"
#include "core/providers/HttpRequestSpec.h"
#include "core/types/ProviderConfig.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

namespace sotto {

// The requests of every protocol, chosen by ProviderConfig::api. Pure functions: they
// build bytes and never send anything (EgressGate does). The per-protocol headers
// (OpenAiRequests.h, AnthropicRequests.h, OllamaRequests.h, GeminiRequests.h) document
// each body's shape and mode controls.

enum class ModelListError {
    Malformed, // the body was not the protocol's model list
};

/// The streamed chat request for `request` to `config`'s provider. The URL is built
/// from `config.baseUrl` (the API root as the vendor documents it, DESIGN.md) and the
/// key taken from `config.apiKey` (resolve `apiKeyEnv` before calling).
HttpRequestSpec buildChatRequest(const ProviderConfig &config, const ChatRequest &request);

/// The request that lists the provider's models.
HttpRequestSpec buildModelListRequest(const ProviderConfig &config);

/// The model names in a successful model-list reply, in the server's order.
Expected<QStringList, Error<ModelListError>> parseModelList(Api api, const QByteArray &body);

/// The context lengths a model-list reply itself reports (OpenRouter's and other
/// OpenAI-compatible lists, Gemini's `inputTokenLimit`), by model; empty when it names none.
QMap<QString, int> parseModelContexts(Api api, const QByteArray &body);

/// A request that asks for context lengths a model list does not carry.
struct ContextQuery {
    HttpRequestSpec spec;
    QString model; // the one model it asks about; empty for a list of models
};

/// At most this many context queries follow one model list (one per model for Ollama).
inline constexpr int MAX_CONTEXT_QUERIES = 100;

/// The requests that complete `models` (just listed by `config`'s provider) with their
/// context lengths: for Ollama a POST /api/show per model, for LM Studio (preset
/// "lmstudio") one GET of its native /api/v0/models; none for the others.
QList<ContextQuery> buildContextQueries(const ProviderConfig &config, const QStringList &models);

/// The context lengths in the successful reply to `query`, by model; empty when it names none.
QMap<QString, int> parseContextReply(Api api, const ContextQuery &query, const QByteArray &body);

/// The models a model-list reply, or the reply to a context query, reports as taking no
/// images (ModelCatalog::textOnly); empty when it says nothing about that.
QStringList parseTextOnlyModels(Api api, const QByteArray &body);
QStringList parseTextOnlyReply(Api api, const ContextQuery &query, const QByteArray &body);

} // namespace sotto
