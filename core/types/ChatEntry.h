// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Message.h"

namespace sotto {

/// A message as a chat view shows it: the stored message plus where it sits
/// among its regenerated versions, and how long its reasoning took.
struct ChatEntry {
    Message message;
    int version = 1; // 1-based index among the answers of this turn
    int versionCount = 1; // how many answers the turn has
    qint64 thinkingMs = 0;
};

} // namespace sotto
