// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ImportWriter.h"

#include "core/io/ConversationArchive.h"
#include "core/store/AgentLaneRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/Vault.h"

#include <QHash>

namespace sotto {

VaultResult<ImportWritten> ImportWriter::write(Vault &vault, const ConversationArchive &archive)
{
    ImportWritten written;
    auto transaction = vault.transaction();
    if (!transaction)
        return Unexpected<VaultFailure>(std::move(transaction).error());
    ConversationRepository conversations(vault);
    if (!archive.conversation.sourceId.isEmpty()) {
        auto existing = conversations.findBySource(archive.conversation.sourceId);
        if (!existing)
            return Unexpected<VaultFailure>(std::move(existing).error());
        if (*existing > 0) {
            written.duplicate = true;
            written.conversationId = *existing;
            return written;
        }
    }
    Conversation draft = archive.conversation;
    draft.id = 0;
    draft.incognito = false;
    auto conversation = conversations.create(draft);
    if (!conversation)
        return Unexpected<VaultFailure>(std::move(conversation).error());
    written.conversationId = conversation->id;

    MessageRepository messages(vault);
    QHash<qint64, qint64> ids; // the file's → the vault's
    for (const Message &m : archive.messages) {
        Message message = m;
        message.conversationId = conversation->id;
        message.parentId = m.parentId > 0 ? ids.value(m.parentId, 0) : 0;
        auto stored = messages.restore(message);
        if (!stored)
            return Unexpected<VaultFailure>(std::move(stored).error());
        ids.insert(m.id, stored->id);
        ++written.messages;
    }
    for (auto it = archive.choices.cbegin(); it != archive.choices.cend(); ++it) {
        if (const qint64 chosen = ids.value(it.value(), 0); chosen > 0) {
            if (auto chose = messages.choose(chosen); !chose)
                return Unexpected<VaultFailure>(std::move(chose).error());
        }
    }
    AgentLaneRepository lanes(vault);
    for (const AgentLane &l : archive.lanes) {
        AgentLane lane = l;
        lane.conversationId = conversation->id;
        lane.messageId = l.messageId > 0 ? ids.value(l.messageId, 0) : 0;
        if (auto restored = lanes.restore(lane); !restored)
            return Unexpected<VaultFailure>(std::move(restored).error());
    }
    if (auto committed = transaction->commit(); !committed)
        return Unexpected<VaultFailure>(std::move(committed).error());
    return written;
}

} // namespace sotto
