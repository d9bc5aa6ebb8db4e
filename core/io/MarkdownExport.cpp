// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/MarkdownExport.h"

#include "core/io/ConversationArchive.h"
#include "core/io/ExportLabels.h"

#include <QUrl>

namespace sotto {

namespace {

/// Text inside a <details> block: a closing tag in it would end the block early.
QString folded(const QString &text)
{
    QString safe = text;
    safe.replace(QLatin1String("</details"), QLatin1String("&lt;/details"), Qt::CaseInsensitive);
    return safe;
}

void appendFolded(QString &out, const QString &summary, const QString &text)
{
    out += QStringLiteral("<details>\n<summary>%1</summary>\n\n%2\n\n</details>\n\n")
               .arg(summary.toHtmlEscaped(), folded(text.trimmed()));
}

} // namespace

QString MarkdownExport::imageSuffix(const QString &mimeType)
{
    if (mimeType == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    if (mimeType.startsWith(QLatin1String("image/")) && mimeType.size() > 6)
        return mimeType.mid(6).remove(QLatin1Char('+')).left(8);
    return QStringLiteral("bin");
}

QString MarkdownExport::document(const ConversationArchive &archive, const QString &imagesFolder,
                                 QList<ExportedImage> *images)
{
    QString out;
    out += QStringLiteral("# %1\n\n*%2*\n\n")
               .arg(ExportLabels::title(archive), ExportLabels::subtitle(archive));
    int imageNumber = 0;
    for (const ShownMessage &shown : archive.shown()) {
        const Message &m = shown.message;
        out += QStringLiteral("## %1\n\n*%2*\n\n")
                   .arg(ExportLabels::speaker(shown), ExportLabels::details(shown));
        if (!m.thinking.trimmed().isEmpty())
            appendFolded(out, ExportLabels::thinking(), m.thinking);
        if (!m.content.isEmpty())
            out += m.content.trimmed() + QStringLiteral("\n\n");
        for (const Attachment &image : m.attachments) {
            ++imageNumber;
            const QString path = imagesFolder + QLatin1Char('/') + QString::number(imageNumber)
                + QLatin1Char('.') + imageSuffix(image.mimeType);
            if (images)
                images->append(ExportedImage{path, image.data});
            // Percent-encoded, so a title with spaces or brackets still links.
            out += QStringLiteral("![%1](%2)\n\n")
                       .arg(ExportLabels::imageAlt(imageNumber),
                            QString::fromUtf8(QUrl::toPercentEncoding(path, "/")));
        }
        for (const AgentLane &lane : archive.lanesOf(m.id)) {
            QString text = lane.text;
            if (!lane.thinking.trimmed().isEmpty())
                text = QStringLiteral("> ")
                    + lane.thinking.trimmed().replace(QLatin1Char('\n'), QLatin1String("\n> "))
                    + QStringLiteral("\n\n") + text;
            appendFolded(out, ExportLabels::lane(lane), text);
        }
    }
    return out;
}

} // namespace sotto
