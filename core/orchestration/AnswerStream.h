// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/ChatResult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

namespace sotto {

class AnswerStore;
class Backend;
class ChatStream;
class ConversationRedaction;
class StreamingRestorer;
struct ChatRequest;
struct SendContext;

/// One answer from request to stored row: sends one ChatRequest through a
/// Backend, holds the answer's text and reasoning (the one copy while it
/// streams; the view renders from the deltas), hands them to its AnswerStore in
/// batches (every 50 ms) and ends with exactly one finished(), after the store
/// has the final state. Without a store (incognito) nothing is kept.
///
/// A turn job composes one or more of these: Instant and Thinking one,
/// Contemplating one per agent plus the synthesis.
///
/// Thread of the Backend and the store. Destroying a running stream cancels the
/// request and leaves what arrived in the store, marked partial.
class AnswerStream final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerStream)

public:
    /// Deltas reach the store every 50 ms, or sooner once this many UTF-16 units
    /// (text and reasoning) wait: a fast stream then hands over many small batches
    /// rather than a few large ones, which would grow the heap with the stream's speed.
    static constexpr qsizetype MAX_BATCH = 16 * 1024;

    explicit AnswerStream(std::unique_ptr<AnswerStore> store, QObject *parent = nullptr);
    ~AnswerStream() override;

    /// Redacts what start() sends when `redaction` applies to the backend's URL, and
    /// restores the placeholders in the answer and its reasoning as they stream, so
    /// the deltas, text() and the store hold the originals. Before start().
    void setRedaction(std::shared_ptr<ConversationRedaction> redaction);
    /// Whether text() and thinking() keep the whole answer (the default). Without,
    /// each batch handed to the store leaves the stream, so it holds only what the
    /// store has not had yet: for a caller that takes the answer from the deltas
    /// and needs no copy at the end (`sotto ask` printing it). Before start().
    void setKeepsText(bool keeps);
    /// Sends `request`; the backend must outlive the stream.
    void start(Backend &backend, const ChatRequest &request, const SendContext &context);
    /// Stops the answer: what arrived is kept, stored as cancelled. Before
    /// start(), start() then finishes at once as cancelled, sending nothing.
    void cancel();
    /// Stops the answer as failed with `error` and `message` (an agent past its
    /// deadline): what arrived is kept, stored as an error.
    void stop(ChatError error, const QString &message);
    bool isRunning() const { return m_running; }

    const QString &text() const { return m_text; }
    const QString &thinking() const { return m_thinking; }
    /// Hands the text over (after finished()), leaving none behind.
    QString takeText() { return std::exchange(m_text, {}); }
    QString takeThinking() { return std::exchange(m_thinking, {}); }
    /// How the answer ended; a failure of the store turns a result into Failed.
    const ChatResult &result() const { return m_result; }

Q_SIGNALS:
    void textReceived(const QString &delta);
    void reasoningReceived(const QString &delta);
    void finished(const sotto::ChatResult &result);

private:
    void receiveText(const QString &delta);
    void receiveReasoning(const QString &delta);
    /// Hands the waiting deltas over now when they reach MAX_BATCH, else within 50 ms.
    void scheduleFlush();
    void flush();
    void onStreamFinished(const ChatResult &given);
    void end(const ChatResult &result);

    std::unique_ptr<AnswerStore> m_store;
    std::shared_ptr<ConversationRedaction> m_redaction;
    std::unique_ptr<StreamingRestorer> m_textRestorer; // set when the request was redacted
    std::unique_ptr<StreamingRestorer> m_thinkingRestorer;
    QPointer<ChatStream> m_stream;
    QTimer m_flush;
    QString m_text;
    QString m_thinking;
    qsizetype m_flushedText = 0; // how much of m_text the store has
    qsizetype m_flushedThinking = 0;
    ChatResult m_result;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_keepsText = true;
    std::optional<std::pair<ChatError, QString>> m_stopped; // why stop() ended it
};

} // namespace sotto
