// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"

#include <QString>

/// SQL for the text of `column` ("content" or "thinking") in the chunks of the
/// `messages` row in scope, joined in order; NULL when it has none. A string
/// literal, so that queries can be put together at compile time. Shared by
/// settleAll() and MessageRepository's reading of a message not yet settled.
#define SOTTO_CHUNKS_JOINED(column)                                                                          \
    "(SELECT group_concat(c." column ", '' ORDER BY c.seq) FROM message_chunks AS c "                        \
    "WHERE c.message_id = messages.id)"

namespace sotto {

class Vault;

/// The appended chunks of answers being streamed (schema version 5, table
/// message_chunks). While an answer streams, StreamingAppender stores each
/// commit's delta as one chunk, so a commit costs its delta and nothing is
/// re-indexed; settle() then joins a message's chunks, in order, onto its
/// content and thinking — which the search triggers index, once — and deletes
/// them. Who settles:
/// - StreamingAppender, when the answer ends (finish(), or its destruction);
/// - Vault::open(), for every message a crash or kill left with chunks;
/// - SearchRepository, before it searches, so it finds what is streaming;
/// - MessageRepository, before it gives a message a final status.
/// Only a `partial` message has chunks. Until it is settled, MessageRepository
/// reads such a message's text as its stored text plus its chunks.
///
/// Static; vault thread; each call is one transaction (or a savepoint in the
/// caller's).
class MessageChunks final {
public:
    MessageChunks() = delete;

    /// Stores one chunk of `messageId` (NotFound if the message is gone).
    static VaultResult<void> append(Vault &vault, qint64 messageId, qint64 seq, const QString &content,
                                    const QString &thinking);
    /// Joins the chunks of one message (nothing to do when it has none).
    static VaultResult<void> settle(Vault &vault, qint64 messageId);
    /// Joins the chunks of every message; returns how many messages had some.
    static VaultResult<int> settleAll(Vault &vault);
};

} // namespace sotto
