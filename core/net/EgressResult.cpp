// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/net/EgressResult.h"

namespace sotto {

QString egressStatusName(EgressResult::Status status)
{
    switch (status) {
    case EgressResult::Status::Completed:
        return QStringLiteral("completed");
    case EgressResult::Status::Failed:
        return QStringLiteral("failed");
    case EgressResult::Status::Cancelled:
        return QStringLiteral("cancelled");
    case EgressResult::Status::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

QString egressErrorName(EgressError error)
{
    switch (error) {
    case EgressError::None:
        return QStringLiteral("none");
    case EgressError::PolicyBlocked:
        return QStringLiteral("policy-blocked");
    case EgressError::InvalidRequest:
        return QStringLiteral("invalid-request");
    case EgressError::AuditFailed:
        return QStringLiteral("audit-failed");
    case EgressError::HostNotFound:
        return QStringLiteral("host-not-found");
    case EgressError::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case EgressError::Tls:
        return QStringLiteral("tls");
    case EgressError::ConnectTimeout:
        return QStringLiteral("connect-timeout");
    case EgressError::FirstByteTimeout:
        return QStringLiteral("first-byte-timeout");
    case EgressError::IdleTimeout:
        return QStringLiteral("idle-timeout");
    case EgressError::LimitExceeded:
        return QStringLiteral("limit-exceeded");
    case EgressError::HttpError:
        return QStringLiteral("http-error");
    case EgressError::RedirectRefused:
        return QStringLiteral("redirect-refused");
    case EgressError::Cancelled:
        return QStringLiteral("cancelled");
    case EgressError::Network:
        return QStringLiteral("network");
    case EgressError::Proxy:
        return QStringLiteral("proxy");
    }
    return {};
}

} // namespace sotto
