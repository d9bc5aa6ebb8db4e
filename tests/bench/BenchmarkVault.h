// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/Vault.h"

#include <QString>

#include <memory>

namespace sotto {

/// Benchmarks only (sotto_bench_support, which no shipped target links): opens
/// Vault's schema and code path on an UNENCRYPTED database, so BenchVault can
/// tell what encryption costs. Never for user data.
class BenchmarkVault final {
public:
    /// The unencrypted vault `plain.db` in `directory` (both created when missing).
    static VaultResult<std::unique_ptr<Vault>> openUnencrypted(const QString &directory);
};

} // namespace sotto
