// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/providers/ChatRequest.h"
#include "core/providers/HttpRequestSpec.h"
#include "core/types/ProviderConfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace sotto::requestsupport {

// Helpers shared by the per-protocol request builders. Internal to core/providers.

/// One message as every protocol needs it: who said it, its text, its images.
struct Turn {
    Role role = Role::User;
    QString text;
    QList<Attachment> images;
};

/// The conversation to send: system messages folded into `system` (after the
/// request's own system prompt), empty messages dropped.
struct Transcript {
    QString system;
    QList<Turn> turns;
    ContentSummary content;
};

Transcript transcriptOf(const ChatRequest &request);

/// The request's model, else the provider's default.
QString modelOf(const ProviderConfig &config, const ChatRequest &request);

/// Thinking and Contemplating ask for reasoning; Instant does not.
bool wantsReasoning(const ChatRequest &request);

/// `base` + `path`: the base URL's path without a trailing slash, and without
/// `redundantSuffix` when the user typed it too (e.g. "/v1" for Anthropic, whose
/// documented root has none), then `path`. The base URL's query is dropped.
QUrl endpoint(const QUrl &base, const QString &path, const QString &redundantSuffix = {});

/// The body as compact UTF-8 JSON.
QByteArray toJson(const QJsonObject &body);

} // namespace sotto::requestsupport
