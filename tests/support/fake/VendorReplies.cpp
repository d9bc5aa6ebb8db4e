// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/fake/VendorReplies.h"

#include "tests/support/fake/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sotto::test::fake {

namespace {

// OpenAI pretty-prints its error bodies with four spaces and a trailing newline.
VendorReply openAiError(int status, const QString &message, const char *type, const char *code)
{
    const QByteArray codeJson = code ? QByteArray("\"") + code + "\"" : QByteArray("null");
    return {status, "application/json; charset=utf-8",
            "{\n    \"error\": {\n        \"message\": " + jsonString(message) + ",\n        \"type\": \""
                + type + "\",\n        \"param\": null,\n        \"code\": " + codeJson + "\n    }\n}\n"};
}

VendorReply anthropicError(int status, const char *type, const QString &message)
{
    return {status, "application/json",
            "{\"type\":\"error\",\"error\":{\"type\":\"" + QByteArray(type)
                + "\",\"message\":" + jsonString(message) + "},\"request_id\":\"req_fake0001\"}"};
}

VendorReply ollamaError(int status, const QString &message)
{
    return {status, "application/json; charset=utf-8", "{\"error\":" + jsonString(message) + "}"};
}

// Google pretty-prints with two spaces and ends with a newline (gemini-error-400.json).
VendorReply geminiError(int status, const char *state, const QString &message, const QByteArray &details = {})
{
    QByteArray body = "{\n  \"error\": {\n    \"code\": " + QByteArray::number(status)
        + ",\n    \"message\": " + jsonString(message) + ",\n    \"status\": \"" + state + "\"";
    if (!details.isEmpty())
        body += ",\n    \"details\": " + details;
    body += "\n  }\n}\n";
    return {status, "application/json; charset=UTF-8", body};
}

const char GEMINI_KEY_DETAILS[] = "[\n"
                                  "      {\n"
                                  "        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n"
                                  "        \"reason\": \"API_KEY_INVALID\",\n"
                                  "        \"domain\": \"googleapis.com\",\n"
                                  "        \"metadata\": {\n"
                                  "          \"service\": \"generativelanguage.googleapis.com\"\n"
                                  "        }\n"
                                  "      },\n"
                                  "      {\n"
                                  "        \"@type\": \"type.googleapis.com/google.rpc.LocalizedMessage\",\n"
                                  "        \"locale\": \"en-US\",\n"
                                  "        \"message\": \"API key not valid. Please pass a valid API key.\"\n"
                                  "      }\n"
                                  "    ]";

QString orDefault(const QString &value, const char *fallback)
{
    return value.isEmpty() ? QString::fromUtf8(fallback) : value;
}

VendorReply openAi(FakeError kind, const QString &detail)
{
    switch (kind) {
    case FakeError::BadRequest:
        return openAiError(400, orDefault(detail, "Invalid request."), "invalid_request_error", nullptr);
    case FakeError::Unauthorized:
        return openAiError(
            401,
            QStringLiteral("Incorrect API key provided: sk-fake********************1234. You can "
                           "find your API key at https://platform.openai.com/account/api-keys."),
            "invalid_request_error", "invalid_api_key");
    case FakeError::Forbidden:
        return openAiError(403, QStringLiteral("Country, region, or territory not supported"),
                           "request_forbidden", "unsupported_country_region_territory");
    case FakeError::ModelNotFound:
        return openAiError(404,
                           QStringLiteral("The model `") + orDefault(detail, "gpt-fake")
                               + QStringLiteral("` does not exist or you do not have access to it."),
                           "invalid_request_error", "model_not_found");
    case FakeError::RateLimited:
        return openAiError(
            429,
            QStringLiteral("Rate limit reached for gpt-4 in organization org-********** on tokens "
                           "per min (TPM): Limit 10000, Used 9348, Requested 5086. Please try again "
                           "in 26.604s. Visit https://platform.openai.com/account/rate-limits to "
                           "learn more."),
            "tokens", "rate_limit_exceeded");
    case FakeError::ServerError:
        return openAiError(
            500, QStringLiteral("The server had an error while processing your request. Sorry about that!"),
            "server_error", nullptr);
    case FakeError::Unavailable:
        return openAiError(503, QStringLiteral("The server is overloaded or not ready yet."), "server_error",
                           nullptr);
    case FakeError::Overloaded:
        return openAiError(503, QStringLiteral("The engine is currently overloaded, please try again later"),
                           "server_error", nullptr);
    }
    return {};
}

VendorReply anthropic(FakeError kind, const QString &detail)
{
    switch (kind) {
    case FakeError::BadRequest:
        return anthropicError(400, "invalid_request_error", orDefault(detail, "Invalid request."));
    case FakeError::Unauthorized:
        return anthropicError(401, "authentication_error", QStringLiteral("invalid x-api-key"));
    case FakeError::Forbidden:
        return anthropicError(
            403, "permission_error",
            QStringLiteral("Your API key does not have permission to use the specified resource."));
    case FakeError::ModelNotFound:
        return anthropicError(404, "not_found_error",
                              QStringLiteral("model: ") + orDefault(detail, "claude-fake"));
    case FakeError::RateLimited:
        return anthropicError(
            429, "rate_limit_error",
            QStringLiteral(
                "Number of request tokens has exceeded your per-minute rate limit "
                "(https://docs.anthropic.com/en/api/rate-limits); see the response headers for current "
                "usage. Please reduce the prompt length or the maximum tokens requested, or try again "
                "later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss "
                "your options for a rate limit increase."));
    case FakeError::ServerError:
        return anthropicError(500, "api_error", QStringLiteral("Internal server error"));
    case FakeError::Unavailable:
        return anthropicError(503, "api_error", QStringLiteral("Service unavailable"));
    case FakeError::Overloaded:
        return anthropicError(529, "overloaded_error", QStringLiteral("Overloaded"));
    }
    return {};
}

VendorReply ollama(FakeError kind, const QString &detail)
{
    switch (kind) {
    case FakeError::BadRequest:
        return ollamaError(400, orDefault(detail, "invalid request"));
    case FakeError::Unauthorized:
        return ollamaError(401, QStringLiteral("unauthorized"));
    case FakeError::Forbidden:
        return ollamaError(403, QStringLiteral("forbidden"));
    case FakeError::ModelNotFound:
        return ollamaError(404,
                           QStringLiteral("model \"") + orDefault(detail, "llama-fake")
                               + QStringLiteral("\" not found, try pulling it first"));
    case FakeError::RateLimited:
        return ollamaError(429, QStringLiteral("too many requests"));
    case FakeError::ServerError:
        return ollamaError(500, QStringLiteral("the model failed to generate a response"));
    case FakeError::Unavailable:
    case FakeError::Overloaded:
        return ollamaError(
            503, QStringLiteral("server busy, please try again.  maximum pending requests exceeded"));
    }
    return {};
}

VendorReply gemini(FakeError kind, const QString &detail)
{
    switch (kind) {
    case FakeError::BadRequest:
        return geminiError(400, "INVALID_ARGUMENT", orDefault(detail, "Invalid JSON payload received."));
    case FakeError::Unauthorized:
        return geminiError(400, "INVALID_ARGUMENT",
                           QStringLiteral("API key not valid. Please pass a valid API key."),
                           GEMINI_KEY_DETAILS);
    case FakeError::Forbidden:
        return geminiError(
            403, "PERMISSION_DENIED",
            QStringLiteral("Method doesn't allow unregistered callers (callers without established "
                           "identity). Please use API Key or other form of API consumer identity "
                           "to call this API."));
    case FakeError::ModelNotFound:
        return geminiError(
            404, "NOT_FOUND",
            QStringLiteral("models/") + orDefault(detail, "gemini-fake")
                + QStringLiteral(" is not found for API version v1beta, or is not supported for "
                                 "generateContent. Call ListModels to see the list of available "
                                 "models and their supported methods."));
    case FakeError::RateLimited:
        return geminiError(429, "RESOURCE_EXHAUSTED",
                           QStringLiteral("Resource has been exhausted (e.g. check quota)."));
    case FakeError::ServerError:
        return geminiError(500, "INTERNAL",
                           QStringLiteral("An internal error has occurred. Please retry or report in "
                                          "https://developers.generativeai.google/guide/troubleshooting"));
    case FakeError::Unavailable:
        return geminiError(503, "UNAVAILABLE", QStringLiteral("The service is currently unavailable."));
    case FakeError::Overloaded:
        return geminiError(503, "UNAVAILABLE",
                           QStringLiteral("The model is overloaded. Please try again later."));
    }
    return {};
}

} // namespace

