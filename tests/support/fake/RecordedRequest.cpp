// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/RecordedRequest.h"

#include <QJsonDocument>

#include <optional>

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

QList<MultipartPart> RecordedRequest::multipartParts() const
{
    const QByteArray type = header("Content-Type");
    if (!type.toLower().startsWith("multipart/form-data"))
        return {};
    const qsizetype at = type.indexOf("boundary=");
    if (at < 0)
        return {};
    QByteArray boundary = type.mid(at + 9).trimmed();
    if (const qsizetype end = boundary.indexOf(';'); end >= 0)
        boundary.truncate(end);
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    QList<MultipartPart> parts;
    qsizetype pos = body.indexOf(delimiter);
    if (pos != 0)
        return {};
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // the closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return {};
        pos += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            return {};
        MultipartPart part;
        const QList<QByteArray> lines = body.mid(pos, headEnd - pos).split('\n');
        for (QByteArray line : lines) {
            line = line.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-type") {
                part.contentType = value;
            } else if (name == "content-disposition") {
                const auto param = [&value](const QByteArray &key) -> std::optional<QByteArray> {
                    const QByteArray marker = "; " + key + "=\"";
                    const qsizetype start = value.indexOf(marker);
                    if (start < 0)
                        return std::nullopt;
                    const qsizetype from = start + marker.size();
                    return value.mid(from, value.indexOf('"', from) - from);
                };
                part.name = param("name").value_or(QByteArray());
                part.fileName = QString::fromUtf8(param("filename").value_or(QByteArray()));
            }
        }
        const qsizetype dataStart = headEnd + 4;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), dataStart);
        if (next < 0)
            return {};
        part.data = body.mid(dataStart, next - dataStart);
        parts.append(part);
        pos = next + 2;
    }
}

MultipartPart RecordedRequest::multipartPart(QByteArrayView name) const
{
    const QList<MultipartPart> parts = multipartParts();
    for (const MultipartPart &part : parts) {
        if (part.name == name)
            return part;
    }
    return {};
}

QString RecordedRequest::model() const
{
    if (route == Route::OpenAiTranscription)
        return QString::fromUtf8(multipartPart("model").data);
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
