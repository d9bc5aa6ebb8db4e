// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/AnswerStream.h"

#include "core/orchestration/AnswerStore.h"
#include "core/orchestration/ConversationRedaction.h"
#include "core/privacy/StreamingRestorer.h"
#include "core/providers/Backend.h"
#include "core/providers/ChatRequest.h"
#include "core/providers/ChatStream.h"
#include "core/types/ProviderConfig.h"

namespace sotto {

namespace {

/// Deltas reach the store in batches this often, or at MAX_BATCH (the vault
/// commits them at least every 250 ms).
constexpr int FLUSH_INTERVAL_MS = 50;

} // namespace

AnswerStream::AnswerStream(std::unique_ptr<AnswerStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    m_flush.setInterval(FLUSH_INTERVAL_MS);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &AnswerStream::flush);
}

AnswerStream::~AnswerStream()
{
    if (m_running && m_store) {
        // Keep what arrived; the request ends with the stream below.
        if (m_textRestorer)
            m_text += m_textRestorer->finish();
        if (m_thinkingRestorer)
            m_thinking += m_thinkingRestorer->finish();
        flush();
        m_store->abandon();
    }
    delete m_stream;
}

void AnswerStream::start(Backend &backend, const ChatRequest &request, const SendContext &context)
{
    Q_ASSERT(!m_running);
    m_running = true;
    if (m_cancelled) {
        ChatResult result;
        result.status = ChatResult::Status::Cancelled;
        result.error = ChatError::Cancelled;
        // Never from inside start(): callers connect after starting.
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                onStreamFinished(result);
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_redaction && m_redaction->appliesTo(backend.config())) {
        ChatRequest redacted = request;
        SendContext counted = context;
        counted.redactions = m_redaction->apply(redacted);
        m_textRestorer = std::make_unique<StreamingRestorer>(m_redaction->map());
        m_thinkingRestorer = std::make_unique<StreamingRestorer>(m_redaction->map());
        m_stream = backend.send(redacted, counted);
    } else {
        m_stream = backend.send(request, context);
    }
    m_stream->setParent(this);
    connect(m_stream, &ChatStream::textReceived, this, [this](const QString &delta) {
        receiveText(m_textRestorer ? m_textRestorer->feed(delta) : delta);
    });
    connect(m_stream, &ChatStream::reasoningReceived, this, [this](const QString &delta) {
        receiveReasoning(m_thinkingRestorer ? m_thinkingRestorer->feed(delta) : delta);
    });
    connect(m_stream, &ChatStream::finished, this, &AnswerStream::onStreamFinished);
}

void AnswerStream::setRedaction(std::shared_ptr<ConversationRedaction> redaction)
{
    Q_ASSERT(!m_running);
    m_redaction = std::move(redaction);
}

void AnswerStream::setKeepsText(bool keeps)
{
    Q_ASSERT(!m_running);
    m_keepsText = keeps;
}

void AnswerStream::receiveText(const QString &delta)
{
    if (delta.isEmpty())
        return; // a restorer holding back the start of a placeholder
    m_text += delta;
    scheduleFlush();
    Q_EMIT textReceived(delta);
}

void AnswerStream::receiveReasoning(const QString &delta)
{
    if (delta.isEmpty())
        return;
    m_thinking += delta;
    scheduleFlush();
    Q_EMIT reasoningReceived(delta);
}

void AnswerStream::cancel()
{
    m_cancelled = true;
    if (m_stream)
        m_stream->cancel();
}

void AnswerStream::stop(ChatError error, const QString &message)
{
    if (!m_stopped && !m_cancelled)
        m_stopped = std::pair{error, message};
    cancel();
}

void AnswerStream::scheduleFlush()
{
    if (m_text.size() - m_flushedText + m_thinking.size() - m_flushedThinking >= MAX_BATCH)
        flush();
    else if (!m_flush.isActive())
        m_flush.start();
}

void AnswerStream::flush()
{
    m_flush.stop();
    if (m_flushedText == m_text.size() && m_flushedThinking == m_thinking.size())
        return;
    if (!m_keepsText) {
        // Handed over whole, shared rather than copied; the next delta starts afresh.
        const QString text = std::exchange(m_text, {});
        const QString thinking = std::exchange(m_thinking, {});
        if (m_store)
            m_store->append(text, thinking);
        return;
    }
    if (m_store)
        m_store->append(m_text.mid(m_flushedText), m_thinking.mid(m_flushedThinking));
    m_flushedText = m_text.size();
    m_flushedThinking = m_thinking.size();
}

void AnswerStream::onStreamFinished(const ChatResult &given)
{
    // What a restorer still held was no placeholder after all: it is answer text.
    if (m_textRestorer)
        receiveText(m_textRestorer->finish());
    if (m_thinkingRestorer)
        receiveReasoning(m_thinkingRestorer->finish());
    flush();
    ChatResult result = given;
    if (m_stopped && result.status == ChatResult::Status::Cancelled) {
        result.status = ChatResult::Status::Failed;
        result.error = m_stopped->first;
        result.message = m_stopped->second;
    }
    if (m_stream)
        m_stream->deleteLater();
    if (!m_store) {
        end(result);
        return;
    }
    const QString errorText = result.isComplete() ? QString() : result.message;
    m_store->finish(result.messageStatus(), errorText, result.usage, this,
                    [this, result](VaultResult<void> stored) {
                        if (stored) {
                            end(result);
                            return;
                        }
                        ChatResult failed = result;
                        failed.status = ChatResult::Status::Failed;
                        failed.error = ChatError::Other;
                        failed.message = stored.error().message;
                        end(failed);
                    });
}

void AnswerStream::end(const ChatResult &result)
{
    m_running = false;
    m_result = result;
    Q_EMIT finished(result);
}

} // namespace sotto
