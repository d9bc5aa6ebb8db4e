// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sotto {

/// One agent of a Contemplating ensemble: a provider (by the name it was added
/// under), a model (empty: the provider's default) and a perspective given to it
/// as an instruction (empty: one of the default perspectives, by position).
struct EnsembleAgent {
    QString provider;
    QString model;
    QString perspective;

    /// "PROVIDER[:MODEL]", split at the first ':' (Ollama model names contain
    /// ':' themselves: "local:qwen3:8b" is provider local, model qwen3:8b).
    /// nullopt when the provider part is empty.
    static std::optional<EnsembleAgent> parse(const QString &spec);
    /// The inverse of parse(): "PROVIDER" or "PROVIDER:MODEL".
    QString spec() const;

    friend bool operator==(const EnsembleAgent &, const EnsembleAgent &) = default;
};

/// A named, saved set of agents (2–8) that mix providers, with an optional
/// synthesiser (none: the conversation's provider and model) and a number of
/// rounds (1, or 2 with a refinement round). Kept in the vault (EnsembleRepository).
struct Ensemble {
    static constexpr int MIN_AGENTS = 2;
    static constexpr int MAX_AGENTS = 8;
    static constexpr int DEFAULT_AGENTS = 3;

    QString name;
    QList<EnsembleAgent> agents;
    std::optional<EnsembleAgent> synthesizer;
    int rounds = 1;

    friend bool operator==(const Ensemble &, const Ensemble &) = default;
};

} // namespace sotto
