// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace sotto {
Q_NAMESPACE

/// How a turn is asked (DESIGN.md, "Modes").
enum class Mode {
    Instant,
    Thinking,
    Contemplating,
};
Q_ENUM_NS(Mode)

/// Who wrote a message.
enum class Role {
    System,
    User,
    Assistant,
};
Q_ENUM_NS(Role)

/// Where a message stands. Partial: the stream was cut (crash, drop, missing
/// terminator) and what arrived is kept. Cancelled: the user stopped it.
enum class MessageStatus {
    Streaming,
    Complete,
    Partial,
    Error,
    Cancelled,
};
Q_ENUM_NS(MessageStatus)

/// Stable lower-case names (named, not toString(), so QTest can still print the enums) used in the vault, the
/// CLI and JSON ("instant", "user", "partial"…).
QString modeName(Mode mode);
QString roleName(Role role);
QString statusName(MessageStatus status);
std::optional<Mode> modeFromString(const QString &name);
std::optional<Role> roleFromString(const QString &name);
std::optional<MessageStatus> messageStatusFromString(const QString &name);

} // namespace sotto
