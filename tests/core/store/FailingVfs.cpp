// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/store/FailingVfs.h"

#include <sqlcipher/sqlite3.h>

#include <atomic>
#include <mutex>

namespace sotto::test {

namespace {

std::atomic<qint64> s_budget{-1};
std::atomic<int> s_refused{0};
std::atomic<qint64> s_written{0};
std::atomic<bool> s_readOnly{false};
sqlite3_vfs *s_real = nullptr;
sqlite3_vfs s_vfs;
sqlite3_io_methods s_methods;

struct FailingFile {
    sqlite3_file base; // first: SQLite sees this
    sqlite3_file *real; // the wrapped file, allocated right after this struct
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<FailingFile *>(file)->real;
}

int xClose(sqlite3_file *file)
{
    const int rc = real(file)->pMethods->xClose(real(file));
    file->pMethods = nullptr;
    return rc;
}

int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (s_readOnly) {
        ++s_refused;
        return SQLITE_READONLY;
    }
    qint64 budget = s_budget.load();
    while (budget >= 0) {
        if (budget < amount) {
            s_budget = 0;
            ++s_refused;
            return SQLITE_FULL;
        }
        if (s_budget.compare_exchange_weak(budget, budget - amount))
            break;
    }
    s_written += amount;
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (s_readOnly) {
        ++s_refused;
        return SQLITE_READONLY;
    }
    return real(file)->pMethods->xTruncate(real(file), size);
}

int xSync(sqlite3_file *file, int flags)
{
    return real(file)->pMethods->xSync(real(file), flags);
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int xLock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}

int xUnlock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}

int xCheckReservedLock(sqlite3_file *file, int *out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}

int xSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int xShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **memory)
{
    return real(file)->pMethods->xShmMap(real(file), page, size, extend, memory);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void xShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int xFetch(sqlite3_file *, sqlite3_int64, int, void **pointer)
{
    *pointer = nullptr; // no memory mapping: every write goes through xWrite
    return SQLITE_OK;
}

int xUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *failing = reinterpret_cast<FailingFile *>(file);
    failing->real = reinterpret_cast<sqlite3_file *>(failing + 1);
    const int rc = s_real->xOpen(s_real, name, failing->real, flags, outFlags);
    file->pMethods = rc == SQLITE_OK ? &s_methods : nullptr;
    return rc;
}

} // namespace

void FailingVfs::registerOnce()
{
    static std::once_flag once;
    std::call_once(once, []() {
        s_real = sqlite3_vfs_find(nullptr);
        s_vfs = *s_real;
        s_vfs.zName = NAME;
        s_vfs.szOsFile = int(sizeof(FailingFile)) + s_real->szOsFile;
        s_vfs.xOpen = xOpen;
        s_vfs.pNext = nullptr;
        s_methods = sqlite3_io_methods{3,
                                       xClose,
                                       xRead,
                                       xWrite,
                                       xTruncate,
                                       xSync,
                                       xFileSize,
                                       xLock,
                                       xUnlock,
                                       xCheckReservedLock,
                                       xFileControl,
                                       xSectorSize,
                                       xDeviceCharacteristics,
                                       xShmMap,
                                       xShmLock,
                                       xShmBarrier,
                                       xShmUnmap,
                                       xFetch,
                                       xUnfetch};
        sqlite3_vfs_register(&s_vfs, 0);
    });
}

void FailingVfs::setBudget(qint64 bytes)
{
    s_refused = 0;
    s_written = 0;
    s_budget = bytes;
}

void FailingVfs::setReadOnly(bool readOnly)
{
    s_refused = 0;
    s_readOnly = readOnly;
}

int FailingVfs::refusedWrites()
{
    return s_refused;
}

qint64 FailingVfs::writtenBytes()
{
    return s_written;
}

} // namespace sotto::test
