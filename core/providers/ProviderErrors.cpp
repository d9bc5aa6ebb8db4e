// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/providers/ProviderErrors.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace sotto {

namespace {

constexpr qsizetype MAX_MESSAGE = 400;
constexpr double MAX_RETRY_SECONDS = 7 * 24 * 3600;

// Provider messages can be long or spread over lines; one line of bounded length.
QString cleaned(const QString &message)
{
    // One line: a NUL becomes a space (it would cut the line short wherever a C string
    // carries it), and line breaks (\n, \r, U+2028, U+2029) and runs of white space become
    // one space. Other control characters stay: DESIGN.md writes a provider's words
    // byte-exact to pipes, and TerminalFilter strips them on a terminal.
    QString text = message;
    text.replace(QChar(0), QLatin1Char(' '));
    text = text.simplified();
    if (text.size() > MAX_MESSAGE)
        text = text.left(MAX_MESSAGE - 1) + QChar(0x2026);
    return text;
}

std::optional<int> secondsFrom(QByteArrayView text, bool allowSuffix)
{
    QByteArray value = text.trimmed().toByteArray();
    if (allowSuffix && value.endsWith('s'))
        value.chop(1);
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (!ok || !(seconds >= 0) || seconds > MAX_RETRY_SECONDS)
        return std::nullopt;
    return static_cast<int>(std::ceil(seconds));
}

// Retry-After in seconds (an HTTP date is ignored: this function has no clock), else
// the retryDelay of Gemini's google.rpc.RetryInfo detail.
std::optional<int> retryAfter(const HttpHeaders &headers, const QByteArray &body)
{
    for (const auto &[name, value] : headers) {
        if (QByteArrayView(name).compare("retry-after", Qt::CaseInsensitive) == 0)
            return secondsFrom(value, false);
    }
    const QJsonArray details = providerjson::parse(body)
                                   .object()
                                   .value(QLatin1String("error"))
                                   .toObject()
                                   .value(QLatin1String("details"))
                                   .toArray();
    for (const QJsonValue &value : details) {
        const QJsonObject detail = value.toObject();
        if (providerjson::string(detail, QLatin1String("@type")).endsWith(QLatin1String("RetryInfo")))
            return secondsFrom(providerjson::string(detail, QLatin1String("retryDelay")).toUtf8(), true);
    }
    return std::nullopt;
}

bool isInvalidKey(const ProviderErrorInfo &info, const QByteArray &body)
{
    return info.code == QLatin1String("invalid_api_key") || info.code == QLatin1String("authentication_error")
        || body.contains("API_KEY_INVALID");
}

QString overloaded(const QString &host)
{
    return QCoreApplication::translate("sotto::ProviderErrors",
                                       "%1 is overloaded right now; try again in a moment.")
        .arg(host);
}

QString rateLimited(const QString &host, std::optional<int> seconds)
{
    if (seconds)
        return QCoreApplication::translate("sotto::ProviderErrors",
                                           "%1 reports a rate limit; try again in %n s.", nullptr, *seconds)
            .arg(host);
    return QCoreApplication::translate("sotto::ProviderErrors", "%1 reports a rate limit; try again later.")
        .arg(host);
}

QString contextTooLong(const QString &host)
{
    return QCoreApplication::translate(
               "sotto::ProviderErrors",
               "%1 says the conversation is longer than the model can read at once (its context window). "
               "Lower the provider's context budget so that older messages are left out, or start a new "
               "conversation.")
        .arg(host);
}

} // namespace

std::optional<ProviderErrorInfo> providerErrorOf(const QByteArray &body)
{
    return providerjson::findError(QByteArrayView(body));
}

bool isContextLengthError(const QString &code, const QString &message)
{
    if (code == QLatin1String("context_length_exceeded") || code == QLatin1String("exceed_context_size_error")
        || code == QLatin1String("string_above_max_length"))
        return true;
    static const QLatin1String phrases[] = {
        QLatin1String("context length"),  QLatin1String("context_length"),
        QLatin1String("maximum context"), QLatin1String("context window"),
        QLatin1String("context size"),    QLatin1String("prompt is too long"),
        QLatin1String("too many tokens"), QLatin1String("input is too long"),
    };
    for (const QLatin1String &phrase : phrases) {
        if (message.contains(phrase, Qt::CaseInsensitive))
            return true;
    }
    // Gemini: "The input token count (1048577) exceeds the maximum number of tokens allowed (1048576)."
    return message.contains(QLatin1String("token count"), Qt::CaseInsensitive)
        && message.contains(QLatin1String("exceeds"), Qt::CaseInsensitive);
}

