// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/StreamingAppender.h"

#include "core/store/MessageChunks.h"
#include "core/store/MessageRepository.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreValues.h"
#include "core/store/Vault.h"

#include <QLoggingCategory>
#include <QTimer>

namespace sotto {

namespace {

/// `sotto.store.stream`: each commit of a streamed answer, by message id and
/// lengths only (never text). Off by default; the crash tests turn it on to know
/// that what was shown is in the vault before they kill the process.
Q_LOGGING_CATEGORY(lcStream, "sotto.store.stream", QtWarningMsg)

} // namespace

using namespace store;

StreamingAppender::StreamingAppender(Vault &vault, const Message &message, std::chrono::milliseconds interval)
    : m_vault(vault)
    , m_message(message)
    , m_interval(interval)
    , m_committedContent(message.content.size())
    , m_committedThinking(message.thinking.size())
    , m_timer(std::make_unique<QTimer>())
{
    // The draft's text, if any, is stored already.
    m_message.content = QString();
    m_message.thinking = QString();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    QObject::connect(m_timer.get(), &QTimer::timeout, m_timer.get(), [this]() {
        if (auto flushed = flush(); !flushed)
            m_lastError = flushed.error();
    });
}

VaultResult<std::unique_ptr<StreamingAppender>> StreamingAppender::begin(Vault &vault, const Message &draft,
                                                                         std::chrono::milliseconds interval)
{
    Message message = draft;
    message.status = MessageStatus::Partial;
    return MessageRepository(vault).append(message).transform([&](const Message &stored) {
        return std::unique_ptr<StreamingAppender>(new StreamingAppender(vault, stored, interval));
    });
}

StreamingAppender::~StreamingAppender()
{
    if (m_finished)
        return;
    // The answer ends here without a final status: keep what arrived, joined.
    if (!hasPending() || flush())
        (void)MessageChunks::settle(m_vault, m_message.id);
}

bool StreamingAppender::hasPending() const
{
    return !m_pendingContent.isEmpty() || !m_pendingThinking.isEmpty();
}

VaultResult<void> StreamingAppender::append(QStringView contentDelta, QStringView thinkingDelta)
{
    if (m_finished)
        return vaultError(VaultError::InvalidArgument, QStringLiteral("append after finish"));
    if (contentDelta.isEmpty() && thinkingDelta.isEmpty())
        return {};
    const bool wasPending = hasPending();
    m_pendingContent.append(contentDelta);
    m_pendingThinking.append(thinkingDelta);
    if (!wasPending) {
        m_sinceFirstPending.start();
        m_timer->start(m_interval);
    }
    if (m_sinceFirstPending.elapsed() >= m_interval.count()
        || m_pendingContent.size() + m_pendingThinking.size() >= MAX_PENDING)
        return flush();
    return {};
}

VaultResult<void> StreamingAppender::appendPending()
{
    return MessageChunks::append(m_vault, m_message.id, m_nextChunk, m_pendingContent, m_pendingThinking);
}

void StreamingAppender::notePendingCommitted()
{
    m_committedContent += m_pendingContent.size();
    m_committedThinking += m_pendingThinking.size();
    // Keeps the buffers' capacity for the next batch, unless one large delta grew it.
    for (QString *pending : {&m_pendingContent, &m_pendingThinking}) {
        if (pending->capacity() > 2 * MAX_PENDING)
            *pending = QString();
        else
            pending->resize(0);
    }
    qCInfo(lcStream).noquote() << "message" << m_message.id << "committed:" << m_committedContent << "text,"
                               << m_committedThinking << "thinking characters";
    ++m_nextChunk;
    m_timer->stop();
    m_lastError.reset();
}

VaultResult<void> StreamingAppender::flush()
{
    if (m_finished || !hasPending())
        return {};
    if (auto appended = appendPending(); !appended)
        return appended;
    notePendingCommitted();
    return {};
}

VaultResult<Message> StreamingAppender::finish(MessageStatus status, const QString &errorText,
                                               const std::optional<Usage> &usage)
{
    if (m_finished)
        return vaultError(VaultError::InvalidArgument, QStringLiteral("finish twice"));
    const qint64 now = nowMs();
    const QString stored = storedStatus(status);
    const bool pending = hasPending();
    auto written = sql::inTransaction(m_vault, [&]() -> VaultResult<void> {
        if (pending) {
            if (auto appended = appendPending(); !appended)
                return appended;
        }
        if (auto settled = MessageChunks::settle(m_vault, m_message.id); !settled)
            return settled;
        if (auto updated
            = sql::run(m_vault,
                       "UPDATE messages SET updated_at = ?1, status = ?2, error_text = ?3, "
                       "input_tokens = ?4, output_tokens = ?5 WHERE id = ?6",
                       {now, stored, errorText, inputTokens(usage), outputTokens(usage), m_message.id});
            !updated)
            return updated;
        if (m_vault.changes() == 0)
            return vaultError(VaultError::NotFound, QStringLiteral("the streamed message was deleted"));
        return sql::run(m_vault, "UPDATE conversations SET updated_at = max(updated_at, ?1) WHERE id = ?2",
                        {now, m_message.conversationId});
    });
    return std::move(written).transform([&] {
        if (pending)
            notePendingCommitted();
        m_finished = true;
        m_message.status = statusFromStored(stored);
        m_message.errorText = errorText;
        m_message.usage = usage;
        m_message.updatedAt = fromMs(now);
        m_vault.pendingChanges().messages.insert(m_message.conversationId);
        m_vault.pendingChanges().conversations = true;
        return m_message;
    });
}

} // namespace sotto
