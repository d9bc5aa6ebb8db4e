// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/types/ProviderConfig.h"

namespace sotto {

QString apiName(Api api)
{
    switch (api) {
    case Api::OpenAi:
        return QStringLiteral("openai");
    case Api::Anthropic:
        return QStringLiteral("anthropic");
    case Api::Ollama:
        return QStringLiteral("ollama");
    case Api::Gemini:
        return QStringLiteral("gemini");
    }
    return {};
}

std::optional<Api> apiFromString(const QString &name)
{
    for (Api api : {Api::OpenAi, Api::Anthropic, Api::Ollama, Api::Gemini}) {
        if (name.compare(apiName(api), Qt::CaseInsensitive) == 0)
            return api;
    }
    return std::nullopt;
}

} // namespace sotto
