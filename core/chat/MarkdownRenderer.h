// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextDocument>

class QTextCursor;

namespace sotto {

/// A QTextDocument that never loads a resource it was not handed: images named
/// by model output (http, file, data or anything else) are not fetched or read.
/// Resources added with addResource() (sanitised attachments) are still shown.
class SafeTextDocument final : public QTextDocument {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextDocument)

public:
    explicit SafeTextDocument(QObject *parent = nullptr);

    /// How many times layout asked for a resource that was refused.
    int refusedResourceCount() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};

/// Turns model-written Markdown (GitHub dialect) into rich text that is safe to
/// show (DESIGN.md invariant 5): raw HTML is not interpreted, images become a
/// visible placeholder naming their URL and are never fetched, and only http and
/// https links stay links (others become plain text). Code blocks are
/// highlighted by SyntaxHighlighter when their fence names a language it knows;
/// `_emphasis_` is italic, never underlined. Pure and reentrant; use it on any
/// thread with its own documents.
class MarkdownRenderer final {
    Q_DECLARE_TR_FUNCTIONS(MarkdownRenderer)

public:
    /// Colours taken from the widget palette (the view fills them from its
    /// ThemeRoles), so light, dark and high-contrast themes all work.
    struct Style {
        QColor codeBackground = QColor(0xf0, 0xf0, 0xf0);
        QColor placeholderText = QColor(0x80, 0x80, 0x80);
        QColor link = QColor(0x29, 0x80, 0xb9);
        QColor quoteTint = QColor(0xf3, 0xf1, 0xfb);
        QColor tableRule = QColor(0xd6, 0xd6, 0xd6);
        QColor tableHeader = QColor(0xf2, 0xf2, 0xf2);
        // Code: five hues and a grey (SyntaxToken).
        QColor keyword = QColor(0x9c, 0x27, 0xa8);
        QColor string = QColor(0x2e, 0x7d, 0x32);
        QColor number = QColor(0xb5, 0x4a, 0x00);
        QColor function = QColor(0x1f, 0x5f, 0xc8);
        QColor builtin = QColor(0x00, 0x78, 0x80);
        QColor comment = QColor(0x70, 0x70, 0x70);
        /// Line height of prose, in percent of the font's (code keeps its own).
        int lineHeight = 150;
    };

    /// What a rendering contained, for the view (copy buttons) and for tests.
    struct Outline {
        QStringList blockedImages; // URLs that were not loaded
        QStringList links; // http(s) links kept
        QStringList codeBlocks; // text of each fenced or indented code block, in order
        QStringList codeLanguages; // each code block's language as shown ("Python"), or its info string
    };

    /// Replaces the document's content with the rendering of `markdown`.
    static Outline render(QTextDocument *document, const QString &markdown, const Style &style);
    static Outline render(QTextDocument *document, const QString &markdown)
    {
        return render(document, markdown, Style());
    }

    /// True for the link schemes the chat offers to open: http and https only.
    static bool isOpenableLink(const QUrl &url);
};

} // namespace sotto
