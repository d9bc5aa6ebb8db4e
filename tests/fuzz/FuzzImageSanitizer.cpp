// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// ImageSanitizer on arbitrary bytes (what a user attaches, pastes or drops): no
// crash, no hang, and either one clear error or a clean PNG/JPEG of the size it
// claims, within the pixel limit. The first byte picks the long-edge limit, so the
// scaling path is fuzzed too.
#include "core/privacy/ImageSanitizer.h"

#include "tests/fuzz/FuzzSupport.h"

#include <QImage>

#include <algorithm>

using sotto::ImageSanitizer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int edge = data[0] % 4 == 0 ? 0 : 8 << (data[0] % 4); // keep, 16, 32 or 64 pixels
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    const ImageSanitizer::Result result = ImageSanitizer::sanitize(bytes, edge);
    if (!result) {
        if (result.error().message.isEmpty() || result.error().message.contains(QLatin1Char('\n')))
            sotto::fuzz::fail("an image error is not one clear line");
        return 0;
    }
    const sotto::SanitizedImage &image = *result;
    if (image.mimeType != QLatin1String("image/png") && image.mimeType != QLatin1String("image/jpeg"))
        sotto::fuzz::fail("the sanitised image is neither PNG nor JPEG");
    if (image.pixelSize.isEmpty()
        || qint64(image.pixelSize.width()) * image.pixelSize.height() > ImageSanitizer::MAX_PIXELS)
        sotto::fuzz::fail("the sanitised image has no pixels or too many");
    if (edge > 0 && std::max(image.pixelSize.width(), image.pixelSize.height()) > edge)
        sotto::fuzz::fail("the long edge was not scaled down");
    const QImage decoded
        = QImage::fromData(image.data, image.mimeType == QLatin1String("image/png") ? "png" : "jpeg");
    if (decoded.size() != image.pixelSize)
        sotto::fuzz::fail("the sanitised bytes do not decode to the size reported");
    return 0;
}
