// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

namespace sotto {

struct ConversationArchive;

/// A conversation as one self-contained HTML file: the visible path, styled by
/// a <style> element of its own (and a print stylesheet), images as data URIs,
/// no script and nothing fetched from anywhere. The conversation is untrusted
/// text: what a message says is escaped, and an answer's Markdown is rendered
/// the way the app renders it (MarkdownRenderer: raw HTML kept as text, images
/// named by the model not loaded, only http(s) links). Pure and reentrant, on
/// any thread.
class HtmlExport final {
public:
    enum class Images {
        DataUri, // src="data:image/png;base64,…"
        Resources, // src="sotto-image:N" (resourceName()), for a QTextDocument to be handed the images
    };

    static QString document(const ConversationArchive &archive, Images images = Images::DataUri);
    /// Markdown as the chat renders it, as an HTML fragment (the inside of a body).
    static QString markdownFragment(const QString &markdown);
    /// The name of image `number` (1-based, in the order of the visible path) with Images::Resources.
    static QString resourceName(int number);
};

} // namespace sotto
