// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/EgressRequest.h" // HttpHeaders: one definition for the gate and the protocols

#include <QByteArray>
#include <QByteArrayView>
#include <QUrl>

namespace sotto {

/// What a request carries of the user's content, for the audit record (DESIGN.md,
/// "Audit record": text_chars, images, image_bytes). Characters are UTF-16 code units
/// of the system prompt and message texts; image bytes are the raw image sizes,
/// before base64.
struct ContentSummary {
    qint64 textChars = 0;
    int images = 0;
    qint64 imageBytes = 0;
    /// What sanitising removed from those images; nullopt when one was stored before that was known.
    std::optional<int> metadataRemoved = 0;

    friend bool operator==(const ContentSummary &, const ContentSummary &) = default;
};

/// One HTTP request, fully built: the protocol's part of an EgressRequest (method,
/// URL, the caller's header fields in order, body), plus the content figures for its
/// summary. EgressGate adds only the fields it owns (Host, User-Agent, Content-Length,
/// …). Headers may hold the API key: mask them before logging or auditing.
struct HttpRequestSpec {
    QByteArray method; // "POST" or "GET"
    QUrl url; // never carries a secret
    HttpHeaders headers;
    QByteArray body; // empty for GET
    ContentSummary content;

    /// The value of the first header called `name` (case-insensitive), or a null array.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace sotto