VendorReply vendorError(Api api, FakeError kind, const QString &detail)
{
    switch (api) {
    case Api::OpenAi:
        return openAi(kind, detail);
    case Api::Anthropic:
        return anthropic(kind, detail);
    case Api::Ollama:
        return ollama(kind, detail);
    case Api::Gemini:
        return gemini(kind, detail);
    }
    return {};
}

std::optional<FakeError> errorForStatus(int status)
{
    switch (status) {
    case 400:
        return FakeError::BadRequest;
    case 401:
        return FakeError::Unauthorized;
    case 403:
        return FakeError::Forbidden;
    case 404:
        return FakeError::ModelNotFound;
    case 429:
        return FakeError::RateLimited;
    case 500:
        return FakeError::ServerError;
    case 503:
        return FakeError::Unavailable;
    case 529:
        return FakeError::Overloaded;
    default:
        return std::nullopt;
    }
}

VendorReply modelList(Api api, const QStringList &ids, const QMap<QString, int> &contextLengths)
{
    QJsonArray data;
    QJsonObject root;
    switch (api) {
    case Api::OpenAi:
        for (const QString &id : ids) {
            QJsonObject model{{QStringLiteral("id"), id},
                              {QStringLiteral("object"), QStringLiteral("model")},
                              {QStringLiteral("created"), 1700000000},
                              {QStringLiteral("owned_by"), QStringLiteral("fake")}};
            if (const int length = contextLengths.value(id, 0); length > 0) {
                // As OpenRouter lists a model.
                model.insert(QStringLiteral("context_length"), length);
                model.insert(QStringLiteral("top_provider"),
                             QJsonObject{{QStringLiteral("context_length"), length},
                                         {QStringLiteral("max_completion_tokens"), QJsonValue()},
                                         {QStringLiteral("is_moderated"), false}});
            }
            data.append(model);
        }
        root = {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}};
        break;
    case Api::Anthropic:
        for (const QString &id : ids) {
            data.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("model")},
                                    {QStringLiteral("id"), id},
                                    {QStringLiteral("display_name"), id},
                                    {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")}});
        }
        root = {{QStringLiteral("data"), data},
                {QStringLiteral("has_more"), false},
                {QStringLiteral("first_id"), ids.isEmpty() ? QJsonValue() : QJsonValue(ids.first())},
                {QStringLiteral("last_id"), ids.isEmpty() ? QJsonValue() : QJsonValue(ids.last())}};
        break;
    case Api::Ollama:
        for (const QString &id : ids) {
            const QJsonObject details{{QStringLiteral("format"), QStringLiteral("gguf")},
                                      {QStringLiteral("family"), QStringLiteral("llama")},
                                      {QStringLiteral("families"), QJsonValue()},
                                      {QStringLiteral("parameter_size"), QStringLiteral("7B")},
                                      {QStringLiteral("quantization_level"), QStringLiteral("Q4_0")}};
            data.append(QJsonObject{
                {QStringLiteral("name"), id},
                {QStringLiteral("model"), id},
                {QStringLiteral("modified_at"), QStringLiteral("2025-01-01T00:00:00Z")},
                {QStringLiteral("size"), 3825819519LL},
                {QStringLiteral("digest"), QString(QStringLiteral("fake") + QString(60, QLatin1Char('0')))},
                {QStringLiteral("details"), details}});
        }
        root = {{QStringLiteral("models"), data}};
        break;
    case Api::Gemini:
        for (const QString &id : ids) {
            data.append(
                QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("models/") + id)},
                            {QStringLiteral("version"), QStringLiteral("001")},
                            {QStringLiteral("displayName"), id},
                            {QStringLiteral("inputTokenLimit"), contextLengths.value(id, 1048576)},
                            {QStringLiteral("outputTokenLimit"), 65536},
                            {QStringLiteral("supportedGenerationMethods"),
                             QJsonArray{QStringLiteral("generateContent"), QStringLiteral("countTokens"),
                                        QStringLiteral("streamGenerateContent")}}});
        }
        root = {{QStringLiteral("models"), data}};
        break;
    }
    return {200, "application/json", QJsonDocument(root).toJson(QJsonDocument::Compact)};
}

