// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/StreamingAppender.h"

#include "core/store/MessageRepository.h"
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
    auto stored = MessageRepository(vault).append(message);
    if (!stored)
        return Unexpected<VaultFailure>(std::move(stored).error());
    return std::unique_ptr<StreamingAppender>(new StreamingAppender(vault, *stored, interval));
}

StreamingAppender::~StreamingAppender()
{
    if (!m_finished && hasPending())
        (void)flush();
}

bool StreamingAppender::hasPending() const
{
    return m_committedContent != m_message.content.size() || m_committedThinking != m_message.thinking.size();
}

VaultResult<void> StreamingAppender::append(QStringView contentDelta, QStringView thinkingDelta)
{
    if (m_finished)
        return vaultError(VaultError::InvalidArgument, QStringLiteral("append after finish"));
    if (contentDelta.isEmpty() && thinkingDelta.isEmpty())
        return {};
    const bool wasPending = hasPending();
    m_message.content.append(contentDelta);
    m_message.thinking.append(thinkingDelta);
    const std::chrono::milliseconds interval
        = intervalFor(m_message.content.size() + m_message.thinking.size(), m_interval);
    if (!wasPending) {
        m_sinceFirstPending.start();
        m_timer->start(interval);
    }
    if (m_sinceFirstPending.elapsed() >= interval.count())
        return flush();
    return {};
}

std::chrono::milliseconds StreamingAppender::intervalFor(qsizetype length, std::chrono::milliseconds interval)
{
    constexpr qsizetype STEP = 16384;
    const std::chrono::milliseconds grown = interval * std::max<qsizetype>(1, (length + STEP - 1) / STEP);
    return std::max(interval, std::min(grown, LONGEST_INTERVAL));
}

VaultResult<void> StreamingAppender::flush()
{
    if (m_finished || !hasPending())
        return {};
    return commit(nullptr, nullptr, nullptr);
}

VaultResult<Message> StreamingAppender::finish(MessageStatus status, const QString &errorText,
                                               const std::optional<Usage> &usage)
{
    if (m_finished)
        return vaultError(VaultError::InvalidArgument, QStringLiteral("finish twice"));
    const QString stored = storedStatus(status);
    if (auto committed = commit(&stored, &errorText, &usage); !committed)
        return Unexpected<VaultFailure>(std::move(committed).error());
    m_finished = true;
    m_message.status = statusFromStored(stored);
    m_message.errorText = errorText;
    m_message.usage = usage;
    return m_message;
}

VaultResult<void> StreamingAppender::commit(const QString *status, const QString *errorText,
                                            const std::optional<Usage> *usage)
{
    const qint64 now = nowMs();
    VaultResult<SqlStatement> update = status
        ? m_vault.prepare("UPDATE messages SET content = ?1, thinking = ?2, updated_at = ?3, status = ?4, "
                          "error_text = ?5, input_tokens = ?6, output_tokens = ?7 WHERE id = ?8")
        : m_vault.prepare("UPDATE messages SET content = ?1, thinking = ?2, updated_at = ?3 WHERE id = ?8");
    if (!update)
        return Unexpected<VaultFailure>(std::move(update).error());
    update->bind(1, m_message.content).bind(2, m_message.thinking).bind(3, now).bind(8, m_message.id);
    if (status) {
        update->bind(4, *status).bind(5, *errorText);
        if (*usage)
            update->bind(6, (*usage)->inputTokens).bind(7, (*usage)->outputTokens);
        else
            update->bindNull(6).bindNull(7);
    }
    auto transaction = m_vault.transaction();
    if (!transaction)
        return Unexpected<VaultFailure>(std::move(transaction).error());
    if (auto ran = update->run(); !ran)
        return ran;
    if (m_vault.changes() == 0)
        return vaultError(VaultError::NotFound, QStringLiteral("the streamed message was deleted"));
    if (status) {
        auto touch
            = m_vault.prepare("UPDATE conversations SET updated_at = max(updated_at, ?1) WHERE id = ?2");
        if (!touch)
            return Unexpected<VaultFailure>(std::move(touch).error());
        touch->bind(1, now).bind(2, m_message.conversationId);
        if (auto ran = touch->run(); !ran)
            return ran;
    }
    if (auto committed = transaction->commit(); !committed)
        return committed;
    m_committedContent = m_message.content.size();
    m_committedThinking = m_message.thinking.size();
    qCInfo(lcStream).noquote() << "message" << m_message.id << "committed:" << m_committedContent << "text,"
                               << m_committedThinking << "thinking characters";
    m_message.updatedAt = fromMs(now);
    m_timer->stop();
    m_lastError.reset();
    if (status) {
        m_vault.pendingChanges().messages.insert(m_message.conversationId);
        m_vault.pendingChanges().conversations = true;
    }
    return {};
}

} // namespace sotto
