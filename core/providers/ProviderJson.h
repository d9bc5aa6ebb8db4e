// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace sotto {

/// An error a provider put in a JSON body: its message and its machine-readable type
/// (OpenAI `code` or `type`, Anthropic `error.type`, Gemini `status`; empty for Ollama).
struct ProviderErrorInfo {
    QString message;
    QString code;
};

/// Small JSON helpers shared by the protocol parsers and the error mapping. Internal
/// to core/providers; QJsonDocument never throws, so nothing here does either.
namespace providerjson {

/// The string at `key`, or an empty string when it is missing or not a string.
QString string(const QJsonObject &object, QLatin1String key);
/// The integer at `key`, when it is a number.
std::optional<qint64> integer(const QJsonObject &object, QLatin1String key);

/// Reads the value of an `error` field: an object with `message` and a type, or a
/// plain string. Nothing for null, empty or other values.
std::optional<ProviderErrorInfo> errorFrom(const QJsonValue &error);

/// Finds an error object in a parsed body, whatever the vendor's shape:
/// `{"error":{"message",…}}` (OpenAI, Anthropic, Gemini, most compatible servers),
/// `{"error":"…"}` (Ollama, llama.cpp), `{"detail":"…"}` (FastAPI-based servers),
/// `{"message":"…"}` and any of those wrapped in a one-element array (Gemini without SSE).
std::optional<ProviderErrorInfo> findError(const QJsonDocument &document);

/// Reads a body that may be JSON; a null document when it is not.
QJsonDocument parse(const QByteArray &body);

} // namespace providerjson

} // namespace sotto
