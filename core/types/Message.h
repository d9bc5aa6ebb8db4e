// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Mode.h"
#include "core/types/RemovedMetadata.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace sotto {

/// Token counts as the provider reported them.
struct Usage {
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;

    friend bool operator==(const Usage &, const Usage &) = default;
};

/// An image attached to a message: always the sanitised bytes (DESIGN.md, "Images").
struct Attachment {
    qint64 id = 0;
    QString mimeType; // "image/png", "image/jpeg", "image/webp"
    QByteArray data;
    QSize pixelSize;
    QByteArray sha256; // of `data`, raw bytes
    /// What sanitising removed from the original; nullopt for an image stored before
    /// Sotto kept that report (schema version 12).
    std::optional<RemovedMetadata> removedMetadata;
};

/// One message of a conversation. Ids are vault row ids (0 until stored).
/// `turnId` groups the user message, its answers and, in Contemplating, the agent
/// lanes of one turn; `parentId` is the message this one follows (0: it starts the
/// conversation), so regenerations and edits are siblings (ConversationPath).
struct Message {
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 parentId = 0;
    QString turnId;
    Role role = Role::User;
    QString content;
    QString thinking;
    Mode mode = Mode::Instant;
    QString provider;
    QString model;
    std::optional<Usage> usage;
    MessageStatus status = MessageStatus::Complete;
    QString errorText;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<Attachment> attachments;
};

} // namespace sotto
