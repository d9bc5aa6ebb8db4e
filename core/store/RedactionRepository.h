// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sotto {

class Vault;

/// What redaction keeps in the vault: the user's terms (names, a company, code
/// names) and each conversation's placeholder map, as the JSON RedactionMap writes
/// (the store does not read it). A deleted conversation's map goes with it.
/// Synchronous; vault thread.
class RedactionRepository final {
public:
    explicit RedactionRepository(Vault &vault);

    /// The terms, in the order they were added.
    VaultResult<QStringList> terms();
    /// Adds `term` (trimmed); false when it is blank or already there, ignoring case.
    VaultResult<bool> addTerm(const QString &term);
    /// Removes `term`, ignoring case; false when it was not there.
    VaultResult<bool> removeTerm(const QString &term);

    /// The map of `conversationId`; empty when it has none yet.
    VaultResult<QByteArray> map(qint64 conversationId);
    VaultResult<void> saveMap(qint64 conversationId, const QByteArray &json);

private:
    Vault &m_vault;
};

} // namespace sotto
