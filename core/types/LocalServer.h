// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/ProviderConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sotto {

/// The model servers people commonly run on their own computer.
enum class LocalServerKind {
    Ollama,
    LlamaCpp, // llama.cpp's llama-server
    LmStudio,
    Vllm,
    Jan,
};

/// A server Sotto looks for, and the loopback port it listens on out of the box.
struct LocalServerPort {
    LocalServerKind kind = LocalServerKind::Ollama;
    quint16 port = 0;
};

/// A model server found on this computer (LocalServerDiscovery): what it is, its API
/// root with its port (as `providers add --base-url` takes it: http://127.0.0.1:11434
/// for Ollama, http://127.0.0.1:1234/v1 for the OpenAI-compatible ones), the protocol it
/// speaks and the models it offers, in its own order.
struct LocalServer {
    LocalServerKind kind = LocalServerKind::Ollama;
    Api api = Api::Ollama;
    QUrl baseUrl;
    QStringList models;

    /// A provider named `name` that talks to this server, `model` by default.
    ProviderConfig providerConfig(const QString &name, const QString &model) const;

    friend bool operator==(const LocalServer &, const LocalServer &) = default;
};

/// What one search for local servers found. The search has no error of its own: a
/// port with nothing on it, or with something that is not a model server, is simply
/// not a server.
struct LocalServerSearch {
    QList<LocalServer> servers; // in the order they were looked for
    /// Non-empty when the privacy policy (or the user, asked before sending) refused
    /// a probe: the reason of the first refusal, naming the setting.
    QString blockedReason;
};

/// The names and sentences of local servers, for the CLI and the window.
class LocalServers final {
    Q_DECLARE_TR_FUNCTIONS(LocalServers)

public:
    LocalServers() = delete;

    /// The servers looked for, each on its default port: Ollama 11434, llama.cpp's
    /// llama-server 8080, LM Studio 1234, vLLM 8000, Jan 1337.
    static QList<LocalServerPort> common();
    /// The protocol `kind` speaks: Ollama's own API for Ollama, OpenAI-compatible for the rest.
    static Api apiOf(LocalServerKind kind);
    /// "ollama", "llamacpp", "lmstudio", "vllm", "jan": stable, for JSON (and a preset id where one exists).
    static QString id(LocalServerKind kind);
    /// "Ollama", "llama.cpp", "LM Studio", "vLLM", "Jan": product names, the same in every language.
    static QString name(LocalServerKind kind);
    /// The API root of `kind` listening on `host` (an IP literal) at `port`.
    static QUrl apiRoot(LocalServerKind kind, const QString &host, quint16 port);
    /// "Ollama on port 11434, llama.cpp on port 8080, …": what a search looks for.
    static QString describe(const QList<LocalServerPort> &ports);
    /// The one line that says nothing was found, naming what was looked for.
    static QString noneFoundSentence(const QList<LocalServerPort> &ports);
};

} // namespace sotto
