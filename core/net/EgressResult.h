// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QMetaType>
#include <QString>

namespace sotto {

/// Why an egress request did not complete.
enum class EgressError {
    None,
    PolicyBlocked, // refused by EgressPolicy or the user; nothing was sent
    InvalidRequest, // the request cannot be sent as given (a programming error); nothing was sent
    AuditFailed, // the audit log could not record it first; nothing was sent
    HostNotFound,
    ConnectionRefused,
    Tls, // the TLS handshake failed (certificate, protocol); the request was not written
    ConnectTimeout, // the name lookup, or the connection, took longer than timeouts.connect
    FirstByteTimeout, // connected, but no answer's head within timeouts.firstByte
    IdleTimeout, // connected, then silent for longer than timeouts.idle
    LimitExceeded, // the caller stopped an answer that broke its limits (EgressReply::abort)
    HttpError, // the server answered a status outside 200–299
    RedirectRefused, // the server redirected; redirects are never followed
    Cancelled,
    Network, // any other transport failure (connection closed mid-answer, …)
    Proxy, // the proxy refused the connection or could not open the tunnel; nothing reached the provider
};

/// How an egress request ended: the argument of EgressReply::finished().
struct EgressResult {
    enum class Status {
        Completed, // a 2xx answer, fully received
        Failed,
        Cancelled,
        Blocked, // refused before anything was sent
    };

    Status status = Status::Failed;
    EgressError error = EgressError::None;
    int httpStatus = 0; // 0 when no answer arrived
    QString message; // user-facing, translated, one line, no secret; empty when completed
    /// For Blocked: the exact setting that refused it. For Cancelled: the setting that
    /// stopped the request under way (offline turned on), empty when the caller cancelled.
    QString policyReason;
    qint64 auditId = 0; // 0 when the audit could not record the request
    qint64 responseBytes = 0; // response body bytes received (after de-chunking)
    qint64 durationMs = 0; // from the hand-over to the network to the end; 0 if never sent

    bool isCompleted() const { return status == Status::Completed; }
};

/// "completed", "failed", "cancelled", "blocked" (named, not toString(), so QTest can still print the enums).
QString egressStatusName(EgressResult::Status status);
/// "policy-blocked", "connection-refused", … (stable, for logs and tests).
QString egressErrorName(EgressError error);

} // namespace sotto

Q_DECLARE_METATYPE(sotto::EgressResult)
