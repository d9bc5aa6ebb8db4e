// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/types/LocalServer.h"

namespace sotto {

ProviderConfig LocalServer::providerConfig(const QString &name, const QString &model) const
{
    ProviderConfig config;
    config.name = name;
    config.api = api;
    config.baseUrl = baseUrl;
    config.defaultModel = model;
    config.cachedModels = models;
    // LM Studio's preset also asks its native API for context lengths; vLLM and Jan have none.
    switch (kind) {
    case LocalServerKind::Ollama:
    case LocalServerKind::LlamaCpp:
    case LocalServerKind::LmStudio:
        config.preset = LocalServers::id(kind);
        break;
    case LocalServerKind::Vllm:
    case LocalServerKind::Jan:
        config.preset = QStringLiteral("custom-openai");
        break;
    }
    return config;
}

QList<LocalServerPort> LocalServers::common()
{
    return {
        {LocalServerKind::Ollama, 11434},  {LocalServerKind::LlamaCpp, 8080},
        {LocalServerKind::LmStudio, 1234}, {LocalServerKind::Vllm, 8000},
        {LocalServerKind::Jan, 1337},
    };
}

Api LocalServers::apiOf(LocalServerKind kind)
{
    return kind == LocalServerKind::Ollama ? Api::Ollama : Api::OpenAi;
}

QString LocalServers::id(LocalServerKind kind)
{
    switch (kind) {
    case LocalServerKind::Ollama:
        return QStringLiteral("ollama");
    case LocalServerKind::LlamaCpp:
        return QStringLiteral("llamacpp");
    case LocalServerKind::LmStudio:
        return QStringLiteral("lmstudio");
    case LocalServerKind::Vllm:
        return QStringLiteral("vllm");
    case LocalServerKind::Jan:
        return QStringLiteral("jan");
    }
    return {};
}

QString LocalServers::name(LocalServerKind kind)
{
    switch (kind) {
    case LocalServerKind::Ollama:
        return QStringLiteral("Ollama");
    case LocalServerKind::LlamaCpp:
        return QStringLiteral("llama.cpp");
    case LocalServerKind::LmStudio:
        return QStringLiteral("LM Studio");
    case LocalServerKind::Vllm:
        return QStringLiteral("vLLM");
    case LocalServerKind::Jan:
        return QStringLiteral("Jan");
    }
    return {};
}

QUrl LocalServers::apiRoot(LocalServerKind kind, const QString &host, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    // DESIGN.md, "Command line": Ollama's root is the server, an OpenAI-compatible one ends in /v1.
    if (apiOf(kind) == Api::OpenAi)
        url.setPath(QStringLiteral("/v1"));
    return url;
}

QString LocalServers::describe(const QList<LocalServerPort> &ports)
{
    QStringList parts;
    for (const LocalServerPort &port : ports)
        parts << tr("%1 on port %2").arg(name(port.kind)).arg(port.port);
    return parts.join(QStringLiteral(", "));
}

QString LocalServers::noneFoundSentence(const QList<LocalServerPort> &ports)
{
    return tr("No model server is running on this computer (looked for %1).").arg(describe(ports));
}

} // namespace sotto
