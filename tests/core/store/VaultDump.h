// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"

#include <QList>
#include <QStringList>

namespace sotto {
class Vault;
}

namespace sotto::test {

/// Every row of every table of the vault (its decrypted content, FTS tables and
/// schema included), as "table: quote(col)|quote(col)…" lines in a stable order:
/// two dumps are equal when the vault's content is. Vault thread.
VaultResult<QStringList> dumpVault(Vault &vault);

/// How many messages each stored conversation holds (every version counted), in
/// the sidebar's order: an import's conversations are whole when each has all of
/// its messages. Vault thread.
VaultResult<QList<int>> conversationSizes(Vault &vault);

} // namespace sotto::test
