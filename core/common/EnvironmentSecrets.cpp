// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/common/EnvironmentSecrets.h"

#include <QMutex>
#include <QMutexLocker>
#include <QString>

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>

namespace sotto {

namespace {

/// One kept value: sodium_malloc'ed (guard pages, mlock'ed where the system
/// allows), wiped and freed with the process.
struct Kept {
    unsigned char *data = nullptr;
    size_t size = 0;
};

struct KeptDeleter {
    void operator()(Kept *kept) const
    {
        if (kept->data != nullptr)
            sodium_free(kept->data); // zeroes before freeing
        delete kept;
    }
};

struct Store {
    QMutex mutex;
    std::map<QByteArray, std::unique_ptr<Kept, KeptDeleter>> kept;
};

Store &store()
{
    static Store instance;
    return instance;
}

/// Caller holds the store's mutex.
const Kept *keepLocked(Store &s, const QByteArray &name)
{
    if (name.isEmpty())
        return nullptr;
    if (auto found = s.kept.find(name); found != s.kept.end())
        return found->second.get();
    const char *value = std::getenv(name.constData());
    if (value == nullptr)
        return nullptr; // not set (yet): nothing to keep, nothing to remove
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    std::unique_ptr<Kept, KeptDeleter> kept(new Kept);
    kept->size = std::strlen(value);
    if (kept->size > 0) {
        kept->data = static_cast<unsigned char *>(sodium_malloc(kept->size));
        if (kept->data == nullptr)
            qFatal("out of memory for a secret");
        std::memcpy(kept->data, value, kept->size);
    }
    EnvironmentSecrets::takeOut(name);
    const Kept *result = kept.get();
    s.kept.emplace(name, std::move(kept));
    return result;
}

} // namespace

QByteArray EnvironmentSecrets::takeOut(const QByteArray &name)
{
    if (name.isEmpty())
        return {};
    // The pointer getenv() returns is the variable's own bytes: in the block the
    // kernel shows as /proc/PID/environ for what the process was started with.
    char *value = std::getenv(name.constData());
    if (value == nullptr)
        return {};
    const QByteArray secret(value);
    sodium_memzero(value, std::strlen(value));
    qunsetenv(name.constData());
    return secret;
}

void EnvironmentSecrets::keep(const QStringList &names)
{
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    for (const QString &name : names)
        keepLocked(s, name.toLocal8Bit());
}

QByteArray EnvironmentSecrets::value(const QString &name)
{
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    const Kept *kept = keepLocked(s, name.toLocal8Bit());
    if (kept == nullptr || kept->size == 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(kept->data), qsizetype(kept->size));
}

} // namespace sotto
