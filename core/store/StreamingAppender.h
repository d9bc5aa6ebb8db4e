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
/// — longer for a long answer (intervalFor(): each commit rewrites the whole
/// message, so the wait grows with it, up to 5 s, and the cost of storing an
/// answer stays about proportional to its length):
/// on the next append() once due, and by a timer when the thread runs an event
/// loop; finish() commits the rest with the final status. If the process dies,
/// every committed batch is in the vault and the message reads as Partial —
/// there is no recovery step. Destroying an unfinished appender commits what is
/// pending and leaves the message Partial.
///
/// Vault thread only; must not outlive the vault. Not copyable or movable.
class StreamingAppender final {
public:
    static constexpr std::chrono::milliseconds DEFAULT_INTERVAL{250};
    static constexpr std::chrono::milliseconds LONGEST_INTERVAL{5000};
    /// The wait before committing a message of `length` UTF-16 units: `interval`
    /// up to 16,384, then that much more for every further 16,384, at most
    /// LONGEST_INTERVAL (or `interval`, if that is longer).
    static std::chrono::milliseconds intervalFor(qsizetype length, std::chrono::milliseconds interval);

    /// Stores `draft` (usually an empty assistant message) as partial.
    static VaultResult<std::unique_ptr<StreamingAppender>>
    begin(Vault &vault, const Message &draft, std::chrono::milliseconds interval = DEFAULT_INTERVAL);
    ~StreamingAppender();
    StreamingAppender(const StreamingAppender &) = delete;
    StreamingAppender &operator=(const StreamingAppender &) = delete;

    /// Adds text; commits when the oldest uncommitted delta is `interval` old.
    /// An error is that of a failed commit (disk full…): the text stays buffered
    /// and the next append(), flush() or finish() tries again.
    VaultResult<void> append(QStringView contentDelta, QStringView thinkingDelta = {});
    /// Commits what is buffered now.
    VaultResult<void> flush();
    /// Commits everything with the final status (Complete, Error, Cancelled or
    /// Partial) and returns the stored message. The appender is done afterwards.
    VaultResult<Message> finish(MessageStatus status, const QString &errorText = {},
                                const std::optional<Usage> &usage = std::nullopt);

    qint64 messageId() const { return m_message.id; }
    qint64 conversationId() const { return m_message.conversationId; }
    const QString &content() const { return m_message.content; }
    const QString &thinking() const { return m_message.thinking; }
    /// How much of the content and thinking is committed (in UTF-16 units).
    qsizetype committedContentLength() const { return m_committedContent; }
    qsizetype committedThinkingLength() const { return m_committedThinking; }
    bool hasPending() const;
    bool isFinished() const { return m_finished; }
    /// The error of the last failed timer-driven commit, if any.
    const std::optional<VaultFailure> &lastError() const { return m_lastError; }

private:
    StreamingAppender(Vault &vault, const Message &message, std::chrono::milliseconds interval);
    VaultResult<void> commit(const QString *status, const QString *errorText,
                             const std::optional<Usage> *usage);

    Vault &m_vault;
    Message m_message;
    std::chrono::milliseconds m_interval;
    qsizetype m_committedContent = 0;
    qsizetype m_committedThinking = 0;
    QElapsedTimer m_sinceFirstPending;
    std::unique_ptr<QTimer> m_timer;
    std::optional<VaultFailure> m_lastError;
    bool m_finished = false;
};

} // namespace sotto
