// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/types/RemovedMetadata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace sotto {

QStringList RemovedMetadata::items() const
{
    QStringList out;
    if (gpsPosition)
        out << tr("GPS position");
    if (camera)
        out << tr("camera make and model");
    if (dateTaken)
        out << tr("date taken");
    if (software)
        out << tr("software");
    if (otherTags > 0)
        out << tr("%n other tag(s)", nullptr, otherTags);
    if (textChunks > 0)
        out << tr("%n text note(s)", nullptr, textChunks);
    if (xmp)
        out << tr("XMP data");
    if (iccProfile)
        out << tr("colour profile");
    return out;
}

QString RemovedMetadata::summary() const
{
    if (isEmpty())
        return tr("The image carried no metadata.");
    //: %1 is a list such as "GPS position, camera make and model, 12 other tags".
    return tr("Removed before storing and sending: %1.").arg(QLocale().createSeparatedList(items()));
}

QByteArray RemovedMetadata::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("exif_tags"), exifTags);
    o.insert(QStringLiteral("gps"), gpsPosition);
    o.insert(QStringLiteral("camera"), camera);
    o.insert(QStringLiteral("date_taken"), dateTaken);
    o.insert(QStringLiteral("software"), software);
    o.insert(QStringLiteral("other_tags"), otherTags);
    o.insert(QStringLiteral("text_chunks"), textChunks);
    o.insert(QStringLiteral("xmp"), xmp);
    o.insert(QStringLiteral("icc"), iccProfile);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<RemovedMetadata> RemovedMetadata::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    if (!o.value(QStringLiteral("exif_tags")).isDouble())
        return std::nullopt;
    RemovedMetadata m;
    m.exifTags = std::max(0, o.value(QStringLiteral("exif_tags")).toInt());
    m.gpsPosition = o.value(QStringLiteral("gps")).toBool();
    m.camera = o.value(QStringLiteral("camera")).toBool();
    m.dateTaken = o.value(QStringLiteral("date_taken")).toBool();
    m.software = o.value(QStringLiteral("software")).toBool();
    m.otherTags = std::max(0, o.value(QStringLiteral("other_tags")).toInt());
    m.textChunks = std::max(0, o.value(QStringLiteral("text_chunks")).toInt());
    m.xmp = o.value(QStringLiteral("xmp")).toBool();
    m.iccProfile = o.value(QStringLiteral("icc")).toBool();
    return m;
}

std::optional<int> metadataRemovedCount(const QList<std::optional<RemovedMetadata>> &reports)
{
    int sum = 0;
    for (const std::optional<RemovedMetadata> &report : reports) {
        if (!report)
            return std::nullopt;
        sum += report->count();
    }
    return sum;
}

} // namespace sotto
