// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/RecordedRequest.h"

#include <QJsonDocument>

namespace sotto::test {

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QHash<QByteArray, QByteArray> RecordedRequest::headerMap() const
{
    QHash<QByteArray, QByteArray> map;
    for (const auto &[key, value] : headers) {
        QByteArray &slot = map[key.toLower()];
        if (!slot.isEmpty())
            slot.append(", ");
        slot.append(value);
    }
    return map;
}

QUrlQuery RecordedRequest::queryItems() const
{
    return QUrlQuery(QString::fromLatin1(query));
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool RecordedRequest::isJson() const
{
    QJsonParseError error{};
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

QString RecordedRequest::model() const
{
    if (route == Route::GeminiStream) {
        const QString prefix = QStringLiteral("/v1beta/models/");
        const QString rest = path.mid(prefix.size());
        return rest.section(QLatin1Char(':'), 0, 0);
    }
    return json().value(QLatin1String("model")).toString();
}

bool RecordedRequest::keepAlive() const
{
    const QByteArray connectionHeader = header("Connection").toLower();
    if (httpVersion == "HTTP/1.0")
        return connectionHeader.contains("keep-alive");
    return !connectionHeader.contains("close");
}

} // namespace sotto::test
