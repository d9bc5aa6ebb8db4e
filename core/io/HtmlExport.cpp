// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/HtmlExport.h"

#include "core/chat/MarkdownRenderer.h"
#include "core/io/ConversationArchive.h"
#include "core/io/ExportLabels.h"

#include <QRegularExpression>

namespace sotto {

namespace {

// Screen: a reading column like the app's; print: the page's width, black on white,
// no card backgrounds that printers drop anyway, headings kept with what follows,
// folded <details> printed open where the browser supports ::details-content.
constexpr char STYLE[] = R"css(
body { font-family: "Noto Sans", "DejaVu Sans", "WenQuanYi Micro Hei", "Noto Color Emoji", sans-serif;
       max-width: 760px; margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #1d1d1f; background: #ffffff; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
.subtitle, .details { color: #6e6e73; font-size: 0.85em; }
.message { margin: 1.5em 0; }
.speaker { font-weight: bold; margin-bottom: 0.1em; }
.user .text { background-color: #eef1f8; border-radius: 12px; padding: 0.6em 0.9em; white-space: pre-wrap; }
.plain { white-space: pre-wrap; }
details { margin: 0.5em 0; padding: 0.3em 0.8em; border-left: 3px solid #d6d6d6; color: #3a3a3c; }
summary { cursor: pointer; color: #6e6e73; }
pre, code { font-family: "DejaVu Sans Mono", monospace; }
pre { background-color: #f4f4f6; padding: 0.6em; border-radius: 8px; white-space: pre-wrap; }
table { border-collapse: collapse; }
td, th { border: 1px solid #d6d6d6; padding: 0.2em 0.5em; }
img.image { max-width: 100%; height: auto; border-radius: 8px; margin: 0.3em 0; }
@media print {
  body { max-width: none; margin: 0; padding: 0; color: #000000; font-size: 11pt; }
  .user .text { background: none; border: 1px solid #999999; }
  pre { background: none; border: 1px solid #cccccc; }
  .speaker { break-after: avoid; page-break-after: avoid; }
  img.image { break-inside: avoid; page-break-inside: avoid; }
  a { color: #000000; }
  /* On paper a folded reasoning or agent's answer cannot be opened: print it open. */
  details::details-content { content-visibility: visible; display: block; }
}
)css";

constexpr int PRINT_IMAGE_WIDTH = 420; // px of the document's layout, about 2/3 of an A4 page's text width

/// A MIME type fit to stand in an attribute (the vault's come from the sanitiser; still checked).
QString safeMime(const QString &mime)
{
    static const QRegularExpression allowed(QStringLiteral("^image/[a-z0-9.+-]{1,40}$"));
    return allowed.match(mime).hasMatch() ? mime : QStringLiteral("application/octet-stream");
}

QString plain(const QString &text)
{
    return QStringLiteral("<div class=\"plain\">%1</div>").arg(text.toHtmlEscaped());
}

} // namespace

QString HtmlExport::resourceName(int number)
{
    return QStringLiteral("sotto-image:%1").arg(number);
}

QString HtmlExport::markdownFragment(const QString &markdown)
{
    SafeTextDocument document;
    MarkdownRenderer::render(&document, markdown);
    const QString html = document.toHtml();
    const qsizetype bodyTag = html.indexOf(QLatin1String("<body"));
    const qsizetype start = bodyTag < 0 ? -1 : html.indexOf(QLatin1Char('>'), bodyTag);
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    if (start < 0 || end < start)
        return plain(markdown);
    QString fragment = html.mid(start + 1, end - start - 1);
    // The renderer shows an image a model names as a placeholder; an <img> here would
    // be one it let through: nothing is fetched from an export, so none stays.
    static const QRegularExpression image(QStringLiteral("<img\\b[^>]*>"),
                                          QRegularExpression::CaseInsensitiveOption);
    fragment.remove(image);
    return fragment.trimmed();
}

QString HtmlExport::document(const ConversationArchive &archive, Images images)
{
    const QString title = ExportLabels::title(archive).toHtmlEscaped();
    QString style = QLatin1String(STYLE);
    // A QTextDocument printed to PDF cannot draw a colour font's bitmap glyphs (they come
    // out blank): its emoji come from Symbola's outlines instead.
    if (images == Images::Resources)
        style.replace(QLatin1String("\"Noto Color Emoji\""), QLatin1String("Symbola"));
    QString out;
    out += QStringLiteral(
               "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<meta name=\"generator\" content=\"Sotto\">\n<title>%1</title>\n<style>%2</style>\n"
               "</head>\n<body>\n<h1>%1</h1>\n<p class=\"subtitle\">%3</p>\n")
               .arg(title, style, ExportLabels::subtitle(archive).toHtmlEscaped());
    int imageNumber = 0;
    for (const ShownMessage &shown : archive.shown()) {
        const Message &m = shown.message;
        const bool user = m.role == Role::User;
        out += QStringLiteral(
                   "<div class=\"message %1\">\n<p class=\"speaker\">%2</p>\n<p class=\"details\">%3</p>\n")
                   .arg(roleName(m.role), ExportLabels::speaker(shown).toHtmlEscaped(),
                        ExportLabels::details(shown).toHtmlEscaped());
        if (!m.thinking.trimmed().isEmpty())
            out += QStringLiteral("<details class=\"thinking\"><summary>%1</summary>%2</details>\n")
                       .arg(ExportLabels::thinking().toHtmlEscaped(), plain(m.thinking.trimmed()));
        if (!m.content.isEmpty()) {
            // The user's words as typed (as the window shows them); an answer's Markdown rendered.
            // A QTextDocument (the PDF) paints a div's background line by line, with gaps
            // between paragraphs: there the bubble is a table cell, painted whole.
            if (user && images == Images::Resources)
                out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr><td "
                                      "bgcolor=\"#eef1f8\"><div class=\"plain\">%1</div></td></tr></table>\n")
                           .arg(m.content.toHtmlEscaped());
            else if (user)
                out += QStringLiteral("<div class=\"text\">%1</div>\n").arg(m.content.toHtmlEscaped());
            else
                out += QStringLiteral("<div class=\"text\">%1</div>\n").arg(markdownFragment(m.content));
        }
        for (const Attachment &image : m.attachments) {
            ++imageNumber;
            const QString source = images == Images::Resources
                ? resourceName(imageNumber)
                : QStringLiteral("data:%1;base64,%2")
                      .arg(safeMime(image.mimeType), QString::fromLatin1(image.data.toBase64()));
            // A QTextDocument (the PDF) knows no max-width: it is given the width to draw.
            const QString width = images == Images::Resources && image.pixelSize.width() > PRINT_IMAGE_WIDTH
                ? QStringLiteral(" width=\"%1\"").arg(PRINT_IMAGE_WIDTH)
                : QString();
            out += QStringLiteral("<p><img class=\"image\" alt=\"%1\" src=\"%2\"%3></p>\n")
                       .arg(ExportLabels::imageAlt(imageNumber).toHtmlEscaped(), source, width);
        }
        for (const AgentLane &lane : archive.lanesOf(m.id)) {
            out += QStringLiteral("<details class=\"agent\"><summary>%1</summary>")
                       .arg(ExportLabels::lane(lane).toHtmlEscaped());
            if (!lane.thinking.trimmed().isEmpty())
                out += plain(lane.thinking.trimmed());
            out += markdownFragment(lane.text) + QStringLiteral("</details>\n");
        }
        out += QStringLiteral("</div>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

} // namespace sotto
