// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

namespace sotto {

/// File operations that survive a crash or power loss at any point: data is
/// flushed to disk before a rename makes it visible, and the folder entry is
/// flushed after. Static functions; thread-safe.
class DurableFiles final {
public:
    DurableFiles() = delete;

    static bool syncFile(const QString &path);
    static bool syncDirectory(const QString &directory);
    /// Atomically replaces `to` with `from` (same folder), then syncs the folder.
    static bool rename(const QString &from, const QString &to);
    /// Copies to a temporary name beside `to`, syncs it, then renames it into place.
    /// Owner-only permissions.
    static bool copy(const QString &from, const QString &to);
    /// Writes `data` the same way (owner-only permissions).
    static bool write(const QString &path, const QByteArray &data);
    /// Removes a file if it exists; true when it is gone.
    static bool remove(const QString &path);
};

} // namespace sotto
