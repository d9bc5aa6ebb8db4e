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
/// https links stay links (others become plain text). Pure and reentrant; use it
/// on any thread with its own documents.
class MarkdownRenderer final {
    Q_DECLARE_TR_FUNCTIONS(MarkdownRenderer)

public:
    /// Colours taken from the widget palette, so light and dark themes both work.
    struct Style {
        QColor codeBackground = QColor(0xf0, 0xf0, 0xf0);
        QColor placeholderText = QColor(0x80, 0x80, 0x80);
        QColor link = QColor(0x29, 0x80, 0xb9);
    };

    /// What a rendering contained, for the view (copy buttons) and for tests.
    struct Outline {
        QStringList blockedImages; // URLs that were not loaded
        QStringList links; // http(s) links kept
        QStringList codeBlocks; // text of each fenced or indented code block, in order
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
