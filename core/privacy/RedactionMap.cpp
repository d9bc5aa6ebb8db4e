// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/RedactionMap.h"

#include "core/privacy/Placeholder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sotto {

namespace {

constexpr int FORMAT_VERSION = 1;

} // namespace

QString RedactionMap::placeholderFor(const QString &name, const QString &original)
{
    const auto known = m_byOriginal.constFind(original);
    if (known != m_byOriginal.cend())
        return *known;
    return allocate(name, original);
}

QString RedactionMap::placeholderForLiteral(const QString &literal)
{
    const auto known = m_byOriginal.constFind(literal);
    if (known != m_byOriginal.cend())
        return *known;
    if (!m_byPlaceholder.contains(literal)) {
        insert(literal, literal);
        return literal;
    }
    return allocate(Placeholder::name(literal), literal);
}

QString RedactionMap::original(QStringView placeholder) const
{
    const auto found = m_byPlaceholder.constFind(placeholder.toString());
    return found == m_byPlaceholder.cend() ? QString() : *found;
}

QString RedactionMap::allocate(const QString &name, const QString &original)
{
    qint64 &next = m_nextNumber[name];
    next = std::max<qint64>(next, 1);
    QString placeholder = Placeholder::make(name, next);
    while (m_byPlaceholder.contains(placeholder))
        placeholder = Placeholder::make(name, ++next);
    ++next;
    insert(placeholder, original);
    return placeholder;
}

void RedactionMap::insert(const QString &placeholder, const QString &original)
{
    m_entries.append({placeholder, original});
    m_byOriginal.insert(original, placeholder);
    m_byPlaceholder.insert(placeholder, original);
}

QByteArray RedactionMap::toJson() const
{
    QJsonArray entries;
    for (const auto &[placeholder, original] : m_entries)
        entries.append(QJsonObject{{QStringLiteral("placeholder"), placeholder},
                                   {QStringLiteral("original"), original}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("version"), FORMAT_VERSION}, {QStringLiteral("entries"), entries}})
        .toJson(QJsonDocument::Compact);
}

std::optional<RedactionMap> RedactionMap::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != FORMAT_VERSION)
        return std::nullopt;
    RedactionMap map;
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString placeholder = entry.value(QStringLiteral("placeholder")).toString();
        const QString original = entry.value(QStringLiteral("original")).toString();
        if (Placeholder::matchAt(placeholder, 0) != placeholder.size() || placeholder.isEmpty()
            || map.m_byPlaceholder.contains(placeholder) || map.m_byOriginal.contains(original))
            return std::nullopt;
        map.insert(placeholder, original);
    }
    return map;
}

} // namespace sotto
