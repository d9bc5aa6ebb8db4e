// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/VaultHeader.h"

#include "core/store/DurableFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace sotto {

namespace {

constexpr qint64 PAGE_SIZE = 4096;
constexpr char FORMAT_NAME[] = "sotto-vault-header";
constexpr char KDF_NAME[] = "argon2id13";

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> fromBase64(const QJsonValue &value, qsizetype expectedSize)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

QByteArray VaultHeader::toJson() const
{
    QJsonObject kdfObject{
        {QStringLiteral("algorithm"), QLatin1String(KDF_NAME)},
        {QStringLiteral("opslimit"), QString::number(kdf.opsLimit)},
        {QStringLiteral("memlimit"), QString::number(kdf.memLimit)},
        {QStringLiteral("salt"), base64(kdf.salt)},
    };
    QJsonObject root{
        {QStringLiteral("format"), QLatin1String(FORMAT_NAME)},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("cipher"), QStringLiteral("sqlcipher4-raw-key")},
        {QStringLiteral("kdf"), kdfObject},
        {QStringLiteral("database_id"), base64(databaseId)},
        {QStringLiteral("key_check"), base64(keyCheck)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

VaultResult<VaultHeader> VaultHeader::fromJson(const QByteArray &json, const QString &path)
{
    const auto corrupt = [&path](const QString &why) {
        return vaultError(
            VaultError::HeaderCorrupt,
            tr("The vault header %1 is damaged (%2). Restore it from a backup of the profile folder.")
                .arg(path, why));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject())
        return corrupt(tr("not valid JSON"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FORMAT_NAME))
        return corrupt(tr("not a Sotto vault header"));
    VaultHeader header;
    header.formatVersion = root.value(QStringLiteral("version")).toInt(0);
    if (header.formatVersion != FORMAT_VERSION) {
        return vaultError(VaultError::NewerSchema,
                          tr("The vault header %1 has format %2, which this version of Sotto cannot read.")
                              .arg(path)
                              .arg(header.formatVersion));
    }
    const QJsonObject kdfObject = root.value(QStringLiteral("kdf")).toObject();
    if (kdfObject.value(QStringLiteral("algorithm")).toString() != QLatin1String(KDF_NAME))
        return corrupt(tr("unknown key derivation"));
    bool opsOk = false;
    bool memOk = false;
    header.kdf.opsLimit = kdfObject.value(QStringLiteral("opslimit")).toString().toULongLong(&opsOk);
    header.kdf.memLimit = kdfObject.value(QStringLiteral("memlimit")).toString().toULongLong(&memOk);
    const auto salt = fromBase64(kdfObject.value(QStringLiteral("salt")), KdfParams::SALT_BYTES);
    const auto databaseId = fromBase64(root.value(QStringLiteral("database_id")), DATABASE_ID_BYTES);
    const auto keyCheck = fromBase64(root.value(QStringLiteral("key_check")), KeyDerivation::KEY_CHECK_BYTES);
    if (!opsOk || !memOk || !salt || !databaseId || !keyCheck)
        return corrupt(tr("missing or malformed fields"));
    header.kdf.salt = *salt;
    header.databaseId = *databaseId;
    header.keyCheck = *keyCheck;
    if (!header.kdf.isValid())
        return corrupt(tr("impossible key derivation limits"));
    return header;
}

VaultResult<VaultHeader> VaultHeader::read(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return vaultError(
            VaultError::HeaderMissing,
            tr("The vault header %1 is missing. Without it the vault cannot be unlocked; restore "
               "it from a backup of the profile folder.")
                .arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return vaultError(VaultError::Io,
                          tr("Cannot read the vault header %1: %2").arg(path, file.errorString()));
    }
    // A real header is a few hundred bytes; refuse to parse anything huge.
    const QByteArray json = file.read(64 * 1024);
    return fromJson(json, path);
}

VaultResult<void> VaultHeader::write(const QString &path) const
{
    if (!DurableFiles::write(path, toJson()))
        return vaultError(VaultError::Io, tr("Cannot write the vault header %1.").arg(path));
    return {};
}

VaultResult<QByteArray> VaultHeader::databaseIdOf(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return vaultError(
            VaultError::DatabaseMissing,
            tr("The vault database %1 is missing. Restore it from a backup of the profile folder.")
                .arg(path));
    }
    if (!file.open(QIODevice::ReadOnly))
        return vaultError(VaultError::Io,
                          tr("Cannot read the vault database %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    const QByteArray start = file.read(DATABASE_ID_BYTES);
    if (start.startsWith(QByteArrayLiteral("SQLite format 3"))) {
        return vaultError(VaultError::DatabaseCorrupt,
                          tr("The vault database %1 is not encrypted. Sotto refuses to use it.").arg(path));
    }
    if (size < PAGE_SIZE || size % PAGE_SIZE != 0 || start.size() != DATABASE_ID_BYTES) {
        return vaultError(VaultError::DatabaseCorrupt,
                          tr("The vault database %1 is truncated or damaged (%2 bytes). Nothing was changed; "
                             "restore a backup.")
                              .arg(path)
                              .arg(size));
    }
    return start;
}

} // namespace sotto
