// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Mode.h"

#include <QDateTime>
#include <QString>

namespace sotto {

/// A conversation's header, without its messages. `localOnly` is the user's
/// sensitivity flag: its requests may only go to loopback destinations.
/// `incognito` conversations exist only in memory and never reach the vault.
struct Conversation {
    qint64 id = 0;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool pinned = false;
    QString provider;
    QString model;
    Mode mode = Mode::Instant;
    bool localOnly = false;
    bool incognito = false;
    /// Stable across exports and imports (docs/FORMAT.md): "sotto:<uuid>", given when
    /// it is first stored, or where it was imported from ("chatgpt:<id>", "claude:<uuid>").
    QString sourceId;
};

} // namespace sotto
