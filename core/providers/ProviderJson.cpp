// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/ProviderJson.h"

#include <QJsonParseError>

namespace sotto::providerjson {

namespace {

// Gemini names the kind in `status`, OpenAI prefers the specific `code` to `type`.
constexpr std::string_view CODE_KEYS[] = {"status", "code", "type"};

} // namespace

std::vector<std::string> errorPaths(const std::string &prefix)
{
    std::vector<std::string> paths{prefix + "message"};
    for (const std::string_view key : CODE_KEYS)
        paths.push_back(prefix + std::string(key));
    return paths;
}

std::vector<std::string> findErrorPaths()
{
    std::vector<std::string> paths;
    for (const std::string root : {"", "[]."}) {
        paths.push_back(root + "error");
        paths.push_back(root + "detail");
        for (std::string &path : errorPaths(root + "error."))
            paths.push_back(std::move(path));
        for (std::string &path : errorPaths(root))
            paths.push_back(std::move(path));
    }
    return paths;
}

std::optional<ProviderErrorInfo> errorFrom(const JsonSkim::Value &value)
{
    if (value.isString()) {
        QString message = value.toString();
        if (message.isEmpty())
            return std::nullopt;
        return ProviderErrorInfo{std::move(message), {}};
    }
    if (!value.isObject())
        return std::nullopt;
    ProviderErrorInfo info;
    info.message = value["message"].toString();
    for (const std::string_view key : CODE_KEYS) {
        QString code = value[key].toString();
        if (!code.isEmpty()) {
            info.code = std::move(code);
            break;
        }
    }
    if (info.message.isEmpty() && info.code.isEmpty())
        return std::nullopt;
    return info;
}

std::optional<ProviderErrorInfo> findError(const JsonSkim::Value &root)
{
    JsonSkim::Value object = root;
    if (root.isArray()) {
        // Only a one-element array counts.
        object = root.at(1).isUndefined() ? root.at(0) : JsonSkim::Value();
    }
    if (!object.isObject())
        return std::nullopt;
    if (const JsonSkim::Value error = object["error"]; !error.isUndefined())
        return errorFrom(error);
    if (object["detail"].isString())
        return errorFrom(object["detail"]);
    if (object["message"].isString())
        return errorFrom(object);
    return std::nullopt;
}

std::optional<ProviderErrorInfo> findError(QByteArrayView body)
{
    static const JsonShape shape(findErrorPaths());
    JsonSkim json(shape);
    if (!json.parse(body))
        return std::nullopt;
    return findError(json.root());
}

QString string(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toString();
}

std::optional<int> tokenCount(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Whole numbers only: 131072.5 is no context length. The range check first keeps the
    // conversion defined.
    if (!(number >= 1.0 && number <= double(MAX_TOKEN_COUNT)) || number != double(qint64(number)))
        return std::nullopt;
    return int(number);
}

QJsonDocument parse(const QByteArray &body)
{
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    return document;
}

} // namespace sotto::providerjson
