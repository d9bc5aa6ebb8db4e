// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"

#include <QString>

/// SQL for the text of `column` ("content" or "thinking") in the chunks of the
/// `messages` row in scope, joined in order; NULL when it has none. A string
/// literal, so that queries can be put together at compile time, as
/// MessageRepository's reading of a message not yet settled is.
#define SOTTO_CHUNKS_JOINED(column)                                                                          \
    "(SELECT group_concat(c." column ", '' ORDER BY c.seq) FROM message_chunks AS c "                        \
    "WHERE c.message_id = messages.id)"

/// SQL for the text of `column` in the segments of the `messages` row in scope
/// (schema version 13: an answer kept in segments, MessageChunks), joined in order;
/// NULL when it has none.
#define SOTTO_SEGMENTS_JOINED(column)                                                                        \
    "(SELECT group_concat(s." column ", '' ORDER BY s.seq) FROM message_segments AS s "                      \
    "WHERE s.message_id = messages.id)"

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
/// An answer longer than SegmentedAbove bytes (UTF-8, its text and thinking) is not
/// joined into its row: settle() moves its chunks, in order, into segments of about
/// SegmentBytes, cut after a line break or a space (schema version 13, table
/// message_segments), each indexed on its own, and marks the row `segmented`. So
/// storing and indexing a long answer holds one segment at a time, never the whole
/// answer. MessageRepository reads such a message's text as its stored text plus its
/// segments. What that costs search: the words of one query must all fall in one
/// segment of such an answer.
///
/// Static; vault thread; each call is one transaction, or part of the caller's
/// (without a savepoint: a failure fails the caller's transaction).
class MessageChunks final {
public:
    MessageChunks() = delete;

    /// Above this many bytes a message's text is kept in segments when it is settled.
    static constexpr qint64 SegmentedAbove = 1024 * 1024;
    /// About how many bytes of a column one segment holds (never more).
    static constexpr qsizetype SegmentBytes = 256 * 1024;

    /// Stores one chunk of `messageId` (NotFound if the message is gone).
    static VaultResult<void> append(Vault &vault, qint64 messageId, qint64 seq, const QString &content,
                                    const QString &thinking);
    /// Joins the chunks of one message (nothing to do when it has none).
    static VaultResult<void> settle(Vault &vault, qint64 messageId);
    /// Joins the chunks of every message; returns how many messages had some.
    static VaultResult<int> settleAll(Vault &vault);
};

} // namespace sotto
