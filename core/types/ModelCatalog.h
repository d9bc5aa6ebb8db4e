// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace sotto {

/// What a provider says about its models when they are listed: their names, in the
/// server's order, and the context length (in tokens) of each model whose API reports
/// one (Ollama /api/show, LM Studio /api/v0/models, OpenRouter's and Gemini's model
/// lists; DESIGN.md, "Context window"). A model missing from `contextTokens` has no
/// reported figure. `textOnly` names the models whose API says they take no images
/// (Ollama /api/show `capabilities` without "vision", LM Studio's `type` "llm",
/// OpenRouter's `architecture.input_modalities` without "image"); a model the API says
/// nothing about is in neither list and is taken to see.
struct ModelCatalog {
    QStringList models;
    QMap<QString, int> contextTokens;
    QStringList textOnly;

    friend bool operator==(const ModelCatalog &, const ModelCatalog &) = default;
};

} // namespace sotto
