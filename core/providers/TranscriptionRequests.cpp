// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/TranscriptionRequests.h"

#include "core/providers/ProviderJson.h"
#include "core/providers/RequestSupport.h"

#include <QJsonObject>
#include <QJsonValue>

namespace sotto {

namespace {

/// A quoted-string parameter of Content-Disposition: no quote, backslash or line break.
QByteArray quoted(const QString &value)
{
    QByteArray out = value.toUtf8();
    for (char &c : out) {
        if (c == '"' || c == '\\' || c == '\r' || c == '\n')
            c = '_';
    }
    return '"' + out + '"';
}

void appendField(QByteArray &body, const QByteArray &boundary, const QByteArray &name,
                 const QByteArray &value)
{
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n";
    body += value + "\r\n";
}

} // namespace

bool supportsTranscription(Api api)
{
    return api == Api::OpenAi;
}

HttpRequestSpec buildTranscriptionRequest(const ProviderConfig &config, const TranscriptionRequest &request,
                                          const QByteArray &boundary)
{
    const QString model
        = request.model.isEmpty() ? QString::fromLatin1(DEFAULT_TRANSCRIPTION_MODEL) : request.model;
    QByteArray body;
    body.reserve(request.audio.data.size() + 512);
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"file\"; filename=" + quoted(request.audio.fileName)
        + "\r\n";
    body += "Content-Type: " + request.audio.contentType + "\r\n\r\n";
    body += request.audio.data + "\r\n";
    appendField(body, boundary, "model", model.toUtf8());
    appendField(body, boundary, "response_format", "json");
    body += "--" + boundary + "--\r\n";

    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = requestsupport::endpoint(config.baseUrl, QStringLiteral("/audio/transcriptions"));
    if (!config.apiKey.isEmpty())
        spec.headers.append(
            {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + config.apiKey});
    spec.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("multipart/form-data; boundary=") + boundary});
    spec.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    spec.body = body;
    return spec;
}

std::optional<QString> parseTranscription(const QByteArray &body)
{
    const QJsonValue text = providerjson::parse(body).object().value(QLatin1String("text"));
    if (!text.isString())
        return std::nullopt;
    return text.toString();
}

} // namespace sotto
