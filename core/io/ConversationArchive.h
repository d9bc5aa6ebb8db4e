// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/AgentLaneRepository.h"
#include "core/store/VaultError.h"
#include "core/types/Conversation.h"
#include "core/types/Message.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace sotto {

class Vault;

/// A message of the visible path, with which of its versions it is.
struct ShownMessage {
    Message message;
    int version = 1; // 1-based
    int versionCount = 1;
};

/// Everything of one conversation an export writes: the whole message tree
/// (every version of every message, their reasoning, usage and images with
/// their bytes), Contemplating's agent lanes, and the versions the user chose
/// to see. A value; read on the vault's thread, written anywhere.
struct ConversationArchive {
    Conversation conversation;
    QList<Message> messages; // every message, any version, oldest first
    QList<AgentLane> lanes;
    QHash<qint64, qint64> choices; // as stored: parent id (0: the first message) → the chosen child

    /// The conversation as the window shows it: the chosen version of each message.
    QList<Message> visible() const;
    /// visible(), with each message's version and how many there are.
    QList<ShownMessage> shown() const;
    /// The messages that are the version shown at their place in the tree (on
    /// the visible path or not): the stored choice among their siblings, else the newest.
    QSet<qint64> chosenIds() const;
    /// Stores in `choices` the versions that `path` (the messages the user last saw)
    /// passes through, where that is not the newest, which is shown without a choice.
    void chooseVersionsOn(const QSet<qint64> &path);
    /// The lanes of the answer `messageId`, by round and agent.
    QList<AgentLane> lanesOf(qint64 messageId) const;

    /// Reads conversation `id` (a NotFound error when there is none). Vault thread.
    static VaultResult<ConversationArchive> read(Vault &vault, qint64 id);
    /// Every stored conversation's id, in the sidebar's order. Vault thread.
    static VaultResult<QList<qint64>> allIds(Vault &vault);
};

} // namespace sotto
