// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/chat/MarkdownRenderer.h"

#include "core/chat/SyntaxHighlighter.h"
#include "core/chat/SyntaxLanguage.h"

#include <QFont>
#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace sotto {

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{ }

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    // resource() answers from what was added with addResource() before it calls
    // this; everything else is refused. The base class would read local files and
    // qrc paths named by the text.
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_refused;
    return {};
}

bool MarkdownRenderer::isOpenableLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

namespace {

/// Qt's importer drops images with empty alt text without a trace; give them
/// one so they become a visible placeholder like any other. Code is left alone.
QString withImageAltText(const QString &markdown)
{
    static const QString emptyAlt = QStringLiteral("![](");
    if (!markdown.contains(emptyAlt))
        return markdown;
    QString out;
    out.reserve(markdown.size() + 16);
    bool inFence = false;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~")))
            inFence = !inFence;
        if (!inFence && line.contains(emptyAlt)) {
            QString fixed = line;
            fixed.replace(emptyAlt, QStringLiteral("![%1](").arg(MarkdownRenderer::tr("image")));
            out += fixed;
        } else {
            out += line;
        }
        if (i + 1 < lines.size())
            out += QLatin1Char('\n');
    }
    return out;
}

/// Qt 6.4's Markdown importer opens the first cell of a table that follows a
/// fenced code block with an empty block, so that cell's text sits a line lower
/// than its row. Each cell starts with its text.
void dropLeadingEmptyBlocks(QTextTable *table)
{
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            QTextBlock first = table->document()->findBlock(cell.firstPosition());
            while (first.length() == 1 && first.next().isValid()
                   && first.next().position() <= cell.lastPosition()) {
                // Merged into the empty block, the text keeps its own formats.
                const QTextBlock text = first.next();
                const QTextBlockFormat blockFormat = text.blockFormat();
                const QTextCharFormat charFormat = text.charFormat();
                QTextCursor cursor(text);
                cursor.deletePreviousChar();
                cursor.setBlockFormat(blockFormat);
                cursor.setBlockCharFormat(charFormat);
                first = table->document()->findBlock(cell.firstPosition());
            }
        }
    }
}

/// Spacing, headings, quotes and table rules that Qt's Markdown importer leaves
/// plain, so paragraphs, code, quotes and tables read as separate blocks.
void polishLayout(QTextDocument *document, const MarkdownRenderer::Style &style)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        QTextCursor cursor(block);
        if (cursor.currentTable()) {
            format.setTopMargin(0);
            format.setBottomMargin(0);
        } else if (format.nonBreakableLines() || format.hasProperty(QTextFormat::BlockCodeFence)) {
            format.setLeftMargin(format.leftMargin() + 6);
            format.setRightMargin(6);
        } else {
            format.setLineHeight(style.lineHeight, QTextBlockFormat::ProportionalHeight);
            if (format.bottomMargin() < 6)
                format.setBottomMargin(6);
            if (const int level = format.headingLevel(); level > 0) {
                // Qt's importer scales headings relative to the view's font (FontSizeAdjustment);
                // room above, so a heading never sits on what precedes it.
                format.setTopMargin(block == document->begin() ? 2 : 14 - level);
                format.setBottomMargin(4);
                format.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
                QTextCharFormat heading;
                heading.setFontWeight(level <= 2 ? QFont::Bold : QFont::DemiBold);
                QTextCursor whole(block);
                whole.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
                whole.mergeCharFormat(heading);
            }
            if (format.intProperty(QTextFormat::BlockQuoteLevel) > 0) {
                // Tinted and indented; a QTextBlock cannot draw a bar of its own.
                format.setBackground(style.quoteTint);
                format.setLeftMargin(format.leftMargin() + 6);
                QTextCharFormat quiet;
                quiet.setForeground(style.placeholderText);
                QTextCursor whole(block);
                whole.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
                whole.mergeCharFormat(quiet);
            }
        }
        cursor.setBlockFormat(format);
    }
    const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setBorderCollapse(true);
            format.setBorder(1);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(style.tableRule);
            format.setCellPadding(5);
            format.setCellSpacing(0);
            format.setTopMargin(6); // the bottom margin of the block above a table does not count
            format.setBottomMargin(8);
            table->setFormat(format);
            dropLeadingEmptyBlocks(table);
            // The header row shaded, and bold in every cell (the importer leaves the first
            // cell of a table after a code block plain).
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(0, column);
                QTextCharFormat shade = cell.format();
                shade.setBackground(style.tableHeader);
                cell.setFormat(shade);
                QTextCursor text = cell.firstCursorPosition();
                text.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                QTextCharFormat bold;
                bold.setFontWeight(QFont::Bold);
                text.mergeCharFormat(bold);
            }
        }
    }
}

