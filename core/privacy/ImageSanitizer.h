// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"
#include "core/types/Message.h"
#include "core/types/RemovedMetadata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace sotto {

enum class ImageError {
    Unreadable,
    TooLarge,
    TooManyPixels,
    Corrupt,
    Unsupported,
};

/// Image bytes that are safe to store and send: decoded from pixels and encoded
/// anew, so no metadata of the original survives.
struct SanitizedImage {
    QByteArray data;
    QString mimeType; // image/png or image/jpeg
    QSize pixelSize;
    QByteArray sha256; // raw digest of `data`
    RemovedMetadata removed; // what the original carried besides its pixels (ImageMetadata)

    /// The attachment a message stores: these bytes and the report of what was removed.
    Attachment attachment() const;
};

/// Every image passes here before it is stored or sent (DESIGN.md, "Images"):
/// PNG, JPEG, WebP, GIF or BMP only, judged by the decoder that the bytes select
/// (never SVG, which draws the local files it names, nor another plugin's format);
/// bounded read and decode (at most 50 MB of input, read so from any source, and
/// 100 megapixels, checked from the header before any pixel is decoded), EXIF orientation applied, colours
/// converted to sRGB, then re-encoded from pixels only — no EXIF, GPS, XMP, ICC
/// profile, text chunks or comments survive — and downscaled to a long-edge limit.
/// What the original carried is read first (ImageMetadata) and reported in `removed`.
/// Pure and reentrant: call it from a worker thread (QtConcurrent), never the GUI's.
class ImageSanitizer final {
    Q_DECLARE_TR_FUNCTIONS(ImageSanitizer)

public:
    static constexpr qint64 MAX_INPUT_BYTES = 50LL * 1024 * 1024;
    static constexpr qint64 MAX_PIXELS = 100LL * 1000 * 1000;

    using Result = Expected<SanitizedImage, Error<ImageError>>;

    /// `maxLongEdge` 0 keeps the size; otherwise the longer side is scaled down to it.
    static Result sanitize(const QByteArray &bytes, int maxLongEdge = 0);
    static Result sanitizeFile(const QString &path, int maxLongEdge = 0);
};

} // namespace sotto
