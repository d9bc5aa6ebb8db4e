// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// MarkdownRenderer on arbitrary model output (DESIGN.md invariant 5): it renders
// into a SafeTextDocument without crashing, the same way twice, keeps only
// http(s) links, and laying the document out loads no resource at all (every
// image a model names is refused, never fetched nor read from disk).
#include "core/chat/MarkdownRenderer.h"

#include "tests/fuzz/FuzzSupport.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QString>
#include <QUrl>

using sotto::MarkdownRenderer;
using sotto::SafeTextDocument;

namespace {

/// The renderer measures text with fonts: it needs a QGuiApplication (offscreen).
void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "FuzzMarkdownRenderer";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv); // lives as long as the process
}

} // namespace

// Made once before the first input (the replay main calls it too), so libFuzzer
// does not count the application object as memory an input leaked.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    // Model output is text: the body as UTF-8, long inputs cut to keep runs fast.
    const QString markdown
        = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(std::min<size_t>(size, 16384)));

    SafeTextDocument first;
    const MarkdownRenderer::Outline outline = MarkdownRenderer::render(&first, markdown);
    first.documentLayout()->documentSize(); // lays it out: images would be asked for now
    for (const QString &link : outline.links) {
        const QString scheme = QUrl(link).scheme();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            sotto::fuzz::fail("a link that is not http(s) was kept");
    }

    SafeTextDocument second;
    const MarkdownRenderer::Outline again = MarkdownRenderer::render(&second, markdown);
    if (first.toPlainText() != second.toPlainText() || outline.links != again.links
        || outline.codeBlocks != again.codeBlocks || outline.blockedImages != again.blockedImages)
        sotto::fuzz::fail("the same Markdown rendered differently twice");
    return 0;
}
