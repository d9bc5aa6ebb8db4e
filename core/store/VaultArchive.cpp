// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/VaultArchive.h"

#include "core/common/Version.h"
#include "core/store/DurableFiles.h"
#include "core/store/KeyDerivation.h"
#include "core/store/Vault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

namespace sotto {

namespace {

constexpr char MAGIC[] = "SOTTOBAK";
constexpr qint64 MAGIC_BYTES = 8;
constexpr qint64 PREAMBLE_BYTES = MAGIC_BYTES + 4 + 4; // magic, version, manifest length
constexpr qint64 CHECKSUM_BYTES = 32; // SHA-256
constexpr quint32 MAX_MANIFEST_BYTES = 1024 * 1024;
constexpr qint64 CHUNK_BYTES = 1024 * 1024;
constexpr char FORMAT_NAME[] = "sotto-vault-backup";

qint64 databaseOffset(qint64 manifestBytes)
{
    return PREAMBLE_BYTES + manifestBytes;
}

/// Copies `bytes` from `from` to `to` (when given), feeding `hash` on the way.
bool pipe(QIODevice &from, QIODevice *to, qint64 bytes, QCryptographicHash &hash)
{
    QByteArray buffer;
    while (bytes > 0) {
        buffer = from.read(std::min(bytes, CHUNK_BYTES));
        if (buffer.isEmpty())
            return false;
        hash.addData(buffer);
        if (to && to->write(buffer) != buffer.size())
            return false;
        bytes -= buffer.size();
    }
    return true;
}

} // namespace

VaultResult<VaultArchiveInfo> VaultArchive::write(Vault &vault, const QString &path)
{
    const VaultLayout layout = vault.layout();
    if (auto flushed = vault.checkpoint(); !flushed)
        return Unexpected<VaultFailure>(std::move(flushed).error());
    if (QFileInfo(layout.wal()).size() > 0) {
        return vaultError(
            VaultError::Io,
            tr("Cannot back up the vault now: part of it is still being written. Try again in a "
               "moment."));
    }
    auto header = VaultHeader::read(layout.header());
    if (!header)
        return Unexpected<VaultFailure>(std::move(header).error());

    QFile database(layout.database());
    if (!database.open(QIODevice::ReadOnly))
        return vaultError(VaultError::Io,
                          tr("Cannot read the vault %1: %2").arg(layout.database(), database.errorString()));
    VaultArchiveInfo info;
    info.createdAt = QDateTime::currentDateTimeUtc();
    info.generator = QStringLiteral("Sotto %1").arg(QLatin1String(VERSION));
    info.schemaVersion = vault.schemaVersion();
    info.databaseBytes = database.size();
    info.header = *header;
    const QJsonObject manifest{
        {QStringLiteral("format"), QLatin1String(FORMAT_NAME)},
        {QStringLiteral("version"), FORMAT_VERSION},
        {QStringLiteral("generator"), info.generator},
        {QStringLiteral("created_at"), info.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("schema_version"), info.schemaVersion},
        {QStringLiteral("database_bytes"), info.databaseBytes},
        {QStringLiteral("header"), QJsonDocument::fromJson(header->toJson()).object()},
    };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);

    QByteArray preamble(MAGIC, MAGIC_BYTES);
    preamble.resize(PREAMBLE_BYTES);
    qToBigEndian<quint32>(FORMAT_VERSION, preamble.data() + MAGIC_BYTES);
    qToBigEndian<quint32>(quint32(manifestBytes.size()), preamble.data() + MAGIC_BYTES + 4);

    QSaveFile out(path);
    const auto failed = [&out, &path]() {
        const bool full = out.error() == QFileDevice::ResizeError || out.error() == QFileDevice::WriteError;
        const QString why = out.errorString();
        out.cancelWriting();
        return vaultError(
            full ? VaultError::DiskFull : VaultError::Io,
            tr("Cannot write the backup %1: %2. Nothing was written there; check the folder and "
               "the free space, then try again.")
                .arg(path, why));
    };
    if (!out.open(QIODevice::WriteOnly))
        return failed();
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(preamble);
    hash.addData(manifestBytes);
    if (out.write(preamble) != preamble.size() || out.write(manifestBytes) != manifestBytes.size())
        return failed();
    if (!pipe(database, &out, info.databaseBytes, hash)) {
        if (out.error() == QFileDevice::NoError)
            return vaultError(
                VaultError::Io,
                tr("Cannot read the vault %1: %2").arg(layout.database(), database.errorString()));
        return failed();
    }
    const QByteArray checksum = hash.result();
    // commit() syncs the data to disk before the rename.
    if (out.write(checksum) != checksum.size() || !out.commit())
        return failed();
    DurableFiles::syncDirectory(QFileInfo(path).absolutePath());
    info.fileBytes = QFileInfo(path).size();
    return info;
}

