// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sotto {

/// One piece of a request copy as the dashboard's inspector shows it.
struct RequestCopySegment {
    enum class Kind {
        Text, // pretty-printed JSON (or the body as it was, when it is not JSON)
        Placeholder, // a redaction placeholder such as ⟨EMAIL_1⟩
        Image, // an image that travelled as base64: its decoded bytes instead of the text
    };
    Kind kind = Kind::Text;
    QString text; // Text, Placeholder; for Image, its MIME type when the request named it
    QByteArray image; // Image: the decoded bytes
};

/// Turns the exact body of a kept request (AuditRepository::requestCopy) into
/// what a person can read: JSON indented, every base64 image (a data: URL, or a
/// provider's base64 field) cut out as an Image segment with its bytes, and
/// redaction placeholders as segments of their own to highlight. Joining the
/// Text and Placeholder segments with each image's stand-in gives the indented
/// JSON. Pure; any thread.
class RequestCopyView final {
public:
    RequestCopyView() = delete;

    static QList<RequestCopySegment> segments(const QByteArray &body);
    /// What stands for image `index` (0-based) in the JSON between segments.
    static QString imageStandIn(int index);
};

} // namespace sotto
