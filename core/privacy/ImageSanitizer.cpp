// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/privacy/ImageSanitizer.h"

#include "core/privacy/ImageMetadata.h"

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

/// The formats an attachment may be, as QImageReader names what it detected in the
/// bytes. Every other installed plugin stays unused: QtSvg draws files an SVG
/// names (`<image href="/home/…">`), and TIFF, ICNS, TGA, MNG… are attack surface
/// for no gain.
bool isAcceptedFormat(const QByteArray &format)
{
    static const QByteArrayList accepted{"png", "jpeg", "jpg", "webp", "gif", "bmp"};
    return accepted.contains(format.toLower());
}

/// At most `limit` + 1 bytes of `device`, whatever it is (a FIFO or /dev/stdin has
/// no size to check first): one byte more than the limit is enough to refuse.
QByteArray readBounded(QIODevice &device, qint64 limit)
{
    QByteArray bytes;
    constexpr qint64 CHUNK = 1024 * 1024;
    while (bytes.size() <= limit) {
        const QByteArray piece = device.read(std::min(CHUNK, limit + 1 - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    return bytes;
}

/// Whether every chunk of a PNG declares no more bytes than are there. libpng
/// allocates (and clears) what a chunk declares before reading it, outside the
/// decoder's allocation limit: a 250-byte file whose text chunk claims 1.4 GB
/// would cost that much memory and seconds of CPU (found by FuzzImageSanitizer).
bool pngChunksFit(const QByteArray &bytes)
{
    constexpr qsizetype SIGNATURE = 8;
    constexpr qsizetype OVERHEAD = 12; // length, type, CRC
    qsizetype at = SIGNATURE;
    while (at + OVERHEAD <= bytes.size()) {
        const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + at);
        const quint32 length = quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
        if (qint64(length) > bytes.size() - at - OVERHEAD)
            return false;
        if (std::memcmp(p + 4, "IEND", 4) == 0)
            return true;
        at += OVERHEAD + qsizetype(length);
    }
    return true; // a truncated file: the decoder reports it
}

QString unsupportedMessage()
{
    return ImageSanitizer::tr("This file is not an image Sotto can read (PNG, JPEG, WebP, GIF, BMP).");
}

} // namespace

ImageSanitizer::Result ImageSanitizer::sanitizeFile(const QString &path, int maxLongEdge)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected(failure(ImageError::Unreadable,
                                  tr("Cannot open the image %1: %2.").arg(name, file.errorString())));
    const QByteArray bytes = readBounded(file, MAX_INPUT_BYTES);
    if (bytes.size() > MAX_INPUT_BYTES)
        return Unexpected(failure(ImageError::TooLarge, tr("The image %1 is larger than 50 MB.").arg(name)));
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

    // The format found in the bytes, before a pixel is decoded; read() uses that decoder.
    const QByteArray format = reader.format();
    if (format.isEmpty())
        return Unexpected(failure(ImageError::Unsupported, unsupportedMessage(), reader.errorString()));
    if (!isAcceptedFormat(format))
        return Unexpected(failure(ImageError::Unsupported, unsupportedMessage(),
                                  QStringLiteral("refused format %1").arg(QLatin1String(format))));
    if (format.toLower() == "png" && !pngChunksFit(bytes))
        return Unexpected(failure(ImageError::Corrupt, tr("The image is damaged and cannot be decoded."),
                                  QStringLiteral("a PNG chunk declares more bytes than the file holds")));
    const QSize declared = reader.size();
    if (declared.isValid() && qint64(declared.width()) * declared.height() > MAX_PIXELS)
        return Unexpected(failure(ImageError::TooManyPixels,
                                  tr("The image is %1 × %2 pixels; Sotto accepts up to 100 megapixels.")
                                      .arg(declared.width())
                                      .arg(declared.height())));

    // What goes with the pixels' re-encoding, read from the container before any pixel is decoded.
    const RemovedMetadata removed = ImageMetadata::read(bytes, format);

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
    out.removed = removed;
    return out;
}

Attachment SanitizedImage::attachment() const
{
    Attachment out;
    out.mimeType = mimeType;
    out.data = data;
    out.pixelSize = pixelSize;
    out.sha256 = sha256;
    out.removedMetadata = removed;
    return out;
}

} // namespace sotto
