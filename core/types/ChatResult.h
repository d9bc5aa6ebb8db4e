// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Message.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace sotto {

/// Why a chat call did not complete, by what the user can do about it.
enum class ChatError {
    None,
    Blocked, // refused by the privacy policy or the user; nothing was sent
    Authentication,
    ModelNotFound,
    RateLimited,
    BadRequest,
    ContextTooLong, // the request is longer than the model's context window
    ServerError,
    Overloaded,
    ConnectionRefused,
    HostNotFound,
    Tls,
    Timeout,
    Interrupted, // the answer stopped before its end (connection dropped, no terminator)
    Protocol, // the provider's bytes could not be read
    TooLarge, // the answer broke a size limit (a line or event over 8 MiB, an answer over 16 Mi characters)
    AuditFailed,
    Cancelled,
    Other,
};

/// How one chat call ended: the argument of ChatStream::finished().
struct ChatResult {
    enum class Status {
        Complete,
        Partial, // some answer arrived, then the stream was cut: keep it, marked partial
        Cancelled,
        Failed,
        Blocked,
    };

    Status status = Status::Failed;
    ChatError error = ChatError::None;
    QString message; // one translated sentence; empty when complete
    QString policyReason; // for Blocked: the setting that refused it
    std::optional<Usage> usage;
    QString finishReason;
    int httpStatus = 0;
    qint64 auditId = 0;

    bool isComplete() const { return status == Status::Complete; }
    /// The status a stored answer gets from this result.
    MessageStatus messageStatus() const;
};

} // namespace sotto

Q_DECLARE_METATYPE(sotto::ChatResult)
