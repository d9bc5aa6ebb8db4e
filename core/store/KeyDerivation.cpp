// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/KeyDerivation.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstdlib>

namespace sotto {

namespace {

void initSodium()
{
    if (sodium_init() < 0)
        std::abort();
}

constexpr char KEY_CHECK_CONTEXT[] = "sotto vault key check v1";

} // namespace

KdfParams KdfParams::moderate()
{
    initSodium();
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE,
            KeyDerivation::randomBytes(SALT_BYTES)};
}

KdfParams KdfParams::interactive()
{
    initSodium();
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            KeyDerivation::randomBytes(SALT_BYTES)};
}

KdfParams KdfParams::forNewVault()
{
    if (qEnvironmentVariable("SOTTO_KDF").compare(QLatin1String("interactive"), Qt::CaseInsensitive) == 0)
        return interactive();
    return moderate();
}

bool KdfParams::isValid() const
{
    static_assert(SALT_BYTES == crypto_pwhash_SALTBYTES);
    // An upper bound on memory keeps a tampered header from exhausting the machine.
    constexpr quint64 maxMemory = quint64(4) << 30;
    return salt.size() == SALT_BYTES && opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= 64
        && memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= maxMemory;
}

VaultResult<SecretBytes> KeyDerivation::derive(const SecretBytes &passphrase, const KdfParams &params)
{
    initSodium();
    if (!params.isValid()) {
        return vaultError(VaultError::HeaderCorrupt, tr("The vault's key derivation settings are invalid."));
    }
    SecretBytes key(KEY_BYTES);
    const int rc
        = crypto_pwhash(key.data(), static_cast<unsigned long long>(key.size()), passphrase.constChars(),
                        static_cast<unsigned long long>(passphrase.size()),
                        reinterpret_cast<const unsigned char *>(params.salt.constData()), params.opsLimit,
                        static_cast<size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return vaultError(VaultError::Io, tr("Not enough memory to derive the vault key."),
                          QStringLiteral("crypto_pwhash failed (mem %1)").arg(params.memLimit));
    }
    return key;
}

QByteArray KeyDerivation::keyCheck(const SecretBytes &key, const QByteArray &databaseId)
{
    initSodium();
    QByteArray message = QByteArray(KEY_CHECK_CONTEXT) + databaseId;
    QByteArray check(KEY_CHECK_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(check.data()), static_cast<size_t>(check.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<unsigned long long>(message.size()), key.data(),
                       static_cast<size_t>(key.size()));
    return check;
}

bool KeyDerivation::matchesKeyCheck(const SecretBytes &key, const QByteArray &databaseId,
                                    const QByteArray &check)
{
    const QByteArray expected = keyCheck(key, databaseId);
    return check.size() == expected.size()
        && sodium_memcmp(expected.constData(), check.constData(), static_cast<size_t>(check.size())) == 0;
}

QByteArray KeyDerivation::randomBytes(int size)
{
    initSodium();
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return bytes;
}

} // namespace sotto
