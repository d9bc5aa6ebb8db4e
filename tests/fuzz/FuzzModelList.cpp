// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Model-list replies (core/providers: parseModelList, parseModelContexts) and the
// replies to context queries (parseContextReply: Ollama /api/show, LM Studio
// /api/v0/models) of every protocol on any body: no crash, the same answer twice, no
// empty model name offered, and every context length a positive token count of a
// named model.
#include "core/providers/ProviderRequests.h"

#include "core/providers/ProviderJson.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QByteArray>

using sotto::Api;

namespace {

void checkLengths(const QMap<QString, int> &lengths, const QMap<QString, int> &again)
{
    if (lengths != again)
        sotto::fuzz::fail("the same reply gave different context lengths twice");
    for (auto it = lengths.cbegin(); it != lengths.cend(); ++it) {
        if (it.key().isEmpty())
            sotto::fuzz::fail("a context length of no model");
        if (it.value() <= 0 || it.value() > sotto::providerjson::MAX_TOKEN_COUNT)
            sotto::fuzz::fail("a context length that is no token count");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // Byte 0 picks the protocol; the rest is the body.
    static constexpr Api APIS[] = {Api::OpenAi, Api::Anthropic, Api::Ollama, Api::Gemini};
    const Api api = APIS[data[0] % 4];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto models = sotto::parseModelList(api, body);
    const auto again = sotto::parseModelList(api, body);
    if (bool(models) != bool(again) || (models && *models != *again))
        sotto::fuzz::fail("the same reply parsed differently twice");
    if (models) {
        for (const QString &name : *models) {
            if (name.isEmpty())
                sotto::fuzz::fail("an empty model name is offered");
        }
    }
    checkLengths(sotto::parseModelContexts(api, body), sotto::parseModelContexts(api, body));

    // The same body as the reply to a context query: one model's details (Ollama) or a list.
    const sotto::ContextQuery query{{}, QStringLiteral("fuzz-model")};
    const auto lengths = sotto::parseContextReply(api, query, body);
    checkLengths(lengths, sotto::parseContextReply(api, query, body));
    if (api == Api::Ollama && lengths.size() > 1)
        sotto::fuzz::fail("one model's details named several models");
    return 0;
}
