// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QtGlobal>

namespace sotto::test {

/// A sqlite3_vfs that wraps the default one and fails writes with SQLITE_FULL
/// once a byte budget is spent: a disk that fills up mid-write (the idea of
/// KeePassXC's FailDevice, at the file-system layer SQLite writes through). Or,
/// set read-only, fails every write with SQLITE_READONLY, as for a vault whose
/// files became read-only while it was open.
/// Register once; open a vault with VaultOpenOptions::vfs = FailingVfs::NAME.
class FailingVfs final {
public:
    static constexpr char NAME[] = "sotto-failing";

    static void registerOnce();
    /// Bytes that may still be written; < 0: unlimited.
    static void setBudget(qint64 bytes);
    /// Every write refused with SQLITE_READONLY while set.
    static void setReadOnly(bool readOnly);
    /// How many writes were refused since the budget or read-only was last set.
    static int refusedWrites();
    /// Bytes written since the budget was last set.
    static qint64 writtenBytes();
};

} // namespace sotto::test
