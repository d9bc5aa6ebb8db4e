// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/DurableFiles.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace sotto {

namespace {

constexpr QFile::Permissions OWNER_ONLY = QFile::ReadOwner | QFile::WriteOwner;

bool syncPath(const QString &path, int flags)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), flags | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return false;
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    ::close(fd);
    return rc == 0;
}

QString parentOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

QString temporaryBeside(const QString &path)
{
    return path + QStringLiteral(".tmp");
}

} // namespace

bool DurableFiles::syncFile(const QString &path)
{
    return syncPath(path, O_RDONLY);
}

bool DurableFiles::syncDirectory(const QString &directory)
{
    return syncPath(directory, O_RDONLY | O_DIRECTORY);
}

bool DurableFiles::rename(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return false;
    return syncDirectory(parentOf(to));
}

bool DurableFiles::copy(const QString &from, const QString &to)
{
    const QString temporary = temporaryBeside(to);
    QFile::remove(temporary);
    QFile source(from);
    QFile target(temporary);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    target.setPermissions(OWNER_ONLY);
    QByteArray chunk;
    while (!source.atEnd()) {
        chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFile::NoError)
            break;
        if (target.write(chunk) != chunk.size()) {
            target.close();
            QFile::remove(temporary);
            return false;
        }
    }
    const bool readAll = source.atEnd() && source.error() == QFile::NoError;
    const bool flushed = target.flush();
    target.close();
    if (!readAll || !flushed || !syncFile(temporary) || !rename(temporary, to)) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}

bool DurableFiles::write(const QString &path, const QByteArray &data)
{
    const QString temporary = temporaryBeside(path);
    QFile target(temporary);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    target.setPermissions(OWNER_ONLY);
    const bool written = target.write(data) == data.size() && target.flush();
    target.close();
    if (!written || !syncFile(temporary) || !rename(temporary, path)) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}

bool DurableFiles::remove(const QString &path)
{
    return !QFileInfo::exists(path) || QFile::remove(path);
}

} // namespace sotto
