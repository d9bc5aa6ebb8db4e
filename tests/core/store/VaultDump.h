// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"

#include <QStringList>

namespace sotto {
class Vault;
}

namespace sotto::test {

/// Every row of every table of the vault (its decrypted content, FTS tables and
/// schema included), as "table: quote(col)|quote(col)…" lines in a stable order:
/// two dumps are equal when the vault's content is. Vault thread.
VaultResult<QStringList> dumpVault(Vault &vault);

} // namespace sotto::test
