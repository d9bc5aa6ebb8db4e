// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/ChatRequest.h"
#include "core/providers/HttpRequestSpec.h"
#include "core/types/ProviderConfig.h"

#include <QMap>
#include <QStringList>

#include <optional>

/// OpenAI Chat Completions and compatible servers: the requests Sotto sends. Base URL
/// convention: the API root up to and including "/v1" (https://api.openai.com/v1,
/// http://127.0.0.1:8080/v1). Use these through ProviderRequests.h.
namespace sotto::openai {

/// POST {base}/chat/completions with `stream: true`, `stream_options.include_usage`,
/// `store: false`; the system prompt as a first "system" message; a message with
/// images as content parts (text, then `image_url` data URLs). Thinking sends
/// `reasoning_effort: "high"`; Instant omits the field, because compatible servers
/// reject values they do not know (llama.cpp and vLLM accept only some, OpenAI's
/// non-reasoning models reject the field) and omitting it is each model's default.
/// maxOutputTokens becomes `max_completion_tokens` for api.openai.com (its reasoning
/// models reject `max_tokens`) and `max_tokens` elsewhere (what compatible servers read).
/// `Authorization: Bearer` only when a key is configured (local servers need none).
HttpRequestSpec chatRequest(const ProviderConfig &config, const ChatRequest &request);

/// GET {base}/models.
HttpRequestSpec modelListRequest(const ProviderConfig &config);

/// The ids in `data[].id`; nothing when the body is not such a list.
std::optional<QStringList> parseModelList(const QByteArray &body);

/// GET {root}/api/v0/models, LM Studio's native model list (its OpenAI-compatible
/// /v1/models names the models but not their context lengths); {root} is the base URL
/// without its "/v1".
HttpRequestSpec lmStudioModelsRequest(const ProviderConfig &config);

/// The context lengths a model list reports, by `data[].id`: LM Studio's
/// `loaded_context_length` (the model is loaded with it, so it is the most the server
/// takes now), else the smallest of OpenRouter's `context_length` and
/// `top_provider.context_length`, LM Studio's `max_context_length` and vLLM's
/// `max_model_len`. Models without
/// a figure are left out; empty when the body is not such a list.
QMap<QString, int> parseModelContexts(const QByteArray &body);

/// The `data[].id`s a model list reports as taking no images: OpenRouter's
/// `architecture.input_modalities` without "image", LM Studio's `type` "llm" or
/// "embeddings" (its vision models are "vlm"). A model the list says nothing about is left out.
QStringList parseTextOnlyModels(const QByteArray &body);

} // namespace sotto::openai
