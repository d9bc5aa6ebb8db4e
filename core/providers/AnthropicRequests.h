// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/ChatRequest.h"
#include "core/providers/HttpRequestSpec.h"
#include "core/types/ProviderConfig.h"

#include <QStringList>

#include <optional>

/// Anthropic Messages: the requests Sotto sends. Base URL convention:
/// https://api.anthropic.com (a trailing "/v1" typed by the user is tolerated).
/// Use these through ProviderRequests.h.
namespace sotto::anthropic {

/// The thinking budget when the request names none, and the answer allowance that
/// is added on top of it (Anthropic's max_tokens counts thinking and answer together).
inline constexpr int DEFAULT_THINKING_BUDGET = 16000;
inline constexpr int MIN_THINKING_BUDGET = 1024; // the API's minimum
inline constexpr int MAX_THINKING_BUDGET = 1000000; // keeps budget + answer far from overflow
inline constexpr int DEFAULT_MAX_TOKENS = 8192;
inline constexpr int LEGACY_MAX_TOKENS = 4096; // the Claude 3 (not 3.5/3.7) models' ceiling

/// POST {base}/v1/messages with `x-api-key`, `anthropic-version: 2023-06-01`,
/// `stream: true`, the system prompt as the top-level `system` field, message content
/// as blocks (images as base64 source blocks before the text block; the system prompt
/// as one text block, the form the SDKs send). `max_tokens` is required: maxOutputTokens,
/// else DEFAULT_MAX_TOKENS (LEGACY_MAX_TOKENS for claude-3-opus/sonnet/haiku). Thinking
/// sends `thinking: {type: "enabled", budget_tokens: B}` with max_tokens = B + the
/// answer allowance, so it is always larger than the budget; Instant sends no
/// `thinking` field.
HttpRequestSpec chatRequest(const ProviderConfig &config, const ChatRequest &request);

/// GET {base}/v1/models?limit=1000.
HttpRequestSpec modelListRequest(const ProviderConfig &config);

/// The ids in `data[].id`; nothing when the body is not such a list.
std::optional<QStringList> parseModelList(const QByteArray &body);

} // namespace sotto::anthropic
