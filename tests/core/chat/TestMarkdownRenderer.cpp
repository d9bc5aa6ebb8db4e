// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/chat/MarkdownRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextTable>

using namespace sotto;

namespace {

int countImages(const QTextDocument &document)
{
    int images = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            images += it.fragment().charFormat().isImageFormat() ? 1 : 0;
    return images;
}

QStringList anchors(const QTextDocument &document)
{
    QStringList hrefs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isAnchor())
                hrefs << it.fragment().charFormat().anchorHref();
    return hrefs;
}

/// Lays out and paints the document, which is when a QTextDocument loads images.
void paint(QTextDocument &document)
{
    document.setTextWidth(600);
    QImage canvas(600, 800, QImage::Format_ARGB32);
    QPainter painter(&canvas);
    document.drawContents(&painter);
}

} // namespace

class TestMarkdownRenderer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rendersTheGitHubDialect()
    {
        SafeTextDocument document;
        MarkdownRenderer::render(&document,
                                 QStringLiteral("# Title\n\n- one\n- two\n\n> quoted\n\n"
                                                "| a | b |\n|---|---|\n| 1 | 2 |\n\n**bold** and `code`\n"));
        QCOMPARE(document.begin().blockFormat().headingLevel(), 1);
        bool hasTable = false;
        for (QTextFrame *frame : document.rootFrame()->childFrames())
            hasTable = hasTable || qobject_cast<QTextTable *>(frame);
        QVERIFY(hasTable);
        const QString text = document.toPlainText();
        for (const char *part : {"Title", "one", "two", "quoted", "bold", "code"})
            QVERIFY2(text.contains(QLatin1String(part)), part);
    }

    void aTableAfterCodeHasItsCellsOnOneLine()
    {
        // Qt 6.4's importer opens such a table's first cell with an empty line.
        SafeTextDocument document;
        MarkdownRenderer::render(
            &document,
            QStringLiteral("Text:\n\n```sh\nls -la\n```\n\n| flag | meaning |\n|---|---|\n"
                           "| `-l` | long format |\n"));
        document.setTextWidth(600);
        QTextTable *table = nullptr;
        for (QTextFrame *frame : document.rootFrame()->childFrames())
            table = table ? table : qobject_cast<QTextTable *>(frame);
        QVERIFY(table);
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        for (int row = 0; row < 2; ++row) {
            qreal top = -1;
            for (int column = 0; column < 2; ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                const QTextBlock first = document.findBlock(cell.firstPosition());
                QVERIFY2(!first.text().isEmpty(), qPrintable(QStringLiteral("%1,%2").arg(row).arg(column)));
                QCOMPARE(document.findBlock(cell.lastPosition()), first); // one line each
                const qreal y = layout->blockBoundingRect(first).top();
                if (top >= 0)
                    QCOMPARE(y, top); // the row's cells line up
                top = y;
            }
        }
        QCOMPARE(table->cellAt(0, 0).firstCursorPosition().block().text(), QStringLiteral("flag"));
        // The whole header row is bold, its first cell too.
        for (int column = 0; column < 2; ++column) {
            QTextCursor inHeader = table->cellAt(0, column).firstCursorPosition();
            inHeader.movePosition(QTextCursor::NextCharacter);
            QCOMPARE(inHeader.charFormat().fontWeight(), int(QFont::Bold));
        }
        QCOMPARE(table->cellAt(1, 0).firstCursorPosition().block().text(), QStringLiteral("-l"));
    }

    void remoteImagesAreNeverLoaded_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("url");
        QTest::addRow("https") << QStringLiteral("Here: ![chart](https://evil.example/c.png?leak=SECRET)")
                               << QStringLiteral("https://evil.example/c.png?leak=SECRET");
        QTest::addRow("http") << QStringLiteral("![](http://10.0.0.5/pixel.gif)")
                              << QStringLiteral("http://10.0.0.5/pixel.gif");
        QTest::addRow("file") << QStringLiteral("![x](file:///etc/hostname)")
                              << QStringLiteral("file:///etc/hostname");
        QTest::addRow("relative") << QStringLiteral("![x](../secrets.png)")
                                  << QStringLiteral("../secrets.png");
        QTest::addRow("reference") << QStringLiteral("![logo][l]\n\n[l]: https://track.example/l.png")
                                   << QStringLiteral("https://track.example/l.png");
    }

    void remoteImagesAreNeverLoaded()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, url);
        SafeTextDocument document;
        const auto outline = MarkdownRenderer::render(&document, markdown);
        QCOMPARE(outline.blockedImages, QStringList{url});
        QCOMPARE(countImages(document), 0);
        QVERIFY2(document.toPlainText().contains(url), qPrintable(document.toPlainText()));
        paint(document);
        QCOMPARE(document.refusedResourceCount(), 0); // nothing was even asked for
    }

    void rawHtmlIsNotInterpreted()
    {
        SafeTextDocument document;
        const auto outline = MarkdownRenderer::render(
            &document,
            QStringLiteral("before <img src=\"https://evil.example/x.png\"> after\n\n"
                           "<iframe src=\"https://evil.example/\"></iframe>\n\n<b>not bold</b>"));
        QVERIFY(outline.blockedImages.isEmpty());
        QCOMPARE(countImages(document), 0);
        QVERIFY(anchors(document).isEmpty());
        paint(document);
        QCOMPARE(document.refusedResourceCount(), 0);
        QVERIFY(document.toPlainText().contains(QStringLiteral("before")));
        QVERIFY(document.toPlainText().contains(QStringLiteral("after")));
    }

    void onlyHttpLinksStayLinks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("kept");
        QTest::addRow("https") << QStringLiteral("[site](https://example.org/a?b=c)")
                               << QStringList{QStringLiteral("https://example.org/a?b=c")};
        QTest::addRow("autolink") << QStringLiteral("Visit https://example.org/docs now")
                                  << QStringList{QStringLiteral("https://example.org/docs")};
        QTest::addRow("javascript") << QStringLiteral("[click](javascript:alert(1))") << QStringList();
        QTest::addRow("file") << QStringLiteral("[open](file:///etc/passwd)") << QStringList();
        QTest::addRow("mailto") << QStringLiteral("[mail](mailto:a@example.org)") << QStringList();
        QTest::addRow("data") << QStringLiteral("[d](data:text/html,hi)") << QStringList();
        QTest::addRow("mixed") << QStringLiteral("[a](http://a.example/) and [b](ftp://b.example/)")
                               << QStringList{QStringLiteral("http://a.example/")};
    }

    void onlyHttpLinksStayLinks()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, kept);
        SafeTextDocument document;
        const auto outline = MarkdownRenderer::render(&document, markdown);
        QCOMPARE(outline.links, kept);
        QCOMPARE(anchors(document), kept);
    }

    void codeBlocksAreCollectedForCopying()
    {
        SafeTextDocument document;
        const auto outline = MarkdownRenderer::render(
            &document,
            QStringLiteral("Intro\n\n```python\nprint('hi')\nx = 1\n```\n\ntext\n\n```\nplain\n```\n"));
        QCOMPARE(outline.codeBlocks,
                 QStringList({QStringLiteral("print('hi')\nx = 1"), QStringLiteral("plain")}));
        QCOMPARE(outline.codeLanguages, QStringList({QStringLiteral("Python"), QString()}));
        // Fences in a row are separate blocks, each in its own language.
        const auto adjacent = MarkdownRenderer::render(
            &document, QStringLiteral("```python\nx = 1\n```\n\n```rust\nfn f() {}\n```\n"));
        QCOMPARE(adjacent.codeBlocks, QStringList({QStringLiteral("x = 1"), QStringLiteral("fn f() {}")}));
        QCOMPARE(adjacent.codeLanguages, QStringList({QStringLiteral("Python"), QStringLiteral("Rust")}));
    }

    void codeIsHighlightedInTheStylesColours()
    {
        SafeTextDocument document;
        MarkdownRenderer::Style style;
        MarkdownRenderer::render(
            &document, QStringLiteral("```rust\nfn main() { let n: u32 = 42; } // done\n```\n\nfn main 42"),
            style);
        const auto colourAt = [&document](const QString &word, int occurrence = 0) {
            QTextCursor found(&document);
            for (int i = 0; i <= occurrence; ++i)
                found = document.find(word, found);
            QTextCursor inside(&document);
            inside.setPosition(found.selectionStart() + 1);
            return inside.charFormat().foreground().color();
        };
        QCOMPARE(colourAt(QStringLiteral("fn")), style.keyword);
        QCOMPARE(colourAt(QStringLiteral("main")), style.function);
        QCOMPARE(colourAt(QStringLiteral("u32")), style.builtin);
        QCOMPARE(colourAt(QStringLiteral("42")), style.number);
        QCOMPARE(colourAt(QStringLiteral("// done")), style.comment);
        // Prose is not code: the same words outside the fence keep the text colour.
        QVERIFY(colourAt(QStringLiteral("fn"), 1) != style.keyword);
        QVERIFY(colourAt(QStringLiteral("42"), 1) != style.number);
    }

    void emphasisIsItalicNeverUnderlined()
    {
        SafeTextDocument document;
        MarkdownRenderer::render(
            &document, QStringLiteral("An _emphasised_ and *starred* word, a [link](https://example.org)."));
        for (const QString &word : {QStringLiteral("emphasised"), QStringLiteral("starred")}) {
            QTextCursor inside(&document);
            inside.setPosition(document.find(word).selectionStart() + 1);
            QVERIFY2(inside.charFormat().fontItalic(), qPrintable(word));
            QVERIFY2(!inside.charFormat().fontUnderline(), qPrintable(word));
        }
        QTextCursor link(&document);
        link.setPosition(document.find(QStringLiteral("link")).selectionStart() + 1);
        QVERIFY(link.charFormat().isAnchor());
    }

    void quotesHeadingsAndTablesAreStyled()
    {
        SafeTextDocument document;
        MarkdownRenderer::Style style;
        MarkdownRenderer::render(
            &document,
            QStringLiteral(
                "Intro\n\n## A heading\n\n> quoted words\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"),
            style);
        const QTextBlock heading = document.find(QStringLiteral("A heading")).block();
        QVERIFY(heading.blockFormat().topMargin() >= 10); // room above, not on the line before
        const QTextBlock quote = document.find(QStringLiteral("quoted words")).block();
        QCOMPARE(quote.blockFormat().background().color(), style.quoteTint);
        QVERIFY(quote.blockFormat().leftMargin() > 0);
        const QTextBlock prose = document.findBlockByNumber(0);
        QCOMPARE(prose.blockFormat().lineHeight(), qreal(style.lineHeight));
        QTextTable *table = nullptr;
        for (QTextFrame *frame : document.rootFrame()->childFrames())
            table = table ? table : qobject_cast<QTextTable *>(frame);
        QVERIFY(table);
        QCOMPARE(table->format().borderBrush().color(), style.tableRule);
        QCOMPARE(table->cellAt(0, 0).format().background().color(), style.tableHeader);
        QVERIFY(table->cellAt(1, 0).format().background().style() == Qt::NoBrush);
    }

    void aHorizontalRuleIsDrawn()
    {
        SafeTextDocument document;
        MarkdownRenderer::render(&document, QStringLiteral("Above\n\n---\n\nBelow"),
                                 MarkdownRenderer::Style());
        int rules = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
            rules += block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
        QCOMPARE(rules, 1);
        QVERIFY(document.toPlainText().contains(QStringLiteral("Below")));
    }

    void onlyRegisteredResourcesLoad()
    {
        SafeTextDocument document;
        QImage attachment(4, 4, QImage::Format_RGB32);
        attachment.fill(Qt::red);
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("attachment:1")), attachment);
        QVERIFY(
            document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("attachment:1"))).isValid());
        QVERIFY(!document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/hostname")))
                     .isValid());
        QVERIFY(!document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral(":/icons/sotto.svg")))
                     .isValid());
        QCOMPARE(document.refusedResourceCount(), 2);
    }
};

QTEST_MAIN(TestMarkdownRenderer)
#include "TestMarkdownRenderer.moc"
