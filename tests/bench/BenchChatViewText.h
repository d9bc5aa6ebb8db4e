// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace sotto {

/// Deterministic, chat-like Markdown for the chat view and startup benchmarks:
/// short user questions, and assistant answers made of paragraphs (with bold,
/// inline code and links), bullet and numbered lists, headings, fenced code
/// blocks and now and then a table — the mix a long conversation with a model
/// holds. The same seed gives the same text, so runs compare. Also splits text
/// into tokens of about four characters, the size a provider streams. A plain
/// value; not thread-safe.
class BenchChatViewText final {
public:
    explicit BenchChatViewText(quint32 seed = 20260126);

    QString userMessage();
    QString assistantMessage();
    /// An answer of exactly `lines` lines (blocks separated by blank lines).
    QString longAnswer(int lines);
    QString title();

    /// Provider-sized pieces: a word with its leading space, long words cut in
    /// pieces of at most six characters, each newline on its own.
    static QStringList tokens(const QString &text);

private:
    QString word();
    QString sentence();
    QString paragraph();
    QString list(bool numbered);
    QString codeBlock(int lines);
    QString table();
    QString heading();
    /// One Markdown block (without its trailing blank line).
    QString block();

    QRandomGenerator m_random;
    QStringList m_words;
};

} // namespace sotto
