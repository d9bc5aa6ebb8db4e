// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/ChatRequest.h"
#include "core/providers/HttpRequestSpec.h"
#include "core/types/ProviderConfig.h"

#include <QStringList>

#include <optional>

/// Ollama's native API: the requests Sotto sends. Base URL convention:
/// http://127.0.0.1:11434 (a trailing "/api" typed by the user is tolerated).
/// Use these through ProviderRequests.h.
namespace sotto::ollama {

/// POST {base}/api/chat with `stream: true`, the system prompt as a first "system"
/// message, images as the message's `images` array of base64 strings, `think: true`
/// (Thinking) or `think: false` (Instant), maxOutputTokens as `options.num_predict`.
/// `Authorization: Bearer` only when a key is configured (ollama.com; local needs none).
HttpRequestSpec chatRequest(const ProviderConfig &config, const ChatRequest &request);

/// GET {base}/api/tags.
HttpRequestSpec modelListRequest(const ProviderConfig &config);

/// The names in `models[].name` (or `models[].model`); nothing when the body is not such a list.
std::optional<QStringList> parseModelList(const QByteArray &body);

/// POST {base}/api/show with {"model": model}: the model's details, among them its
/// context length.
HttpRequestSpec showRequest(const ProviderConfig &config, const QString &model);

/// The context length in an /api/show reply: `model_info["<arch>.context_length"]`
/// (arch from `model_info["general.architecture"]`, else the one key ending in
/// ".context_length"), lowered to the `num_ctx` of its `parameters` when the model's
/// Modelfile sets a smaller one (whoever made the model chose to run it so). Nothing
/// when the reply names no positive figure.
std::optional<int> parseShowContext(const QByteArray &body);

/// Whether an /api/show reply says the model takes text only: a `capabilities` list
/// without "vision". nullopt when the reply has no such list (Ollama before 0.6.4).
std::optional<bool> parseShowTextOnly(const QByteArray &body);

} // namespace sotto::ollama
