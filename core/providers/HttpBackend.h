// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/EgressRequest.h"
#include "core/providers/Backend.h"

#include <QCoreApplication>

namespace sotto {

class EgressGate;

/// The Backend of every HTTP provider. The wire protocol — OpenAI Chat
/// Completions, Anthropic Messages, Ollama /api/chat, Gemini
/// streamGenerateContent — is chosen by ProviderConfig::api: its request builder
/// (ProviderRequests.h) makes the bytes, EgressGate sends them, and its
/// StreamParser turns the answer into deltas. Errors become one sentence a user
/// can act on (ProviderErrors.h, plus a hint for local servers that are not
/// running). No retries: a retry resends data, so it is the user's decision.
///
/// Bounded: an answer (its text and reasoning together) stops at MAX_ANSWER_CHARS,
/// and a line or event over 8 MiB stops it too (the decoders' limit); what arrived
/// is kept and the answer ends as partial with a sentence saying why. Requests wait
/// at most timeouts() at each step (EgressTimeouts).
///
/// Lives on the gate's thread; the gate must outlive it and its streams.
class HttpBackend final : public Backend {
    Q_DECLARE_TR_FUNCTIONS(HttpBackend)

public:
    /// The most an answer may hold, text and reasoning together: 16 Mi characters.
    static constexpr qsizetype MAX_ANSWER_CHARS = 16 * 1024 * 1024;

    HttpBackend(ProviderConfig config, EgressGate &gate);

    /// For the requests sent from now on.
    void setTimeouts(const EgressTimeouts &timeouts) { m_timeouts = timeouts; }
    const EgressTimeouts &timeouts() const { return m_timeouts; }

    const ProviderConfig &config() const override { return m_config; }
    ChatStream *send(const ChatRequest &request, const SendContext &context) override;
    void listModels(QObject *context, std::function<void(ModelList)> done) override;
    /// OpenAI-compatible APIs only (TranscriptionRequests.h); the others answer at once
    /// that they have no transcription endpoint, and nothing is sent.
    void transcribe(const TranscriptionRequest &request, QObject *context,
                    std::function<void(Transcript)> done) override;

    /// "host" or "host:port" as the user knows the server.
    static QString displayHost(const QUrl &url);
    /// The sentence for a connection that was refused, with a hint for local servers.
    static QString connectionRefusedMessage(const ProviderConfig &config);

private:
    ProviderConfig resolvedConfig() const;

    ProviderConfig m_config;
    EgressGate &m_gate;
    EgressTimeouts m_timeouts;
};

} // namespace sotto
