// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"

#include <QList>

namespace sotto {

class Vault;
struct ConversationArchive;

/// What writing one imported conversation did.
struct ImportWritten {
    bool duplicate = false; // its source id was already in the vault: nothing written
    qint64 conversationId = 0;
    int messages = 0;
};

/// Stores imported conversations: each one whole — the conversation with its times
/// and source id, its messages (new ids, parents mapped, times kept), the versions
/// chosen and the agent lanes — or nothing, when a conversation with the same
/// source id is already stored. Vault thread.
class ImportWriter final {
public:
    ImportWriter() = delete;

    /// Stores `batch` in one transaction, each conversation in its own savepoint:
    /// all of them, or (on any failure) none. One commit for a batch of small
    /// conversations instead of one each spares the disk a flush and SQLCipher a
    /// rewrite of the same pages per conversation. An archive's ids are the file's;
    /// its messages come parents first.
    static VaultResult<QList<ImportWritten>> write(Vault &vault, const QList<ConversationArchive> &batch);

private:
    static VaultResult<ImportWritten> writeOne(Vault &vault, const ConversationArchive &archive);
};

} // namespace sotto
