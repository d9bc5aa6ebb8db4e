// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"
#include "core/providers/ChatRequest.h"
#include "core/types/ChatResult.h"
#include "core/types/ModelCatalog.h"
#include "core/types/ProviderConfig.h"

#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace sotto {

class ChatStream;
struct TranscriptionRequest;

/// Where a chat call belongs, for the policy and the audit.
struct SendContext {
    qint64 conversationId = 0; // 0 for an incognito conversation or a one-off ask
    QString turnId; // shared by the requests of one turn
    std::optional<Mode> turnMode; // for the audit when it differs from the request's (Contemplating's agents)
    bool localOnly = false; // the conversation's "local only" flag
    int historySent = 0; // for the audit: messages carried, the question included
    int historyWithheld = 0; // and earlier messages left out to fit the context budget
    int redactions = 0; // for the audit: personal data replaced by placeholders (docs/PRIVACY.md)
};

/// A model provider that answers chat requests as a stream (STYLE.md): send()
/// returns a ChatStream with deltas, exactly one finished() and cancel().
/// Implementations send every byte through EgressGate.
class Backend {
public:
    using ModelList = Expected<ModelCatalog, Error<ChatError>>;
    /// A transcript, or why there is none (Blocked with the policy's reason, an HTTP
    /// error as one sentence, Other for an API without a transcription endpoint).
    using Transcript = Expected<QString, Error<ChatError>>;

    virtual ~Backend();

    virtual const ProviderConfig &config() const = 0;
    /// Starts one answer. The caller owns the stream.
    [[nodiscard]] virtual ChatStream *send(const ChatRequest &request, const SendContext &context) = 0;
    /// Asks the provider for its models and the context length of each where its API
    /// reports one; `done` runs once on `context`'s thread.
    virtual void listModels(QObject *context, std::function<void(ModelList)> done) = 0;
    /// Sends a clip of speech for transcription (purpose `transcription` in the
    /// audit); `done` runs once on `context`'s thread unless `context` is gone
    /// (which cancels the request).
    virtual void transcribe(const TranscriptionRequest &request, QObject *context,
                            std::function<void(Transcript)> done)
        = 0;

protected:
    Backend() = default;
    Q_DISABLE_COPY_MOVE(Backend)
};

} // namespace sotto
