// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/ChatRequest.h"
#include "core/providers/HttpRequestSpec.h"
#include "core/types/ProviderConfig.h"

#include <QMap>
#include <QStringList>

#include <optional>

/// Google Gemini (generativelanguage.googleapis.com): the requests Sotto sends. Base
/// URL convention: https://generativelanguage.googleapis.com (a trailing "/v1beta"
/// typed by the user is tolerated). Use these through ProviderRequests.h.
namespace sotto::gemini {

/// Gemini 2.5 Pro cannot switch thinking off; this is its smallest budget.
inline constexpr int PRO_MIN_THINKING_BUDGET = 128;

/// POST {base}/v1beta/models/{model}:streamGenerateContent?alt=sse with the key in the
/// `x-goog-api-key` header, never in the URL (URLs end up in logs and the audit).
/// Body: `systemInstruction`, `contents` with roles "user" / "model", images as
/// `inlineData` parts before the text, and `generationConfig.thinkingConfig`:
/// Instant `{thinkingBudget: 0}` (Gemini 2.5 Pro, which cannot disable thinking:
/// its minimum budget), Thinking `{includeThoughts: true, thinkingBudget: -1}` (dynamic)
/// or the request's budget. Gemini 3 models take `thinkingLevel` instead ("low" for
/// Instant, "high" for Thinking). maxOutputTokens becomes `maxOutputTokens`.
HttpRequestSpec chatRequest(const ProviderConfig &config, const ChatRequest &request);

/// GET {base}/v1beta/models?pageSize=1000.
HttpRequestSpec modelListRequest(const ProviderConfig &config);

/// The names in `models[].name` without their "models/" prefix, keeping only models
/// that list "generateContent" in `supportedGenerationMethods` when that field is
/// present; nothing when the body is not such a list.
std::optional<QStringList> parseModelList(const QByteArray &body);

/// The `inputTokenLimit` of each model parseModelList() offers, by the same name.
QMap<QString, int> parseModelContexts(const QByteArray &body);

} // namespace sotto::gemini