VendorReply ollamaShow(const QString &model, const QStringList &ids, const QMap<QString, int> &contextLengths)
{
    if (!ids.contains(model))
        return {404, "application/json",
                "{\"error\":" + jsonString(QStringLiteral("model '%1' not found").arg(model)) + "}"};
    const QJsonObject details{{QStringLiteral("parent_model"), QString()},
                              {QStringLiteral("format"), QStringLiteral("gguf")},
                              {QStringLiteral("family"), QStringLiteral("llama")},
                              {QStringLiteral("families"), QJsonArray{QStringLiteral("llama")}},
                              {QStringLiteral("parameter_size"), QStringLiteral("8.0B")},
                              {QStringLiteral("quantization_level"), QStringLiteral("Q4_0")}};
    const QJsonObject info{{QStringLiteral("general.architecture"), QStringLiteral("llama")},
                           {QStringLiteral("general.parameter_count"), 8030261248LL},
                           {QStringLiteral("llama.block_count"), 32},
                           {QStringLiteral("llama.context_length"), contextLengths.value(model, 131072)},
                           {QStringLiteral("llama.embedding_length"), 4096}};
    const QJsonObject root{
        {QStringLiteral("modelfile"), QStringLiteral("FROM fake\n")},
        {QStringLiteral("parameters"), QStringLiteral("stop                           \"<|eot_id|>\"")},
        {QStringLiteral("template"), QStringLiteral("{{ .Prompt }}")},
        {QStringLiteral("details"), details},
        {QStringLiteral("model_info"), info},
        {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("completion")}}};
    return {200, "application/json", QJsonDocument(root).toJson(QJsonDocument::Compact)};
}

