// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/widgets/DroppedContent.h"

#include <QBuffer>
#include <QImage>
#include <QMimeData>
#include <QMimeDatabase>
#include <QUrl>

#include <algorithm>

namespace sotto::ui {

namespace {

bool isImageFile(const QUrl &url)
{
    if (!url.isLocalFile())
        return false;
    static const QMimeDatabase mimes;
    return mimes.mimeTypeForFile(url.toLocalFile()).name().startsWith(QLatin1String("image/"));
}

/// The clipboard's image types the sanitiser accepts, in the order they are preferred.
const QStringList &acceptedImageTypes()
{
    static const QStringList types{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                   QStringLiteral("image/webp"), QStringLiteral("image/gif"),
                                   QStringLiteral("image/bmp")};
    return types;
}

bool offersImageType(const QMimeData *source)
{
    const QStringList formats = source->formats();
    return std::any_of(formats.begin(), formats.end(), [](const QString &format) {
        return format.startsWith(QLatin1String("image/"));
    });
}

} // namespace

bool DroppedContent::offersImages(const QMimeData *source)
{
    if (!source)
        return false;
    if (source->hasImage() || offersImageType(source))
        return true;
    const QList<QUrl> urls = source->hasUrls() ? source->urls() : QList<QUrl>();
    return std::any_of(urls.begin(), urls.end(), isImageFile);
}

bool DroppedContent::offersOtherFiles(const QMimeData *source)
{
    if (!source || !source->hasUrls())
        return false;
    const QList<QUrl> urls = source->urls();
    return std::any_of(urls.begin(), urls.end(), [](const QUrl &url) {
        return url.isLocalFile() && !isImageFile(url);
    });
}

DroppedContent DroppedContent::read(const QMimeData *source)
{
    DroppedContent content;
    if (!source)
        return content;
    if (source->hasUrls()) {
        for (const QUrl &url : source->urls()) {
            if (isImageFile(url))
                content.imageFiles << url.toLocalFile();
            else if (url.isLocalFile())
                content.otherFiles << url.toLocalFile();
        }
    }
    if (!content.imageFiles.isEmpty() || !content.otherFiles.isEmpty())
        return content;
    if (offersImageType(source)) {
        // The bytes as offered, never decoded here: imageData() would convert any
        // type Qt has a plugin for (an SVG drawing the local files it names). An
        // accepted type if there is one; else the first, for the sanitiser to refuse.
        const QStringList formats = source->formats();
        QString chosen;
        for (const QString &type : acceptedImageTypes()) {
            if (formats.contains(type)) {
                chosen = type;
                break;
            }
        }
        if (chosen.isEmpty())
            chosen = *std::find_if(formats.begin(), formats.end(), [](const QString &format) {
                return format.startsWith(QLatin1String("image/"));
            });
        content.images << source->data(chosen);
    } else if (source->hasImage()) {
        // A bitmap made in this process (no image/* type): its pixels only, as PNG;
        // the sanitiser re-checks it.
        const QImage image = qvariant_cast<QImage>(source->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.isNull() && image.save(&buffer, "PNG"))
            content.images << png;
    }
    return content;
}

} // namespace sotto::ui
