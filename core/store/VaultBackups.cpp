// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/VaultBackups.h"

#include "core/store/DurableFiles.h"
#include "core/store/VaultArchive.h"
#include "core/store/VaultLayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

#include <algorithm>

namespace sotto {

namespace {

constexpr char INFO_FILE[] = "backup.json";

QString reasonName(VaultBackup::Reason reason)
{
    switch (reason) {
    case VaultBackup::Reason::PreMigration:
        return QStringLiteral("pre-migration");
    case VaultBackup::Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return {};
}

std::optional<VaultBackup> readBackup(const QString &directory)
{
    QFile file(directory + QLatin1Char('/') + QLatin1String(INFO_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject info = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    VaultBackup backup;
    backup.id = QFileInfo(directory).fileName();
    backup.directory = directory;
    const QString reason = info.value(QStringLiteral("reason")).toString();
    if (reason == reasonName(VaultBackup::Reason::PreMigration))
        backup.reason = VaultBackup::Reason::PreMigration;
    else if (reason == reasonName(VaultBackup::Reason::BeforeRestore))
        backup.reason = VaultBackup::Reason::BeforeRestore;
    else
        return std::nullopt;
    backup.createdAt
        = QDateTime::fromString(info.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    backup.schemaVersion = info.value(QStringLiteral("schema_version")).toInt();
    const QDir dir(directory);
    for (const QFileInfo &entry : dir.entryInfoList(QDir::Files))
        backup.bytes += entry.size();
    return backup;
}

bool writeInfo(const QString &directory, VaultBackup::Reason reason, const QDateTime &created,
               int schemaVersion)
{
    const QJsonObject info{
        {QStringLiteral("reason"), reasonName(reason)},
        {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("schema_version"), schemaVersion},
    };
    return DurableFiles::write(directory + QLatin1Char('/') + QLatin1String(INFO_FILE),
                               QJsonDocument(info).toJson(QJsonDocument::Indented));
}

QString newBackupDirectory(const VaultLayout &layout, VaultBackup::Reason reason, int schemaVersion,
                           const QDateTime &now)
{
    const QString base = layout.backups() + QLatin1Char('/')
        + now.toString(QStringLiteral("yyyyMMddTHHmmsszzzZ")) + QLatin1Char('-') + reasonName(reason)
        + QStringLiteral("-v") + QString::number(schemaVersion);
    QString directory = base;
    for (int i = 2; QFileInfo::exists(directory); ++i)
        directory = base + QLatin1Char('-') + QString::number(i);
    return directory;
}

bool makePrivateDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

bool isSafeId(const QString &id)
{
    return !id.isEmpty() && !id.contains(QLatin1Char('/')) && id != QLatin1String(".")
        && id != QLatin1String("..");
}

VaultResult<void> lockForRestore(const VaultLayout &layout, QLockFile &lock)
{
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return vaultError(
            VaultError::AlreadyOpen,
            VaultBackups::tr("The vault in %1 is open in another Sotto process; close it before "
                             "restoring a backup.")
                .arg(layout.directory()));
    }
    return {};
}

/// Keeps what is there now, however damaged: moved into a BeforeRestore
/// backup, not deleted. The result is that backup's folder; empty when the
/// profile held no vault.
VaultResult<QString> moveAside(const VaultLayout &layout)
{
    QStringList current = layout.databaseFiles();
    current << layout.header() << layout.pendingHeader() << layout.pendingDatabase();
    if (std::none_of(current.cbegin(), current.cend(), [](const QString &path) {
            return QFileInfo::exists(path);
        }))
        return QString(); // a new profile: nothing to keep
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString aside = newBackupDirectory(layout, VaultBackup::Reason::BeforeRestore, 0, now);
    if (!makePrivateDirectory(aside))
        return vaultError(VaultError::Io, VaultBackups::tr("Cannot create the folder %1.").arg(aside));
    for (const QString &path : std::as_const(current)) {
        if (!QFileInfo::exists(path))
            continue;
        if (!DurableFiles::rename(path, aside + QLatin1Char('/') + QFileInfo(path).fileName())) {
            return vaultError(
                VaultError::Io,
                VaultBackups::tr("Cannot move %1 aside to restore the backup. Nothing was deleted; "
                                 "the files moved so far are in %2.")
                    .arg(path, aside));
        }
    }
    writeInfo(aside, VaultBackup::Reason::BeforeRestore, now, 0);
    return aside;
}

} // namespace

QList<VaultBackup> VaultBackups::list(const Profile &profile)
{
    const VaultLayout layout(profile);
    QList<VaultBackup> backups;
    const QDir dir(layout.backups());
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (auto backup = readBackup(dir.filePath(name)))
            backups.append(*backup);
    }
    std::sort(backups.begin(), backups.end(), [](const VaultBackup &a, const VaultBackup &b) {
        return a.id > b.id;
    });
    return backups;
}

VaultResult<VaultBackup> VaultBackups::create(const Profile &profile, VaultBackup::Reason reason,
                                              int schemaVersion)
{
    const VaultLayout layout(profile);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString directory = newBackupDirectory(layout, reason, schemaVersion, now);
    const auto failed = [&directory]() {
        QDir(directory).removeRecursively();
        return vaultError(VaultError::Io,
                          tr("Cannot copy the vault to %1 before updating it. Nothing was changed; free some "
                             "space and try again.")
                              .arg(directory));
    };
    if (!makePrivateDirectory(directory))
        return failed();
    if (!DurableFiles::copy(layout.database(), directory + QStringLiteral("/vault.db"))
        || !DurableFiles::copy(layout.header(), directory + QStringLiteral("/vault.header"))
        || !writeInfo(directory, reason, now, schemaVersion)
        || !DurableFiles::syncDirectory(layout.backups()))
        return failed();
    auto backup = readBackup(directory);
    if (!backup)
        return failed();
    return *backup;
}

void VaultBackups::removeAll(const Profile &profile, VaultBackup::Reason reason, const QString &keepId)
{
    for (const VaultBackup &backup : list(profile)) {
        if (backup.reason == reason && backup.id != keepId)
            QDir(backup.directory).removeRecursively();
    }
}

VaultResult<void> VaultBackups::remove(const Profile &profile, const QString &id)
{
    const VaultLayout layout(profile);
    const QString directory = layout.backups() + QLatin1Char('/') + id;
    if (!isSafeId(id) || !readBackup(directory))
        return vaultError(VaultError::NotFound, tr("There is no backup %1.").arg(id));
    if (!QDir(directory).removeRecursively())
        return vaultError(VaultError::Io, tr("Cannot remove the backup %1.").arg(directory));
    return {};
}

VaultResult<VaultBackup> VaultBackups::restore(const Profile &profile, const QString &id)
{
    const VaultLayout layout(profile);
    const QString source = layout.backups() + QLatin1Char('/') + id;
    const auto backup = isSafeId(id) ? readBackup(source) : std::nullopt;
    if (!backup || !QFileInfo::exists(source + QStringLiteral("/vault.db"))
        || !QFileInfo::exists(source + QStringLiteral("/vault.header")))
        return vaultError(VaultError::NotFound, tr("There is no backup %1.").arg(id));

    QLockFile lock(layout.lock());
    if (auto locked = lockForRestore(layout, lock); !locked)
        return Unexpected<VaultFailure>(std::move(locked).error());
    auto aside = moveAside(layout);
    if (!aside)
        return Unexpected<VaultFailure>(std::move(aside).error());

    if (!DurableFiles::copy(source + QStringLiteral("/vault.header"), layout.header())
        || !DurableFiles::copy(source + QStringLiteral("/vault.db"), layout.database())) {
        return vaultError(
            VaultError::Io,
            tr("Cannot copy the backup %1 into place. The previous files are in %2.").arg(source, *aside));
    }
    return *backup;
}

VaultResult<VaultBackup> VaultBackups::restoreFile(const Profile &profile, const QString &path,
                                                   const VaultArchiveInfo &verified)
{
    const VaultLayout layout(profile);
    QLockFile lock(layout.lock());
    if (auto locked = lockForRestore(layout, lock); !locked)
        return Unexpected<VaultFailure>(std::move(locked).error());

    // Both files beside their places first: until the renames, nothing of the vault has changed.
    const QString database = layout.database() + QStringLiteral(".restoring");
    const QString header = layout.header() + QStringLiteral(".restoring");
    const auto dropStaged = [&database, &header]() {
        DurableFiles::remove(database);
        DurableFiles::remove(header);
    };
    if (auto extracted = VaultArchive::extractDatabase(path, verified, database); !extracted) {
        dropStaged();
        return Unexpected<VaultFailure>(std::move(extracted).error());
    }
    if (auto written = verified.header.write(header); !written) {
        dropStaged();
        return Unexpected<VaultFailure>(std::move(written).error());
    }
    auto aside = moveAside(layout);
    if (!aside) {
        dropStaged();
        return Unexpected<VaultFailure>(std::move(aside).error());
    }
    if (!DurableFiles::rename(database, layout.database())
        || !DurableFiles::rename(header, layout.header())) {
        return vaultError(
            VaultError::Io,
            tr("Cannot put the backup %1 in place. The previous files are in %2.").arg(path, *aside));
    }
    if (aside->isEmpty())
        return VaultBackup{};
    auto backup = readBackup(*aside);
    if (!backup)
        return vaultError(VaultError::Io, tr("Cannot read the copy in %1.").arg(*aside));
    return *backup;
}

} // namespace sotto