VendorReply lmStudioModels(const QStringList &ids, const QMap<QString, int> &contextLengths)
{
    QJsonArray data;
    for (const QString &id : ids) {
        data.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("type"), QStringLiteral("llm")},
                                {QStringLiteral("publisher"), QStringLiteral("fake")},
                                {QStringLiteral("arch"), QStringLiteral("llama")},
                                {QStringLiteral("compatibility_type"), QStringLiteral("gguf")},
                                {QStringLiteral("quantization"), QStringLiteral("Q4_K_M")},
                                {QStringLiteral("state"), QStringLiteral("not-loaded")},
                                {QStringLiteral("max_context_length"), contextLengths.value(id, 32768)}});
    }
    const QJsonObject root{{QStringLiteral("object"), QStringLiteral("list")},
                           {QStringLiteral("data"), data}};
    return {200, "application/json", QJsonDocument(root).toJson(QJsonDocument::Compact)};
}

VendorReply unknownRoute(const QByteArray &method, const QByteArray &target)
{
    const QString message = QStringLiteral("fake provider server: no route for ")
        + QString::fromLatin1(method) + QLatin1Char(' ') + QString::fromLatin1(target);
    return {404, "application/json",
            "{\"error\":{\"message\":" + jsonString(message)
                + ",\"type\":\"not_found_error\",\"code\":404}}"};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Site Overloaded";
    default:
        return "Status";
    }
}

} // namespace sotto::test::fake
