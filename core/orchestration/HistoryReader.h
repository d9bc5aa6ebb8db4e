// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"
#include "core/types/Message.h"
#include "core/types/MessageNode.h"

#include <QList>

namespace sotto {

class Vault;

/// What HistoryReader::read() took from the vault.
struct ReadHistory {
    QList<Message> messages; // in path order
    int unread = 0; // older messages left unread: they could not fit the budget
};

/// Reads, on the vault's thread, the part of a conversation's path that a turn's
/// request can carry (ContextBudget): its system messages, and from the newest
/// back as many messages as could fit the budget — one more than fit, so
/// ContextBudget::fit() decides exactly as it would over the whole path. A
/// conversation of 50,000 messages costs what its last few dozen cost.
class HistoryReader final {
public:
    /// `budget` in tokens (≤ 0: everything is read); `alwaysSent`: the tokens of
    /// the system prompt and of a new question (not in `path`).
    static VaultResult<ReadHistory> read(Vault &vault, const QList<PathEntry> &path, qint64 budget,
                                         qint64 alwaysSent);

    HistoryReader() = delete;
};

} // namespace sotto
