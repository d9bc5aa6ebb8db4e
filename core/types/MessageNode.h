// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Mode.h"

#include <QtGlobal>

namespace sotto {

/// Where a message sits in its conversation's tree, without its content: what
/// the window holds of a conversation however long it is. The text of the
/// messages near the view is read from the vault when the view needs it.
struct MessageNode {
    qint64 id = 0;
    qint64 parentId = 0; // 0: it starts the conversation
    Role role = Role::User;

    friend bool operator==(const MessageNode &, const MessageNode &) = default;
};

/// One message of the path a chat view shows (ConversationPath::path): the
/// message and which of its versions (regenerations, edits) it is.
struct PathEntry {
    MessageNode node;
    int version = 1; // 1-based index among the versions of this message
    int versionCount = 1;

    qint64 id() const { return node.id; }
    friend bool operator==(const PathEntry &, const PathEntry &) = default;
};

} // namespace sotto
