// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace sotto {

/// Ordered HTTP header fields, as bytes: (name, value).
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// What a request carries, as the audit summarises it (DESIGN.md, "Audit record").
/// The caller fills it; the gate copies it into the record unchanged.
struct EgressContentSummary {
    qint64 conversationId = 0; // 0: not part of a conversation (model list, test connection)
    QString turnId; // shared by the K+1 requests of a Contemplating turn
    QString mode; // "instant", "thinking", "contemplating", or empty
    QString model;
    qint64 textChars = 0;
    int images = 0;
    qint64 imageBytes = 0;
    std::optional<int> metadataRemoved = 0; // AuditRecord::metadataRemoved
    int redactions = 0;
    int historySent = 0; // messages of the conversation carried, the question included
    int historyWithheld = 0; // earlier messages left out to fit the context budget
};

/// How long a request may wait at each step (docs/ARCHITECTURE.md, "Limits and
/// timeouts"). Zero: no limit.
struct EgressTimeouts {
    /// For the name lookup, and again until the connection is up (TCP, and the TLS
    /// handshake for https) and the request starts being written.
    std::chrono::milliseconds connect = std::chrono::seconds(15);
    /// From the connection being up until the answer's status line and fields have
    /// arrived (after any 1xx answers): a server that accepts and never answers, or
    /// answers "100 Continue" forever. Long enough for a local server loading a model.
    std::chrono::milliseconds firstByte = std::chrono::seconds(300);
    /// Longest silence (no byte sent or received) once connected; long enough for
    /// a reasoning model's first token.
    std::chrono::milliseconds idle = std::chrono::seconds(300);

    friend bool operator==(const EgressTimeouts &, const EgressTimeouts &) = default;
};

/// One request for EgressGate::send(): where it goes, exactly what it carries, and
/// the settings of its provider and conversation that the policy needs.
///
/// `headers` are the caller's fields, in order, secrets included (the gate masks
/// them in the audit). The gate itself sets, and therefore refuses from the caller,
/// Host, User-Agent, Accept-Encoding, Accept-Language, Connection, Content-Length,
/// Transfer-Encoding, Cookie, TE, Upgrade, Expect, Keep-Alive and the Proxy-*
/// fields. A POST with a non-empty body needs a Content-Type. Methods: GET (no body)
/// and POST. URLs: http or https, no user info (credentials go in a header).
struct EgressRequest {
    QString provider; // the provider's name as the user knows it
    QString api; // "openai", "anthropic", "ollama", "gemini"
    QString purpose; // "chat", "models", "test", …
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    EgressContentSummary summary;

    bool providerEnabled = true;
    bool allowHttpToInternet = false; // the provider's explicit override of invariant 6
    bool localOnly = false; // the conversation's "local only" flag
    /// The provider's proxy setting (ProviderConfig::proxy): empty follows the policy's
    /// global proxy, ProxySpec::DIRECT goes direct, else a proxy URL (ProxySpec).
    QString proxy;

    EgressTimeouts timeouts;
};

} // namespace sotto