VaultResult<VaultArchiveInfo> VaultArchive::inspect(const QString &path)
{
    const auto bad = [&path](const QString &why) {
        return vaultError(VaultError::BadFile,
                          tr("%1 is not a Sotto vault backup it can read: %2").arg(path, why));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return bad(tr("there is no such file"));
        return bad(file.errorString());
    }
    const QByteArray preamble = file.read(PREAMBLE_BYTES);
    if (preamble.size() < PREAMBLE_BYTES || !preamble.startsWith(QByteArray(MAGIC, MAGIC_BYTES)))
        return bad(tr("it does not start like one"));
    const quint32 version = qFromBigEndian<quint32>(preamble.constData() + MAGIC_BYTES);
    if (version != FORMAT_VERSION)
        return bad(tr("it has format %1, which this version of Sotto does not know").arg(version));
    const quint32 manifestBytes = qFromBigEndian<quint32>(preamble.constData() + MAGIC_BYTES + 4);
    if (manifestBytes == 0 || manifestBytes > MAX_MANIFEST_BYTES)
        return bad(tr("its description is damaged"));
    const QByteArray manifestText = file.read(manifestBytes);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(manifestText, &parseError);
    const QJsonObject manifest = document.object();
    if (manifestText.size() != qsizetype(manifestBytes) || !document.isObject()
        || manifest.value(QStringLiteral("format")).toString() != QLatin1String(FORMAT_NAME)
        || manifest.value(QStringLiteral("version")).toInt() != FORMAT_VERSION)
        return bad(tr("its description is damaged"));

    VaultArchiveInfo info;
    info.createdAt
        = QDateTime::fromString(manifest.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    info.generator = manifest.value(QStringLiteral("generator")).toString();
    info.schemaVersion = manifest.value(QStringLiteral("schema_version")).toInt();
    info.databaseBytes = qint64(manifest.value(QStringLiteral("database_bytes")).toDouble(-1));
    info.fileBytes = file.size();
    auto header = VaultHeader::fromJson(
        QJsonDocument(manifest.value(QStringLiteral("header")).toObject()).toJson(), path);
    if (!header)
        return bad(tr("the key parameters it holds are damaged"));
    info.header = *header;
    if (!info.createdAt.isValid() || info.schemaVersion <= 0 || info.databaseBytes <= 0)
        return bad(tr("its description is damaged"));
    if (info.fileBytes != databaseOffset(manifestBytes) + info.databaseBytes + CHECKSUM_BYTES)
        return bad(info.fileBytes < databaseOffset(manifestBytes) + info.databaseBytes + CHECKSUM_BYTES
                       ? tr("it is incomplete (cut short)")
                       : tr("it has extra bytes at the end"));
    return info;
}

VaultResult<VaultArchiveInfo> VaultArchive::verify(const QString &path, const SecretBytes &passphrase)
{
    auto info = inspect(path);
    if (!info)
        return info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return vaultError(VaultError::BadFile, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const qint64 content = info->fileBytes - CHECKSUM_BYTES;
    const qint64 database = content - info->databaseBytes;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!pipe(file, nullptr, content, hash))
        return vaultError(VaultError::BadFile, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.read(CHECKSUM_BYTES) != hash.result()) {
        return vaultError(VaultError::BadFile,
                          tr("The backup %1 is damaged: its content does not match its checksum.").arg(path));
    }
    if (!file.seek(database) || file.read(VaultHeader::DATABASE_ID_BYTES) != info->header.databaseId) {
        return vaultError(
            VaultError::BadFile,
            tr("The backup %1 is damaged: its key parameters belong to another vault.").arg(path));
    }

    auto key = KeyDerivation::derive(passphrase, info->header.kdf);
    if (!key)
        return Unexpected<VaultFailure>(std::move(key).error());
    if (!KeyDerivation::matchesKeyCheck(*key, info->header.databaseId, info->header.keyCheck)) {
        return vaultError(VaultError::WrongPassphrase,
                          tr("That passphrase does not open the backup %1. Nothing was changed; use the "
                             "passphrase the vault had when the backup was made.")
                              .arg(path));
    }
    return info;
}

VaultResult<void> VaultArchive::extractDatabase(const QString &path, const VaultArchiveInfo &info,
                                                const QString &databasePath)
{
    QFile file(path);
    const qint64 offset = info.fileBytes - CHECKSUM_BYTES - info.databaseBytes;
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return vaultError(VaultError::BadFile, tr("Cannot read %1: %2").arg(path, file.errorString()));
    QSaveFile out(databasePath);
    const auto failed = [&out, &databasePath]() {
        const bool full = out.error() == QFileDevice::ResizeError || out.error() == QFileDevice::WriteError;
        const QString why = out.errorString();
        out.cancelWriting();
        return vaultError(full ? VaultError::DiskFull : VaultError::Io,
                          tr("Cannot write %1: %2").arg(databasePath, why));
    };
    if (!out.open(QIODevice::WriteOnly))
        return failed();
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCryptographicHash unused(QCryptographicHash::Sha256);
    if (!pipe(file, &out, info.databaseBytes, unused)) {
        if (out.error() == QFileDevice::NoError)
            return vaultError(VaultError::BadFile, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return failed();
    }
    if (!out.commit())
        return failed();
    DurableFiles::syncDirectory(QFileInfo(databasePath).absolutePath());
    return {};
}

} // namespace sotto
