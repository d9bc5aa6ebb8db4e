// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/chat/MarkdownStreamSplitter.h"

namespace sotto {

void MarkdownStreamSplitter::append(QStringView delta)
{
    m_text.append(delta);
    scanCompleteLines();
}

void MarkdownStreamSplitter::reset()
{
    *this = MarkdownStreamSplitter();
}

void MarkdownStreamSplitter::scanCompleteLines()
{
    for (;;) {
        const qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_scanned);
        if (end < 0)
            return;
        const QStringView line = QStringView(m_text).mid(m_scanned, end - m_scanned);
        const qsizetype nextLine = end + 1;

        // A fence opens with ``` or ~~~ (up to three spaces of indent) and closes
        // with at least as many of the same character.
        const QStringView trimmed = line.trimmed();
        qsizetype run = 0;
        if (!trimmed.isEmpty()
            && (trimmed.front() == QLatin1Char('`') || trimmed.front() == QLatin1Char('~'))) {
            const QChar c = trimmed.front();
            while (run < trimmed.size() && trimmed.at(run) == c)
                ++run;
            if (run >= 3) {
                if (!m_inFence) {
                    m_inFence = true;
                    m_fenceChar = c;
                    m_fenceLength = run;
                } else if (c == m_fenceChar && run >= m_fenceLength && trimmed.size() == run) {
                    m_inFence = false;
                    // A closed fence is a complete block: stable right after it.
                    m_stable = nextLine;
                }
            }
        }

        const bool blank = trimmed.isEmpty();
        if (blank && !m_inFence && !m_previousLineBlank)
            m_stable = nextLine;
        m_previousLineBlank = blank && !m_inFence;
        m_scanned = nextLine;
    }
}

} // namespace sotto
