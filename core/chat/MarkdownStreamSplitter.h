// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

namespace sotto {

/// Finds how much of a streaming Markdown answer can no longer change its
/// rendering: everything up to the last blank line outside a fenced code block.
/// A view renders that "stable" prefix once, chunk by chunk, and re-renders only
/// the short tail per update, so the cost of an update follows the new text, not
/// the length of the answer. Work per append is proportional to the appended
/// text. A plain value; not thread-safe.
class MarkdownStreamSplitter final {
public:
    void append(QStringView delta);
    void reset();

    const QString &text() const { return m_text; }
    /// Length of the stable prefix of text(); grows monotonically.
    qsizetype stableLength() const { return m_stable; }

private:
    void scanCompleteLines();

    QString m_text;
    qsizetype m_scanned = 0; // start of the first line not yet scanned
    qsizetype m_stable = 0;
    bool m_inFence = false;
    QChar m_fenceChar;
    qsizetype m_fenceLength = 0;
    bool m_previousLineBlank = false;
};

} // namespace sotto
