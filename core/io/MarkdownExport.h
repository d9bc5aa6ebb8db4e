// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sotto {

struct ConversationArchive;

/// An image a Markdown export writes beside its file.
struct ExportedImage {
    QString relativePath; // "NAME-images/1.png", as linked
    QByteArray data;
};

/// A conversation as Markdown: the visible path (the chosen version of each
/// message), each message under a heading naming who wrote it and when, its
/// reasoning folded in <details>, a Contemplating answer's agents folded too,
/// and its images linked as files in `imagesFolder` beside the document. Pure
/// and reentrant.
class MarkdownExport final {
public:
    /// The document; `images` receives the files it links to (in `imagesFolder`).
    static QString document(const ConversationArchive &archive, const QString &imagesFolder,
                            QList<ExportedImage> *images);
    /// "png", "jpg", "webp" for an image's MIME type.
    static QString imageSuffix(const QString &mimeType);
};

} // namespace sotto
