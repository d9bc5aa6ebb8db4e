// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace sotto {

/// Where a destination sits, by address (DESIGN.md invariant 6).
enum class Destination {
    Loopback,
    Lan,
    Internet,
};

/// Life of one audited request. A record is written `Sent` (or `Blocked`) before
/// anything reaches the network, and moved to a final state afterwards; a crash
/// leaves `Sent`.
enum class AuditStatus {
    Blocked,
    Sent,
    Completed,
    Failed,
    Cancelled,
};

/// One request that left (or was refused), as `sotto audit --json` shows it
/// (DESIGN.md, "Audit record"). Header values and the URL are already masked.
struct AuditRecord {
    qint64 id = 0;
    QString turnId;
    qint64 conversationId = 0; // 0: not part of a conversation (model list, test connection)
    QDateTime time; // UTC, when the request was handed to the gate
    QString provider;
    QString api; // "openai", "anthropic", "ollama", "gemini"
    QString purpose; // "chat", "models", "test"
    QString model;
    QString mode; // "instant", "thinking", "contemplating", or empty
    QString method;
    QString url;
    QString host;
    Destination destination = Destination::Internet;
    /// The proxy it went through, as ProxySpec::toString() writes it
    /// ("socks5h://127.0.0.1:9050"); empty when it went direct.
    QString proxy;
    AuditStatus status = AuditStatus::Sent;
    int httpStatus = 0;
    qint64 bodyBytes = 0;
    qint64 headerBytes = 0;
    qint64 responseBytes = 0;
    qint64 durationMs = 0;
    qint64 textChars = 0;
    int images = 0;
    qint64 imageBytes = 0;
    /// Metadata items sanitising removed from the request's images (RemovedMetadata::count());
    /// nullopt when one of them was stored before Sotto kept that report.
    std::optional<int> metadataRemoved = 0;
    int redactions = 0;
    int historySent = 0; // messages of the conversation in the request, the question included
    int historyWithheld = 0; // earlier messages left out to fit the context budget
    QList<QPair<QString, QString>> headers;
    QString policyReason;
    QString error; // why a sent request failed, user-facing
    QByteArray requestCopy; // the exact body with secrets masked; empty unless "keep request copies" is on
};

/// What is learnt about a request once it has ended.
struct AuditCompletion {
    AuditStatus status = AuditStatus::Completed;
    int httpStatus = 0;
    qint64 responseBytes = 0;
    qint64 durationMs = 0;
    QString error;
    QString policyReason; // a request under way stopped by a setting (offline turned on); else empty
};

QString destinationName(Destination destination);
QString auditStatusName(AuditStatus status);

} // namespace sotto
