// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/JsonSkim.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace sotto {

/// An error a provider put in a JSON body: its message and its machine-readable type
/// (OpenAI `code` or `type`, Anthropic `error.type`, Gemini `status`; empty for Ollama).
struct ProviderErrorInfo {
    QString message;
    QString code;
};

/// Small JSON helpers shared by the protocol parsers and the error mapping. Internal
/// to core/providers; nothing here throws.
namespace providerjson {

/// The paths errorFrom() reads below `prefix` (e.g. "error." for an object's `error`
/// member), for a parser's JsonShape.
std::vector<std::string> errorPaths(const std::string &prefix);
/// The paths findError() reads: errorPaths() at every place it looks.
std::vector<std::string> findErrorPaths();

/// Reads the value of an `error` field: an object with `message` and a type, or a
/// plain string. Nothing for null, empty or other values.
std::optional<ProviderErrorInfo> errorFrom(const JsonSkim::Value &error);

/// Finds an error object in a parsed body, whatever the vendor's shape:
/// `{"error":{"message",…}}` (OpenAI, Anthropic, Gemini, most compatible servers),
/// `{"error":"…"}` (Ollama, llama.cpp), `{"detail":"…"}` (FastAPI-based servers),
/// `{"message":"…"}` and any of those wrapped in a one-element array (Gemini without SSE).
/// `root` must come from a shape that includes findErrorPaths().
std::optional<ProviderErrorInfo> findError(const JsonSkim::Value &root);
/// The same, on a body that may be JSON; nothing when it is not.
std::optional<ProviderErrorInfo> findError(QByteArrayView body);

/// The string at `key`, or an empty string when it is missing or not a string.
QString string(const QJsonObject &object, QLatin1String key);

/// The most tokens a reported context length may name; a larger figure is not believed.
inline constexpr qint64 MAX_TOKEN_COUNT = 1'000'000'000;

/// A positive whole number of tokens (a reported context length), at most
/// MAX_TOKEN_COUNT; nothing for any other value.
std::optional<int> tokenCount(const QJsonValue &value);

/// Reads a body that may be JSON; a null document when it is not. For whole bodies that
/// are read once (model lists, error details); stream events go through JsonSkim.
QJsonDocument parse(const QByteArray &body);

} // namespace providerjson

} // namespace sotto
