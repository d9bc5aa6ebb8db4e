// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/RemovedMetadata.h"

#include <QByteArray>

namespace sotto {

/// Reads what an image carries besides its pixels, before ImageSanitizer drops it all:
/// EXIF (through libexif, given only the EXIF block found in the file: a JPEG's APP1
/// segment, a PNG's eXIf chunk, a WebP's EXIF chunk), XMP packets and ICC profiles by
/// the container's segment or chunk names, JPEG and GIF comments, and PNG text chunks.
/// Reads the container's structure only, never decodes a pixel; bounded by the bytes
/// given. Pure and reentrant.
class ImageMetadata final {
public:
    ImageMetadata() = delete;

    /// `format` as QImageReader names the decoder it chose ("jpeg", "png", "webp", "gif", "bmp").
    static RemovedMetadata read(const QByteArray &bytes, const QByteArray &format);
    /// The EXIF part alone: "Exif\0\0" followed by a TIFF structure, as a JPEG's APP1 holds it.
    static void readExif(const QByteArray &exif, RemovedMetadata &into);
};

} // namespace sotto
