// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sotto {

/// The wire protocol a provider speaks.
enum class Api {
    OpenAi, // OpenAI Chat Completions and every compatible server
    Anthropic,
    Ollama,
    Gemini,
};

/// "openai", "anthropic", "ollama", "gemini" (the CLI's --api values).
QString apiName(Api api);
std::optional<Api> apiFromString(const QString &name);

/// A configured provider, as stored in the vault. `baseUrl` is the API root as the
/// vendor documents it (DESIGN.md, "Command line"). `apiKey` is secret: it comes
/// from the vault, or from the environment variable `apiKeyEnv` (read once when the
/// provider is loaded, then removed from the environment: EnvironmentSecrets), and
/// must never be logged or shown unmasked.
struct ProviderConfig {
    QString name;
    Api api = Api::OpenAi;
    QUrl baseUrl;
    QString defaultModel;
    QByteArray apiKey;
    QString apiKeyEnv;
    QString preset; // "openai", "ollama", "custom-openai", … (empty for ad-hoc CLI use)
    bool enabled = true;
    bool allowHttpToInternet = false; // the explicit per-provider override of DESIGN.md invariant 6
    QStringList cachedModels;
    /// The context length, in tokens, the provider reported for each of its models
    /// when they were last listed (ModelCatalog); a model not in it has no figure.
    QMap<QString, int> reportedContextTokens;
    /// The models the provider reported, when they were last listed, as taking text
    /// only (ModelCatalog::textOnly): an image for one of them is warned about before sending.
    QStringList reportedTextOnly;
    /// The context budget in tokens the user set for this provider; 0: none set
    /// (DESIGN.md, "Context window"; ContextBudget::resolve() chooses a turn's budget).
    int contextTokens = 0;
    /// Its proxy: empty follows the global one (`policy set proxy`), "direct" goes
    /// direct even when a global proxy is set, else a proxy URL (core/net ProxySpec).
    QString proxy;
};

/// The context budget of a provider that has none set.
inline constexpr int DEFAULT_CONTEXT_TOKENS = 32000;

} // namespace sotto
