// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Message.h"
#include "core/types/Mode.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sotto::store {

// How the repositories store values (internal to core/store): times as
// milliseconds since the epoch, UTC; enumerations by their stable names.

inline qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// A message being streamed is stored as partial: a crash then leaves it partial.
inline QString storedStatus(MessageStatus status)
{
    return statusName(status == MessageStatus::Streaming ? MessageStatus::Partial : status);
}

inline MessageStatus statusFromStored(const QString &name)
{
    return messageStatusFromString(name).value_or(MessageStatus::Partial);
}

inline Mode modeFromStored(const QString &name)
{
    return modeFromString(name).value_or(Mode::Instant);
}

inline Role roleFromStored(const QString &name)
{
    return roleFromString(name).value_or(Role::User);
}

/// An optional reference (a parent message, a conversation) is NULL when unset (0).
inline std::optional<qint64> idOrNull(qint64 id)
{
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

/// Optional text (a proxy) is NULL when empty.
inline std::optional<QString> textOrNull(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

/// Token counts are NULL when the provider reported none.
inline std::optional<qint64> inputTokens(const std::optional<Usage> &usage)
{
    return usage ? std::optional<qint64>(usage->inputTokens) : std::nullopt;
}

inline std::optional<qint64> outputTokens(const std::optional<Usage> &usage)
{
    return usage ? std::optional<qint64>(usage->outputTokens) : std::nullopt;
}

} // namespace sotto::store
