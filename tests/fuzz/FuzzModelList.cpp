// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Model-list replies (core/providers: parseModelList) of every protocol on any
// body: no crash, the same answer twice, and no empty model name offered.
#include "core/providers/ProviderRequests.h"

#include "tests/fuzz/FuzzSupport.h"

#include <QByteArray>

using sotto::Api;

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
    return 0;
}
