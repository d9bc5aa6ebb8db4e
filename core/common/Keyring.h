// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace sotto {

enum class KeyringError {
    Unavailable, // no keyring service on this system (or it is locked and refused)
    NotFound, // nothing remembered for this vault
    Denied, // the user or the service refused access
    Failed,
};

/// Remembers a vault's passphrase in the operating system's keyring (Secret
/// Service, KWallet, Keychain, Credential Manager) when the user opts in. There
/// is never a plaintext fallback: without a keyring, remembering fails and says
/// so. Entries are keyed by the vault's folder. Asynchronous; each callback runs
/// once on `context`'s thread (not at all if `context` is gone).
///
/// A remembered passphrase leaves an empty marker file, `keyring`, in the vault's
/// folder (it says only that the keyring holds something for this vault), so that
/// starting up asks the keyring only for vaults that were opted in and never
/// wakes a keyring service for anyone else.
class Keyring final {
    Q_DECLARE_TR_FUNCTIONS(Keyring)

public:
    using Done = std::function<void(Expected<void, Error<KeyringError>>)>;
    using Found = std::function<void(Expected<QByteArray, Error<KeyringError>>)>;

    static void remember(const QString &profileDirectory, const QByteArray &passphrase, QObject *context,
                         Done done);
    static void recall(const QString &profileDirectory, QObject *context, Found found);
    static void forget(const QString &profileDirectory, QObject *context, Done done);
    /// Whether remember() succeeded for this vault and forget() has not run since.
    static bool isRemembered(const QString &profileDirectory);
};

} // namespace sotto
