// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"
#include "core/types/Message.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringView>

#include <chrono>
#include <memory>
#include <optional>

class QTimer;

namespace sotto {

class Vault;

/// Persists an answer while it streams (DESIGN.md invariant 7). begin() inserts
/// the message with status `partial`; deltas are buffered and committed in
/// batches, at the latest `interval` (250 ms) after the first uncommitted delta
/// or once MAX_PENDING is buffered: on the next append() once due, and by a timer
/// when the thread runs an event loop. A commit appends only what arrived since the last one, as one row of
/// message_chunks (MessageChunks), so storing an answer costs time and bytes in
/// proportion to its length, however long it grows, and nothing is indexed for
/// search while it streams. finish() commits the rest and, in the same
/// transaction, joins the chunks into the message's content and thinking —
/// indexed once, there — with the final status.
///
/// If the process dies, every committed batch is in the vault: readers
/// (MessageRepository) see the message's text with its chunks, marked Partial,
/// and the next Vault::open() joins and indexes them. Destroying an unfinished
/// appender commits what is pending and joins it; the message stays Partial.
///
/// It holds only the text not yet committed, never the whole answer: the answer's
/// text is held once, by whoever streams it, and the rest is in the vault.
///
/// Vault thread only; must not outlive the vault. Not copyable or movable.
class StreamingAppender final {
public:
    static constexpr std::chrono::milliseconds DEFAULT_INTERVAL{250};
    /// Pending text (UTF-16 units, content and thinking) that is committed at once,
    /// before the interval: a fast stream would otherwise buffer megabytes between
    /// two commits.
    static constexpr qsizetype MAX_PENDING = 128 * 1024;

    /// Stores `draft` (usually an empty assistant message) as partial.
    static VaultResult<std::unique_ptr<StreamingAppender>>
    begin(Vault &vault, const Message &draft, std::chrono::milliseconds interval = DEFAULT_INTERVAL);
    ~StreamingAppender();
    StreamingAppender(const StreamingAppender &) = delete;
    StreamingAppender &operator=(const StreamingAppender &) = delete;

    /// Adds text; commits when the oldest uncommitted delta is `interval` old or
    /// MAX_PENDING is buffered.
    /// An error is that of a failed commit (disk full…): the text stays buffered
    /// and the next append(), flush() or finish() tries again.
    VaultResult<void> append(QStringView contentDelta, QStringView thinkingDelta = {});
    /// Commits what is buffered now.
    VaultResult<void> flush();
    /// Commits everything with the final status (Complete, Error, Cancelled or
    /// Partial) and returns the stored message without its text (content and
    /// thinking are empty: read them from the vault if needed). The appender is
    /// done afterwards.
    VaultResult<Message> finish(MessageStatus status, const QString &errorText = {},
                                const std::optional<Usage> &usage = std::nullopt);

    qint64 messageId() const { return m_message.id; }
    qint64 conversationId() const { return m_message.conversationId; }
    /// How much of the content and thinking is committed (in UTF-16 units).
    qsizetype committedContentLength() const { return m_committedContent; }
    qsizetype committedThinkingLength() const { return m_committedThinking; }
    bool hasPending() const;
    bool isFinished() const { return m_finished; }
    /// The error of the last failed timer-driven commit, if any.
    const std::optional<VaultFailure> &lastError() const { return m_lastError; }

private:
    StreamingAppender(Vault &vault, const Message &message, std::chrono::milliseconds interval);
    /// Appends what is pending as one chunk (in the caller's transaction, if any).
    VaultResult<void> appendPending();
    void notePendingCommitted();

    Vault &m_vault;
    Message m_message; // without its text
    QString m_pendingContent; // appended, not yet committed
    QString m_pendingThinking;
    std::chrono::milliseconds m_interval;
    qsizetype m_committedContent = 0;
    qsizetype m_committedThinking = 0;
    qint64 m_nextChunk = 0;
    QElapsedTimer m_sinceFirstPending;
    std::unique_ptr<QTimer> m_timer;
    std::optional<VaultFailure> m_lastError;
    bool m_finished = false;
};

} // namespace sotto
