// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ImportWriter.h"

#include "core/io/ConversationArchive.h"
#include "core/store/AgentLaneRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/SqlQuery.h"
#include "core/store/Vault.h"

#include <QHash>

namespace sotto {

VaultResult<QList<ImportWritten>> ImportWriter::write(Vault &vault, const QList<ConversationArchive> &batch)
{
    QList<ImportWritten> written;
    written.reserve(batch.size());
    auto done = sql::inTransaction(vault, [&]() -> VaultResult<void> {
        for (const ConversationArchive &archive : batch) {
            auto one = writeOne(vault, archive);
            if (!one)
                return Unexpected<VaultFailure>(std::move(one).error());
            written << *one;
        }
        return {};
    });
    return std::move(done).transform([&] {
        return written;
    });
}

VaultResult<ImportWritten> ImportWriter::writeOne(Vault &vault, const ConversationArchive &archive)
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
    auto stored = messages.restore(conversation->id, archive.messages);
    if (!stored)
        return Unexpected<VaultFailure>(std::move(stored).error());
    const QHash<qint64, qint64> &ids = *stored;
    written.messages = int(archive.messages.size());
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
    return transaction->commit().transform([&] {
        return written;
    });
}

} // namespace sotto
