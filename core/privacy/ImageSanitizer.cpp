// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/ImageSanitizer.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <algorithm>
#include <cstring>

namespace sotto {

namespace {

Error<ImageError> failure(ImageError code, const QString &message, const QString &detail = {})
{
    return {code, message, detail};
}

/// A copy that shares nothing with the decoded image but its pixels: no text
/// keys, no colour space (so no ICC profile is written), no DPI hints.
QImage pixelsOnly(const QImage &source)
{
    const bool alpha = source.hasAlphaChannel();
    const QImage converted = source.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QImage clean(converted.size(), converted.format());
    for (int y = 0; y < converted.height(); ++y)
        std::memcpy(clean.scanLine(y), converted.constScanLine(y),
                    static_cast<size_t>(converted.bytesPerLine()));
    return clean;
}

} // namespace

ImageSanitizer::Result ImageSanitizer::sanitizeFile(const QString &path, int maxLongEdge)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected(failure(ImageError::Unreadable,
                                  tr("Cannot open the image %1: %2.").arg(name, file.errorString())));
    if (file.size() > MAX_INPUT_BYTES)
        return Unexpected(failure(ImageError::TooLarge, tr("The image %1 is larger than 50 MB.").arg(name)));
    const QByteArray bytes = file.readAll();
    Result result = sanitize(bytes, maxLongEdge);
    if (!result)
        result.error().message = tr("%1: %2").arg(name, result.error().message);
    return result;
}

ImageSanitizer::Result ImageSanitizer::sanitize(const QByteArray &bytes, int maxLongEdge)
{
    if (bytes.size() > MAX_INPUT_BYTES)
        return Unexpected(failure(ImageError::TooLarge, tr("The image is larger than 50 MB.")));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // applies the EXIF orientation, then the tag is gone with the rest
    // Bounds the decoder's allocation too (in MB): 100 MP of 32-bit pixels.
    reader.setAllocationLimit(static_cast<int>(MAX_PIXELS * 4 / (1024 * 1024)) + 1);

    const QByteArray format = reader.format();
    if (format.isEmpty())
        return Unexpected(failure(ImageError::Unsupported,
                                  tr("This file is not an image Sotto can read (PNG, JPEG, WebP, GIF, BMP)."),
                                  reader.errorString()));
    const QSize declared = reader.size();
    if (declared.isValid() && qint64(declared.width()) * declared.height() > MAX_PIXELS)
        return Unexpected(failure(ImageError::TooManyPixels,
                                  tr("The image is %1 × %2 pixels; Sotto accepts up to 100 megapixels.")
                                      .arg(declared.width())
                                      .arg(declared.height())));

    QImage decoded;
    if (!reader.read(&decoded) || decoded.isNull())
        return Unexpected(failure(ImageError::Corrupt, tr("The image is damaged and cannot be decoded."),
                                  reader.errorString()));
    if (qint64(decoded.width()) * decoded.height() > MAX_PIXELS)
        return Unexpected(failure(ImageError::TooManyPixels, tr("The image has more than 100 megapixels.")));

    if (decoded.colorSpace().isValid() && decoded.colorSpace() != QColorSpace(QColorSpace::SRgb))
        decoded.convertToColorSpace(QColorSpace(QColorSpace::SRgb));

    if (maxLongEdge > 0 && std::max(decoded.width(), decoded.height()) > maxLongEdge)
        decoded = decoded.scaled(maxLongEdge, maxLongEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    const QImage clean = pixelsOnly(decoded);

    // Photos stay JPEG; everything lossless (screenshots, diagrams, alpha) stays PNG.
    const bool lossy = (format == "jpeg" || format == "jpg" || format == "webp") && !clean.hasAlphaChannel();
    SanitizedImage out;
    QBuffer encoded(&out.data);
    encoded.open(QIODevice::WriteOnly);
    QImageWriter writer(&encoded, lossy ? QByteArrayLiteral("jpeg") : QByteArrayLiteral("png"));
    if (lossy) {
        writer.setQuality(90);
        writer.setOptimizedWrite(true);
    }
    if (!writer.write(clean))
        return Unexpected(
            failure(ImageError::Corrupt, tr("The image could not be re-encoded."), writer.errorString()));

    out.mimeType = lossy ? QStringLiteral("image/jpeg") : QStringLiteral("image/png");
    out.pixelSize = clean.size();
    out.sha256 = QCryptographicHash::hash(out.data, QCryptographicHash::Sha256);
    return out;
}

} // namespace sotto
