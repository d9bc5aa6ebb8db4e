// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Message.h"

namespace sotto {

/// A message as a chat view shows it: the stored message plus where it sits
/// among its regenerated versions, how long its reasoning took and, for a
/// Contemplating answer, how many agents contemplated it.
struct ChatEntry {
    Message message;
    int version = 1; // 1-based index among the answers of this turn
    int versionCount = 1; // how many answers the turn has
    qint64 thinkingMs = 0;
    int agentCount = 0; // a Contemplating answer: how many agents' lanes fed it
};

} // namespace sotto