bool isContextLengthError(const QByteArray &body)
{
    const std::optional<ProviderErrorInfo> info = providerjson::findError(QByteArrayView(body));
    return info && isContextLengthError(info->code, info->message);
}

QString httpErrorMessage(int status, const HttpHeaders &headers, const QByteArray &body, const QString &host,
                         const QString &model)
{
    // Every vendor's error shape is recognised from the body itself, so the same rules
    // serve all protocols and the many OpenAI-compatible servers that vary them.
    const std::optional<ProviderErrorInfo> info = providerjson::findError(QByteArrayView(body));
    const QString message = info ? cleaned(info->message) : QString();
    const QString code = info ? info->code : QString();

    if (status == 529 || code == QLatin1String("overloaded_error"))
        return overloaded(host);
    if (status >= 400 && status < 500 && info && isContextLengthError(code, info->message))
        return contextTooLong(host);
    if (status == 401 || status == 403 || (info && isInvalidKey(*info, body)))
        return QCoreApplication::translate("sotto::ProviderErrors", "%1 rejected the API key.").arg(host);
    if (status == 404) {
        if (info && !model.isEmpty())
            return QCoreApplication::translate("sotto::ProviderErrors", "%1 has no model named “%2”.")
                .arg(host, model);
        return QCoreApplication::translate(
                   "sotto::ProviderErrors",
                   "%1 has no such API endpoint (HTTP 404); check the provider's base URL.")
            .arg(host);
    }
    if (status == 429) {
        if (code == QLatin1String("insufficient_quota"))
            return QCoreApplication::translate("sotto::ProviderErrors",
                                               "%1 says the account has no credit or quota left.")
                .arg(host);
        return rateLimited(host, retryAfter(headers, body));
    }
    if (status >= 500) {
        if (status == 503 && code.contains(QLatin1String("overloaded"), Qt::CaseInsensitive))
            return overloaded(host);
        if (!message.isEmpty())
            return QCoreApplication::translate("sotto::ProviderErrors", "%1 had a server error (HTTP %2): %3")
                .arg(host, QString::number(status), message);
        return QCoreApplication::translate("sotto::ProviderErrors",
                                           "%1 had a server error (HTTP %2); try again later.")
            .arg(host, QString::number(status));
    }
    if (status >= 400) {
        if (!message.isEmpty())
            return QCoreApplication::translate("sotto::ProviderErrors", "%1 refused the request: %2")
                .arg(host, message);
        return QCoreApplication::translate("sotto::ProviderErrors", "%1 refused the request (HTTP %2).")
            .arg(host, QString::number(status));
    }
    if (!message.isEmpty())
        return QCoreApplication::translate("sotto::ProviderErrors", "%1 answered with an error: %2")
            .arg(host, message);
    return QCoreApplication::translate("sotto::ProviderErrors", "%1 answered with HTTP status %2.")
        .arg(host, QString::number(status));
}

QString streamErrorMessage(const StreamEvent &error, const QString &host)
{
    if (error.code == QLatin1String("overloaded_error"))
        return overloaded(host);
    if (error.code == QLatin1String("rate_limit_error") || error.code == QLatin1String("rate_limit_exceeded")
        || error.code == QLatin1String("RESOURCE_EXHAUSTED"))
        return rateLimited(host, std::nullopt);
    if (isContextLengthError(error.code, error.text))
        return contextTooLong(host);
    const QString message = cleaned(error.text);
    if (message.isEmpty())
        return QCoreApplication::translate("sotto::ProviderErrors", "%1 stopped the answer with an error.")
            .arg(host);
    return QCoreApplication::translate("sotto::ProviderErrors", "%1 stopped the answer with an error: %2")
        .arg(host, message);
}

} // namespace sotto
