// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/ChatEntry.h"
#include "core/types/Message.h"
#include "core/types/MessageNode.h"

#include <QHash>
#include <QList>

namespace sotto {

/// The conversation a user sees, out of the tree its messages form: a
/// message's parentId is the message it follows (0: it starts the
/// conversation), so answers to the same message are versions of one answer
/// (regenerations) and user messages with the same parent are versions of one
/// question (edits). Conversations whose messages carry no parents at all
/// (older or imported data) are a plain list. Pure functions; the tree alone
/// (ids, parents, roles) decides the path, so a window can work it out for a
/// conversation whose text it has not read.
class ConversationPath final {
public:
    /// From the first message down, taking at each step the chosen version
    /// (`choices`: parent id → child id; 0 for the first message) or else the
    /// newest, with which version each message is and how many there are.
    /// O(n log n) in the nodes.
    static QList<PathEntry> path(const QList<MessageNode> &nodes, const QHash<qint64, qint64> &choices = {});
    /// The ids of the versions of message `id` (same parent, same role), oldest first.
    static QList<qint64> versionsOf(const QList<MessageNode> &nodes, qint64 id);

    static QList<MessageNode> nodesOf(const QList<Message> &messages);
    /// path() as the messages themselves.
    static QList<Message> visible(const QList<Message> &messages, const QHash<qint64, qint64> &choices = {});
    /// path() as a chat view shows it, with each message's content.
    static QList<ChatEntry> entries(const QList<Message> &messages,
                                    const QHash<qint64, qint64> &choices = {});
    static QList<qint64> versionsOf(const QList<Message> &messages, qint64 id);
};

} // namespace sotto
