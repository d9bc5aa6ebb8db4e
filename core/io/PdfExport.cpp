// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/PdfExport.h"

#include "core/chat/MarkdownRenderer.h"
#include "core/io/ConversationArchive.h"
#include "core/io/ExportLabels.h"
#include "core/io/HtmlExport.h"

#include <QCoreApplication>
#include <QFont>
#include <QIODevice>
#include <QImage>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QUrl>

namespace sotto {

namespace {

class PdfText final {
    Q_DECLARE_TR_FUNCTIONS(sotto::PdfExport)
};

} // namespace

VaultResult<void> PdfExport::write(const ConversationArchive &archive, QIODevice *device)
{
    // Only the images handed over here are shown: the document loads nothing else.
    SafeTextDocument document;
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                      QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Symbola")});
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    int number = 0;
    for (const ShownMessage &shown : archive.shown()) {
        for (const Attachment &attachment : shown.message.attachments) {
            QImage image;
            image.loadFromData(attachment.data);
            document.addResource(QTextDocument::ImageResource, QUrl(HtmlExport::resourceName(++number)),
                                 image);
        }
    }
    document.setHtml(HtmlExport::document(archive, HtmlExport::Images::Resources));

    QPdfWriter writer(device);
    writer.setTitle(ExportLabels::title(archive));
    writer.setCreator(QStringLiteral("Sotto"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    // Not paginated beforehand, so print() lays it out on the page and numbers the pages.
    document.print(&writer);
    if (!device->isOpen() || !device->isWritable())
        return vaultError(VaultError::Io, PdfText::tr("Could not write the PDF."));
    return {}; // a failed write shows when the caller commits the file
}

} // namespace sotto
