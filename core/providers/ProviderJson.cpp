// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/ProviderJson.h"

#include <QJsonArray>
#include <QJsonParseError>

namespace sotto::providerjson {

std::optional<ProviderErrorInfo> errorFrom(const QJsonValue &value)
{
    if (value.isString() && !value.toString().isEmpty())
        return ProviderErrorInfo{value.toString(), {}};
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject error = value.toObject();
    ProviderErrorInfo info;
    info.message = string(error, QLatin1String("message"));
    // Gemini names the kind in `status`, OpenAI prefers the specific `code` to `type`.
    for (const QLatin1String key : {QLatin1String("status"), QLatin1String("code"), QLatin1String("type")}) {
        if (error.value(key).isString() && !error.value(key).toString().isEmpty()) {
            info.code = error.value(key).toString();
            break;
        }
    }
    if (info.message.isEmpty() && info.code.isEmpty())
        return std::nullopt;
    return info;
}

QString string(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toString();
}

std::optional<qint64> integer(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Token counts are far below 2^53; refusing larger values keeps sums of two free of overflow.
    if (!(number > -9.0e15 && number < 9.0e15)) // also false for NaN
        return std::nullopt;
    return static_cast<qint64>(number);
}

std::optional<ProviderErrorInfo> findError(const QJsonDocument &document)
{
    QJsonObject object = document.object();
    if (document.isArray() && document.array().size() == 1)
        object = document.array().first().toObject();
    if (object.isEmpty())
        return std::nullopt;
    if (object.contains(QLatin1String("error")))
        return errorFrom(object.value(QLatin1String("error")));
    if (object.value(QLatin1String("detail")).isString())
        return errorFrom(object.value(QLatin1String("detail")));
    if (object.value(QLatin1String("message")).isString())
        return errorFrom(object);
    return std::nullopt;
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
