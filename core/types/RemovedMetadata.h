// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace sotto {

/// What an image carried besides its pixels, and so what sanitising it removed
/// (DESIGN.md, "Images"; issue: "say what was removed"). Read before the image is
/// re-encoded, kept with the attachment in the vault, shown on its chip and under it
/// in the conversation, and counted in the audit (`metadata_removed`).
struct RemovedMetadata {
    Q_DECLARE_TR_FUNCTIONS(RemovedMetadata)

public:
    int exifTags = 0; // every EXIF tag, those named below included
    bool gpsPosition = false; // a GPS latitude or longitude
    bool camera = false; // camera or lens make, model or serial number
    bool dateTaken = false; // when it was taken or digitised
    bool software = false; // the software that made or edited it
    int otherTags = 0; // EXIF tags of none of those kinds (exposure, orientation, a thumbnail…)
    int textChunks = 0; // PNG text chunks, JPEG and GIF comments
    bool xmp = false; // an XMP packet
    bool iccProfile = false; // an embedded colour profile (the pixels are converted to sRGB)

    /// What the audit counts: each EXIF tag and text chunk, an XMP packet and a colour profile.
    int count() const { return exifTags + textChunks + (xmp ? 1 : 0) + (iccProfile ? 1 : 0); }
    bool isEmpty() const { return count() == 0; }

    /// "GPS position", "camera make and model", "date taken", "software", "3 other tags",
    /// "2 text notes", "XMP data", "colour profile": what the user reads, most telling first.
    QStringList items() const;
    /// One sentence for a chip's tooltip or under an image: what was removed, or that there was nothing.
    QString summary() const;

    /// Compact JSON as the vault keeps it (`attachments.metadata_removed`).
    QByteArray toJson() const;
    /// nullopt for text that is not a report this code wrote.
    static std::optional<RemovedMetadata> fromJson(const QByteArray &json);

    friend bool operator==(const RemovedMetadata &, const RemovedMetadata &) = default;
};

/// The sum for a request's images; nullopt when one of them was stored before reports were kept.
std::optional<int> metadataRemovedCount(const QList<std::optional<RemovedMetadata>> &reports);

} // namespace sotto
