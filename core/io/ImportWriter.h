// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"

namespace sotto {

class Vault;
struct ConversationArchive;

/// What writing one imported conversation did.
struct ImportWritten {
    bool duplicate = false; // its source id was already in the vault: nothing written
    qint64 conversationId = 0;
    int messages = 0;
};

/// Stores one imported conversation in one transaction: the conversation with its
/// times and source id, its messages (new ids, parents mapped, times kept), the
/// versions chosen and the agent lanes — or nothing, when a conversation with the
/// same source id is already stored. Vault thread.
class ImportWriter final {
public:
    ImportWriter() = delete;

    /// `archive`'s ids are the file's; messages come parents first.
    static VaultResult<ImportWritten> write(Vault &vault, const ConversationArchive &archive);
};

} // namespace sotto
