// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/io/ExportFormatChecker.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace sotto::test {

namespace {

enum class Kind {
    String,
    Integer,
    Bool,
    Array,
    Object,
    Time,
    OptionalString,
    OptionalObject,
    OptionalInteger
};

struct Field {
    const char *name;
    Kind kind;
};

bool isTime(const QJsonValue &value)
{
    const QString text = value.toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return value.isString() && text.endsWith(QLatin1Char('Z')) && time.isValid()
        && time.timeSpec() == Qt::UTC;
}

bool matches(const QJsonValue &value, Kind kind)
{
    switch (kind) {
    case Kind::String:
        return value.isString();
    case Kind::Integer:
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    case Kind::Bool:
        return value.isBool();
    case Kind::Array:
        return value.isArray();
    case Kind::Object:
        return value.isObject();
    case Kind::Time:
        return isTime(value);
    case Kind::OptionalString:
        return value.isNull() || value.isString();
    case Kind::OptionalObject:
        return value.isNull() || value.isObject();
    case Kind::OptionalInteger:
        return value.isNull() || matches(value, Kind::Integer);
    }
    return false;
}

void checkFields(const QJsonObject &object, std::initializer_list<Field> fields, const QString &where,
                 QStringList &problems)
{
    QSet<QString> known;
    for (const Field &field : fields) {
        known.insert(QLatin1String(field.name));
        if (!object.contains(QLatin1String(field.name)))
            problems << where + QStringLiteral(": no ") + QLatin1String(field.name);
        else if (!matches(object.value(QLatin1String(field.name)), field.kind))
            problems << where + QStringLiteral(": ") + QLatin1String(field.name)
                    + QStringLiteral(" has the wrong type");
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            problems << where + QStringLiteral(": undocumented field ") + it.key();
    }
}

void checkUsage(const QJsonValue &usage, const QString &where, QStringList &problems)
{
    if (usage.isObject())
        checkFields(usage.toObject(), {{"input_tokens", Kind::Integer}, {"output_tokens", Kind::Integer}},
                    where + QStringLiteral(".usage"), problems);
}

const QSet<QString> STATUSES{QStringLiteral("complete"), QStringLiteral("partial"), QStringLiteral("error"),
                             QStringLiteral("cancelled")};
const QSet<QString> MODES{QStringLiteral("instant"), QStringLiteral("thinking"),
                          QStringLiteral("contemplating")};

void checkLane(const QJsonObject &lane, const QString &where, QStringList &problems)
{
    checkFields(lane,
                {{"turn_id", Kind::String},
                 {"agent", Kind::Integer},
                 {"round", Kind::Integer},
                 {"provider", Kind::String},
                 {"model", Kind::String},
                 {"perspective", Kind::String},
                 {"content", Kind::String},
                 {"thinking", Kind::String},
                 {"status", Kind::String},
                 {"error", Kind::OptionalString},
                 {"usage", Kind::OptionalObject},
                 {"created_at", Kind::Time},
                 {"updated_at", Kind::Time}},
                where, problems);
    if (!STATUSES.contains(lane.value(QStringLiteral("status")).toString()))
        problems << where + QStringLiteral(": unknown status");
    checkUsage(lane.value(QStringLiteral("usage")), where, problems);
}

void checkConversation(const QJsonObject &c, const QString &where, QStringList &problems)
{
    checkFields(c,
                {{"id", Kind::Integer},
                 {"source_id", Kind::String},
                 {"title", Kind::String},
                 {"created_at", Kind::Time},
                 {"updated_at", Kind::Time},
                 {"pinned", Kind::Bool},
                 {"local_only", Kind::Bool},
                 {"provider", Kind::String},
                 {"model", Kind::String},
                 {"mode", Kind::String},
                 {"messages", Kind::Array},
                 {"unattached_agents", Kind::Array}},
                where, problems);
    if (!MODES.contains(c.value(QStringLiteral("mode")).toString()))
        problems << where + QStringLiteral(": unknown mode");
    const QJsonArray messages = c.value(QStringLiteral("messages")).toArray();
    QSet<qint64> ids;
    for (const QJsonValue &value : messages)
        ids.insert(value.toObject().value(QStringLiteral("id")).toInteger());
    if (ids.size() != messages.size())
        problems << where + QStringLiteral(": message ids are not unique");
    QHash<QString, int> chosenAt; // "parent/role" → chosen versions there
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString at = where + QStringLiteral(".messages[%1]").arg(i);
        const QJsonObject m = messages.at(i).toObject();
        checkFields(m,
                    {{"id", Kind::Integer},
                     {"parent", Kind::OptionalInteger},
                     {"chosen", Kind::Bool},
                     {"role", Kind::String},
                     {"content", Kind::String},
                     {"thinking", Kind::String},
                     {"turn_id", Kind::String},
                     {"mode", Kind::String},
                     {"provider", Kind::String},
                     {"model", Kind::String},
                     {"status", Kind::String},
                     {"error", Kind::OptionalString},
                     {"usage", Kind::OptionalObject},
                     {"created_at", Kind::Time},
                     {"updated_at", Kind::Time},
                     {"images", Kind::Array},
                     {"agents", Kind::Array}},
                    at, problems);
        const QString role = m.value(QStringLiteral("role")).toString();
        if (role != QLatin1String("user") && role != QLatin1String("assistant")
            && role != QLatin1String("system"))
            problems << at + QStringLiteral(": unknown role");
        if (!STATUSES.contains(m.value(QStringLiteral("status")).toString()))
            problems << at + QStringLiteral(": unknown status");
        if (!MODES.contains(m.value(QStringLiteral("mode")).toString()))
            problems << at + QStringLiteral(": unknown mode");
        const QJsonValue parent = m.value(QStringLiteral("parent"));
        if (!parent.isNull() && !ids.contains(parent.toInteger()))
            problems << at + QStringLiteral(": parent is not a message of the conversation");
        if (!parent.isNull() && parent.toInteger() >= m.value(QStringLiteral("id")).toInteger())
            problems << at + QStringLiteral(": parent comes after its child");
        if (m.value(QStringLiteral("chosen")).toBool())
            ++chosenAt[QString::number(parent.toInteger()) + QLatin1Char('/') + role];
        else
            chosenAt[QString::number(parent.toInteger()) + QLatin1Char('/') + role] += 0;
        checkUsage(m.value(QStringLiteral("usage")), at, problems);
        const QJsonArray images = m.value(QStringLiteral("images")).toArray();
        for (qsizetype j = 0; j < images.size(); ++j) {
            const QString imageAt = at + QStringLiteral(".images[%1]").arg(j);
            const QJsonObject image = images.at(j).toObject();
            checkFields(image,
                        {{"mime_type", Kind::String},
                         {"width", Kind::Integer},
                         {"height", Kind::Integer},
                         {"sha256", Kind::String},
                         {"data", Kind::String}},
                        imageAt, problems);
            const QByteArray data
                = QByteArray::fromBase64(image.value(QStringLiteral("data")).toString().toLatin1(),
                                         QByteArray::AbortOnBase64DecodingErrors);
            if (data.isEmpty()
                || QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()
                    != image.value(QStringLiteral("sha256")).toString().toLatin1())
                problems << imageAt + QStringLiteral(": data does not match its sha256");
        }
        const QJsonArray agents = m.value(QStringLiteral("agents")).toArray();
        for (qsizetype j = 0; j < agents.size(); ++j)
            checkLane(agents.at(j).toObject(), at + QStringLiteral(".agents[%1]").arg(j), problems);
    }
    const bool list = std::all_of(messages.begin(), messages.end(), [](const QJsonValue &m) {
        return m.toObject().value(QStringLiteral("parent")).isNull();
    }); // a plain list (no parents at all): every message is chosen
    for (auto it = chosenAt.cbegin(); it != chosenAt.cend() && !list; ++it) {
        if (it.value() != 1)
            problems << where + QStringLiteral(": %1 chosen versions at %2").arg(it.value()).arg(it.key());
    }
    const QJsonArray unattached = c.value(QStringLiteral("unattached_agents")).toArray();
    for (qsizetype j = 0; j < unattached.size(); ++j)
        checkLane(unattached.at(j).toObject(), where + QStringLiteral(".unattached_agents[%1]").arg(j),
                  problems);
}

} // namespace

QStringList checkJsonExport(const QByteArray &bytes)
{
    QStringList problems;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {QStringLiteral("not a JSON object: ") + error.errorString()};
    const QJsonObject root = document.object();
    checkFields(root,
                {{"format", Kind::String},
                 {"version", Kind::Integer},
                 {"generator", Kind::String},
                 {"exported_at", Kind::Time},
                 {"conversations", Kind::Array}},
                QStringLiteral("document"), problems);
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("sotto-conversations"))
        problems << QStringLiteral("document: format is not sotto-conversations");
    if (root.value(QStringLiteral("version")).toInt() != 1)
        problems << QStringLiteral("document: version is not 1");
    const QJsonArray conversations = root.value(QStringLiteral("conversations")).toArray();
    for (qsizetype i = 0; i < conversations.size(); ++i)
        checkConversation(conversations.at(i).toObject(), QStringLiteral("conversations[%1]").arg(i),
                          problems);
    return problems;
}

} // namespace sotto::test
