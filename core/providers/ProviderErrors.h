// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/HttpRequestSpec.h"
#include "core/providers/ProviderJson.h"
#include "core/providers/StreamEvent.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sotto {

// Provider failures as one clear, translated sentence a user can act on. Pure
// functions: the caller has the reply's status, headers and body in hand.

/// The sentence for a reply with HTTP status `status` >= 400. `host` names the server
/// as the user knows it ("api.openai.com", "127.0.0.1:11434"); `model` is the model
/// that was asked for. Rules: 401/403 (and Gemini's 400 for a bad key) "<host>
/// rejected the API key."; 404 "<host> has no model named “<model>”." (or, when the
/// body is not a JSON error, that the endpoint does not exist: a wrong base URL);
/// 429 a rate limit with the wait from Retry-After (or Gemini's RetryInfo) when given,
/// or exhausted quota; Anthropic's 529 / overloaded_error; other 4xx with the
/// provider's own message; 5xx a server error, with the provider's message if any.
/// Every vendor's error body shape is recognised (OpenAI, Anthropic, Gemini, Ollama,
/// llama.cpp, FastAPI-based servers), so no protocol argument is needed.
QString httpErrorMessage(int status, const HttpHeaders &headers, const QByteArray &body, const QString &host,
                         const QString &model);

/// The sentence for a ProviderError event that arrived inside a successful stream
/// (Anthropic's overloaded event, an OpenAI `error` chunk, Ollama's `{"error":…}` line).
QString streamErrorMessage(const StreamEvent &error, const QString &host);

/// Whether a provider's error says the request is longer than the model's context
/// window (OpenAI `context_length_exceeded`, llama.cpp `exceed_context_size_error`,
/// Anthropic "prompt is too long", Gemini "input token count … exceeds", and the
/// wordings of compatible servers).
bool isContextLengthError(const QString &code, const QString &message);
bool isContextLengthError(const QByteArray &body);

/// The provider's own message and error type in an error body, if it has one.
std::optional<ProviderErrorInfo> providerErrorOf(const QByteArray &body);

} // namespace sotto
