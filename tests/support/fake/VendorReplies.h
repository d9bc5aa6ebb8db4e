// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/ProviderConfig.h"
#include "tests/support/fake/FakeError.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sotto::test::fake {

/// A complete non-streamed answer: status, Content-Type and body.
struct VendorReply {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
};

/// The error a vendor sends for `kind`: OpenAI {"error":{message,type,param,code}}
/// (pretty-printed as the API does), Anthropic {"type":"error","error":{type,message},
/// "request_id"}, Ollama {"error":"…"}, Gemini {"error":{code,message,status,…}}.
/// `detail` is the model name for ModelNotFound and the message for BadRequest.
VendorReply vendorError(Api api, FakeError kind, const QString &detail);

/// The FakeError a status code stands for (401 → Unauthorized, 529 → Overloaded, …).
std::optional<FakeError> errorForStatus(int status);

/// The models endpoint of a vendor listing `ids`: OpenAI {"object":"list","data":[…]}
/// (with OpenRouter's `context_length` and `top_provider` for a model in
/// `contextLengths`), Anthropic {"data":[…],"has_more":false,…}, Ollama /api/tags
/// {"models":[…]}, Gemini {"models":[{"name":"models/<id>",…,"inputTokenLimit"}]}
/// (the model's context length, else 1,048,576).
VendorReply modelList(Api api, const QStringList &ids, const QMap<QString, int> &contextLengths = {});

/// Ollama's POST /api/show for `model`: its details with
/// `model_info["llama.context_length"]` from `contextLengths` (131,072 when it has none);
/// 404 {"error":"model '…' not found"} when `model` is not in `ids`.
VendorReply ollamaShow(const QString &model, const QStringList &ids,
                       const QMap<QString, int> &contextLengths);

/// LM Studio's GET /api/v0/models listing `ids`, each with `max_context_length`
/// from `contextLengths` (32,768 when it has none) and state "not-loaded".
VendorReply lmStudioModels(const QStringList &ids, const QMap<QString, int> &contextLengths);

/// 404 for a path the server does not know.
VendorReply unknownRoute(const QByteArray &method, const QByteArray &target);

/// The standard reason phrase of an HTTP status ("Too Many Requests").
QByteArray reasonPhrase(int status);

} // namespace sotto::test::fake
