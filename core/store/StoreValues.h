// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Mode.h"

#include <QDateTime>
#include <QString>

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

} // namespace sotto::store
