// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QString>

#include <optional>

/// Lenient readers of nlohmann values for the importers: a missing member or one of
/// another type reads as the fallback, so an importer decides what is required.
namespace sotto::importjson {

using json = nlohmann::json;

inline const json *member(const json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

inline QString text(const json &object, const char *key, const QString &fallback = {})
{
    const json *v = member(object, key);
    if (!v || !v->is_string())
        return fallback;
    const auto &s = v->get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline bool isText(const json &object, const char *key)
{
    const json *v = member(object, key);
    return v && v->is_string();
}

inline std::optional<qint64> integer(const json &object, const char *key)
{
    const json *v = member(object, key);
    if (!v || !(v->is_number_integer() || v->is_number_unsigned()))
        return std::nullopt;
    return v->get<qint64>();
}

inline bool boolean(const json &object, const char *key, bool fallback = false)
{
    const json *v = member(object, key);
    return v && v->is_boolean() ? v->get<bool>() : fallback;
}

/// An ISO 8601 time ("2026-12-07T07:20:42.120Z", with or without milliseconds or an
/// offset); invalid when absent or unreadable.
inline QDateTime isoTime(const json &object, const char *key)
{
    const QString value = text(object, key);
    if (value.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

/// Seconds since the epoch as a number (ChatGPT's create_time: 1700000000.123);
/// invalid when null or absent.
inline QDateTime epochSeconds(const json &object, const char *key)
{
    const json *v = member(object, key);
    if (!v || !v->is_number())
        return {};
    const double seconds = v->get<double>();
    if (!(seconds > 0) || seconds > 1e11)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0 + 0.5), Qt::UTC);
}

} // namespace sotto::importjson