/// The spans SyntaxHighlighter finds in one line of a code block, coloured.
void highlightBlock(const QTextBlock &block, const SyntaxLanguage &language, int &state,
                    const MarkdownRenderer::Style &style)
{
    const QString text = block.text();
    const QList<SyntaxSpan> spans = SyntaxHighlighter::highlightLine(language, text, state);
    if (spans.isEmpty())
        return;
    QTextCursor cursor(block);
    for (const SyntaxSpan &span : spans) {
        QTextCharFormat format;
        switch (span.token) {
        case SyntaxToken::Keyword:
            format.setForeground(style.keyword);
            break;
        case SyntaxToken::String:
            format.setForeground(style.string);
            break;
        case SyntaxToken::Number:
            format.setForeground(style.number);
            break;
        case SyntaxToken::Function:
            format.setForeground(style.function);
            break;
        case SyntaxToken::Builtin:
            format.setForeground(style.builtin);
            break;
        case SyntaxToken::Comment:
            format.setForeground(style.comment);
            format.setFontItalic(true);
            break;
        case SyntaxToken::Plain:
            continue;
        }
        cursor.setPosition(block.position() + int(span.start));
        cursor.setPosition(block.position() + int(span.start + span.length), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
}

struct Edit {
    int position = 0;
    int length = 0;
    enum class Kind { BlockImage, DropLink, KeepLink } kind = Kind::KeepLink;
    QString target;
    QString alt;
};

} // namespace

MarkdownRenderer::Outline MarkdownRenderer::render(QTextDocument *document, const QString &markdown,
                                                   const Style &style)
{
    Outline outline;
    document->setMarkdown(withImageAltText(markdown),
                          QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                          | QTextDocument::MarkdownNoHTML));

    QList<Edit> edits;
    QString currentCode;
    bool inCode = false;
    const SyntaxLanguage *language = nullptr;
    QString currentInfo;
    int highlightState = SyntaxHighlighter::START_STATE;
    const auto flushCode = [&] {
        if (inCode) {
            if (currentCode.endsWith(QLatin1Char('\n')))
                currentCode.chop(1);
            outline.codeBlocks << currentCode;
            currentCode.clear();
        }
        inCode = false;
    };

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat blockFormat = block.blockFormat();
        const bool isCode = blockFormat.hasProperty(QTextFormat::BlockCodeFence)
            || blockFormat.hasProperty(QTextFormat::BlockCodeLanguage) || blockFormat.nonBreakableLines();
        // Two fences in a row are two blocks when their languages differ.
        const QString info = blockFormat.stringProperty(QTextFormat::BlockCodeLanguage);
        if (isCode && inCode && info != currentInfo)
            flushCode();
        if (isCode) {
            if (!inCode) {
                currentInfo = info;
                language = SyntaxLanguage::find(info);
                highlightState = SyntaxHighlighter::START_STATE;
                outline.codeLanguages << (language ? language->name : info.section(QLatin1Char(' '), 0, 0));
            }
            inCode = true;
            currentCode += block.text() + QLatin1Char('\n');
            blockFormat.setBackground(style.codeBackground);
            QTextCursor(block).setBlockFormat(blockFormat);
            if (language)
                highlightBlock(block, *language, highlightState, style);
        } else {
            flushCode();
        }

        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                const QTextImageFormat image = format.toImageFormat();
                edits.append({fragment.position(), fragment.length(), Edit::Kind::BlockImage, image.name(),
                              image.property(QTextFormat::ImageAltText).toString()});
            } else if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                const QUrl url(format.anchorHref());
                edits.append({fragment.position(),
                              fragment.length(),
                              isOpenableLink(url) ? Edit::Kind::KeepLink : Edit::Kind::DropLink,
                              format.anchorHref(),
                              {}});
            } else if (format.fontUnderline() && !isCode) {
                // `_emphasis_` is emphasis: italic, never an underline that reads as a link.
                QTextCharFormat emphasis;
                emphasis.setFontUnderline(false);
                emphasis.setFontItalic(true);
                QTextCursor cursor(document);
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                cursor.mergeCharFormat(emphasis);
            } else if (format.fontFixedPitch() && !isCode) {
                QTextCharFormat inlineCode;
                inlineCode.setBackground(style.codeBackground);
                inlineCode.setFont(fixed, QTextCharFormat::FontPropertiesSpecifiedOnly);
                QTextCursor cursor(document);
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                cursor.mergeCharFormat(inlineCode);
            }
        }
    }
    flushCode();
    polishLayout(document, style);

    // Apply from the end so earlier positions stay valid.
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        return a.position > b.position;
    });
    for (const Edit &edit : std::as_const(edits)) {
        QTextCursor cursor(document);
        cursor.setPosition(edit.position);
        cursor.setPosition(edit.position + edit.length, QTextCursor::KeepAnchor);
        switch (edit.kind) {
        case Edit::Kind::BlockImage: {
            QTextCharFormat placeholder;
            placeholder.setForeground(style.placeholderText);
            placeholder.setFontItalic(true);
            placeholder.setToolTip(edit.target);
            const QString label = edit.alt.isEmpty()
                ? tr("[Image not loaded: %1]").arg(edit.target)
                : tr("[Image “%1” not loaded: %2]").arg(edit.alt, edit.target);
            cursor.insertText(label, placeholder);
            outline.blockedImages.prepend(edit.target);
            break;
        }
        case Edit::Kind::DropLink: {
            QTextCharFormat plain = cursor.charFormat();
            plain.setAnchor(false);
            plain.setAnchorHref(QString());
            plain.setFontUnderline(false);
            plain.setForeground(QBrush());
            cursor.setCharFormat(plain);
            break;
        }
        case Edit::Kind::KeepLink: {
            QTextCharFormat link;
            link.setToolTip(edit.target);
            link.setForeground(style.link);
            cursor.mergeCharFormat(link);
            outline.links.prepend(edit.target);
            break;
        }
        }
    }
    return outline;
}

} // namespace sotto
