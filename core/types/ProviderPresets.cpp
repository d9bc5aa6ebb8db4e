// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/types/ProviderPresets.h"

#include <QCoreApplication>

namespace sotto {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sotto::ProviderPresets", text);
}

} // namespace

QList<ProviderPreset> ProviderPresets::all()
{
    return {
        {QStringLiteral("openai"), tr("OpenAI"), Api::OpenAi, QStringLiteral("https://api.openai.com/v1"),
         QStringLiteral("gpt-4o-mini"), false, true},
        {QStringLiteral("anthropic"), tr("Anthropic"), Api::Anthropic,
         QStringLiteral("https://api.anthropic.com"), QStringLiteral("claude-sonnet-4-20250514"), false,
         true},
        {QStringLiteral("gemini"), tr("Google Gemini"), Api::Gemini,
         QStringLiteral("https://generativelanguage.googleapis.com"), QStringLiteral("gemini-2.5-flash"),
         false, true},
        {QStringLiteral("openrouter"), tr("OpenRouter"), Api::OpenAi,
         QStringLiteral("https://openrouter.ai/api/v1"), QStringLiteral("openrouter/auto"), false, true},
        {QStringLiteral("groq"), tr("Groq"), Api::OpenAi, QStringLiteral("https://api.groq.com/openai/v1"),
         QStringLiteral("llama-3.3-70b-versatile"), false, true},
        {QStringLiteral("deepseek"), tr("DeepSeek"), Api::OpenAi,
         QStringLiteral("https://api.deepseek.com/v1"), QStringLiteral("deepseek-chat"), false, true},
        {QStringLiteral("mistral"), tr("Mistral"), Api::OpenAi, QStringLiteral("https://api.mistral.ai/v1"),
         QStringLiteral("mistral-small-latest"), false, true},
        {QStringLiteral("ollama"), tr("Ollama (on this computer)"), Api::Ollama,
         QStringLiteral("http://127.0.0.1:11434"), QStringLiteral("llama3.2"), true, false},
        {QStringLiteral("llamacpp"), tr("llama.cpp server (on this computer)"), Api::OpenAi,
         QStringLiteral("http://127.0.0.1:8080/v1"), QString(), true, false},
        {QStringLiteral("lmstudio"), tr("LM Studio (on this computer)"), Api::OpenAi,
         QStringLiteral("http://127.0.0.1:1234/v1"), QString(), true, false},
        {QStringLiteral("custom-openai"), tr("Custom OpenAI-compatible"), Api::OpenAi, QString(), QString(),
         false, false},
    };
}

std::optional<ProviderPreset> ProviderPresets::find(const QString &id)
{
    for (const ProviderPreset &preset : all()) {
        if (preset.id.compare(id, Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

ProviderConfig ProviderPresets::configFor(const ProviderPreset &preset, const QString &name)
{
    ProviderConfig config;
    config.name = name;
    config.api = preset.api;
    config.baseUrl = QUrl(preset.baseUrl);
    config.defaultModel = preset.defaultModel;
    config.preset = preset.id;
    return config;
}

int ProviderPresets::imageEdgeLimit(Api api)
{
    switch (api) {
    case Api::Anthropic:
        return 1568; // larger images are downscaled by Anthropic anyway, at the sender's cost
    case Api::Gemini:
        return 3072;
    case Api::OpenAi:
    case Api::Ollama:
        return 2048;
    }
    return 2048;
}

} // namespace sotto
