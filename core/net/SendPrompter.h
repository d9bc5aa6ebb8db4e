// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/EgressRequest.h"
#include "core/types/AuditRecord.h"

#include <QString>
#include <QtGlobal>

#include <functional>

class QObject;

namespace sotto {

/// What the user is asked about before a request leaves ("ask before sending").
struct SendQuestion {
    QString provider;
    QString purpose;
    QString host;
    Destination destination = Destination::Internet;
    QString url; // masked, as the audit will store it
    // `destination` is as the URL says it: the question comes before any lookup.
    qint64 bodyBytes = 0;
    EgressContentSummary summary;
};

/// What `question`'s request carries, one line each, translated: the model, the
/// characters of text, the messages sent and left out, the images and their bytes,
/// the redactions (lines with nothing to say are left out). For the prompters.
QString describeContent(const SendQuestion &question);

/// The user's answer to a SendQuestion.
enum class SendDecision {
    Decline,
    Send,
    /// Send, and stop asking about this provider at this address (scheme, host and
    /// port): the gate adds it to EgressPolicy::askExempt, which the session keeps.
    SendAndStopAsking,
};

/// The "ask before sending" hook: the GUI shows a dialog, the CLI asks on the
/// terminal, tests answer directly.
///
/// Contract: ask() calls `answer` at most once, on the thread of `context` (from
/// inside ask() or later). `context` stands for the open question: when it is
/// destroyed before the answer, the question was withdrawn (every request that
/// waited on it was cancelled, e.g. by the Offline switch), and the prompter closes
/// it without answering. When several requests wait on the same question (the K+1
/// requests of a Contemplating turn), the gate asks once.
class SendPrompter {
public:
    using Answer = std::function<void(SendDecision decision)>;

    virtual ~SendPrompter();

    virtual void ask(const SendQuestion &question, QObject *context, Answer answer) = 0;

protected:
    SendPrompter() = default;
    Q_DISABLE_COPY_MOVE(SendPrompter)
};

} // namespace sotto
