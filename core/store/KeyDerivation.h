// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/SecretBytes.h"
#include "core/store/VaultError.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sotto {

/// Argon2id parameters, stored in vault.header so a vault created with other
/// limits still opens. A plain value.
struct KdfParams {
    static constexpr int SALT_BYTES = 16;

    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes
    QByteArray salt; // SALT_BYTES random bytes

    /// libsodium's MODERATE limits (≈0.4 s and 256 MiB here): the default.
    static KdfParams moderate();
    /// libsodium's INTERACTIVE limits (≈0.05 s, 64 MiB): tests and automation only.
    static KdfParams interactive();
    /// What create() uses when not told: moderate(), unless the environment
    /// variable SOTTO_KDF=interactive asks for the fast, weaker limits (a knob for
    /// tests and automation; it is read only when a vault is created).
    static KdfParams forNewVault();

    /// Limits within what libsodium accepts and a salt of the right size.
    bool isValid() const;

    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

/// Turns a passphrase into the vault's 256-bit key and computes the header's key
/// check. Pure functions; thread-safe; derive() takes as long as the limits say,
/// so never call it on the GUI thread.
class KeyDerivation final {
    Q_DECLARE_TR_FUNCTIONS(sotto::KeyDerivation)

public:
    static constexpr int KEY_BYTES = 32;
    static constexpr int KEY_CHECK_BYTES = 32;

    static VaultResult<SecretBytes> derive(const SecretBytes &passphrase, const KdfParams &params);

    /// A keyed BLAKE2b of the database id: lets open() tell a wrong passphrase from
    /// a right one without reading the database, and reveals nothing about the key.
    static QByteArray keyCheck(const SecretBytes &key, const QByteArray &databaseId);
    static bool matchesKeyCheck(const SecretBytes &key, const QByteArray &databaseId,
                                const QByteArray &check);

    static QByteArray randomBytes(int size);
};

} // namespace sotto
