// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

namespace sotto::app {

/// Text that came from a provider or the vault, on its way to standard output or
/// standard error. A terminal obeys control characters in it — ESC ] 52 sets the
/// clipboard, ESC [ 8 m hides what follows, ESC ] 0 rewrites the window title — so
/// when the stream is a terminal every control character but newline and tab (C0,
/// DEL and C1) is removed. To a pipe or a file the text passes byte-exact. Character
/// by character, so an escape sequence cut between two streamed pieces is disarmed
/// as well. Decides once, at construction, from the file descriptor.
class TerminalFilter final {
public:
    /// `fd`: STDOUT_FILENO or STDERR_FILENO.
    explicit TerminalFilter(int fd);

    bool isTerminal() const { return m_terminal; }
    /// `text` as it may be written to the stream.
    QString operator()(const QString &text) const;

    /// `text` without its control characters (other than newline and tab).
    static QString stripped(const QString &text);

private:
    bool m_terminal = false;
};

} // namespace sotto::app
