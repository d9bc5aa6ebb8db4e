// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QUrl;

namespace sotto {

/// Masks secrets in what the audit keeps and the log shows (DESIGN.md invariant 3).
///
/// | input                                   | kept as                         |
/// | --------------------------------------- | ------------------------------- |
/// | `Authorization: Bearer sk-…(long)9f2a`  | `Bearer sk-…9f2a`               |
/// | `Authorization: Basic dXNlcjpwYXNz`     | `Basic …YXNz`                   |
/// | `x-api-key: sk-ant-…9f2a`               | `…9f2a`                         |
/// | a secret shorter than 12 characters     | `…` (nothing of it)             |
/// | `?key=AIza…9f2a&alt=sse`                | `?key=…9f2a&alt=sse`            |
///
/// A header or query parameter is secret when its name suggests it: it contains
/// `auth`, `key`, `token`, `secret`, `password`, `passwd`, `session`, `signature`,
/// `credential` or `cookie`, or is `sig` (case-insensitive). Over-masking is the
/// safe side. Only the last four characters of a secret are ever shown; the `sk-`
/// marker OpenAI-style bearer tokens start with is kept because every such key
/// shares it. Pure functions; usable from any thread.
class SecretMasker final {
public:
    using RawHeaders = QList<QPair<QByteArray, QByteArray>>;
    using Headers = QList<QPair<QString, QString>>;

    SecretMasker() = delete;

    static bool isSecretName(const QString &name);
    /// `…` followed by the last four characters, or `…` alone for a short secret.
    static QString maskToken(const QString &token);
    static QString maskHeaderValue(const QByteArray &name, const QByteArray &value);
    /// Every field masked; the secrets of secret fields are also scrubbed from the others.
    static Headers maskHeaders(const RawHeaders &headers);
    /// The URL as the audit stores it: no user info, no fragment, secret query values masked.
    static QString maskUrl(const QUrl &url);
    /// The raw secret values found in `headers` and in the query of `url` (for
    /// scrubbing them from a request copy).
    static QList<QByteArray> secretValues(const RawHeaders &headers, const QUrl &url);
    /// `data` with every occurrence of each of `secrets` replaced by its masked form.
    static QByteArray scrub(const QByteArray &data, const QList<QByteArray> &secrets);
};

} // namespace sotto
