// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

class QMimeData;

namespace sotto::ui {

/// What a drag or a paste carries, sorted the way the window uses it: images
/// for the composer — local image files, else the bytes offered under an image
/// type — and the other local files (an export to import). Reading never decodes
/// an image: ImageSanitizer judges the bytes. A plain value.
struct DroppedContent {
    QList<QByteArray> images;
    QStringList imageFiles;
    QStringList otherFiles;

    bool hasImages() const { return !images.isEmpty() || !imageFiles.isEmpty(); }
    bool isEmpty() const { return !hasImages() && otherFiles.isEmpty(); }

    /// Whether `source` carries an image (a file or bytes): cheap, for a drag entering.
    static bool offersImages(const QMimeData *source);
    /// Whether it carries local files that are not images.
    static bool offersOtherFiles(const QMimeData *source);
    static DroppedContent read(const QMimeData *source);
};

} // namespace sotto::ui
