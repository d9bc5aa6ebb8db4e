// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/chat/ConversationPath.h"

#include <algorithm>

namespace sotto {

namespace {

bool isLinear(const QList<Message> &messages)
{
    return std::all_of(messages.begin(), messages.end(), [](const Message &m) {
        return m.parentId == 0;
    });
}

} // namespace

QList<Message> ConversationPath::visible(const QList<Message> &messages, const QHash<qint64, qint64> &choices)
{
    if (isLinear(messages))
        return messages;

    QHash<qint64, const Message *> byId;
    for (const Message &message : messages)
        byId.insert(message.id, &message);
    // Children by parent, in id order; a parent that is gone makes its children roots.
    QHash<qint64, QList<const Message *>> children;
    for (const Message &message : messages) {
        const qint64 parent = byId.contains(message.parentId) ? message.parentId : 0;
        children[parent].append(&message);
    }
    for (auto &list : children)
        std::sort(list.begin(), list.end(), [](const Message *a, const Message *b) {
            return a->id < b->id;
        });

    QList<Message> path;
    qint64 parent = 0;
    while (children.contains(parent)) {
        const QList<const Message *> &options = children.value(parent);
        const Message *next = options.constLast();
        const qint64 chosen = choices.value(parent, 0);
        for (const Message *option : options) {
            if (option->id == chosen)
                next = option;
        }
        path.append(*next);
        parent = next->id;
    }
    return path;
}

QList<ChatEntry> ConversationPath::entries(const QList<Message> &messages,
                                           const QHash<qint64, qint64> &choices)
{
    const QList<Message> path = visible(messages, choices);
    QList<ChatEntry> entries;
    entries.reserve(path.size());
    if (isLinear(messages)) {
        for (const Message &message : path)
            entries.append(ChatEntry{message});
        return entries;
    }
    // The versions of a message are the messages with its parent and role.
    QHash<QPair<qint64, int>, QList<qint64>> versions;
    for (const Message &message : messages)
        versions[{message.parentId, int(message.role)}].append(message.id);
    for (auto &ids : versions)
        std::sort(ids.begin(), ids.end());
    for (const Message &message : path) {
        const QList<qint64> &ids = versions[{message.parentId, int(message.role)}];
        ChatEntry entry{message};
        entry.versionCount = int(ids.size());
        entry.version = int(std::lower_bound(ids.begin(), ids.end(), message.id) - ids.begin()) + 1;
        entries.append(entry);
    }
    return entries;
}

QList<qint64> ConversationPath::versionsOf(const QList<Message> &messages, qint64 id)
{
    const auto self = std::find_if(messages.begin(), messages.end(), [id](const Message &m) {
        return m.id == id;
    });
    if (self == messages.end())
        return {};
    if (isLinear(messages))
        return {id};
    QList<qint64> versions;
    for (const Message &message : messages) {
        if (message.parentId == self->parentId && message.role == self->role)
            versions << message.id;
    }
    std::sort(versions.begin(), versions.end());
    return versions;
}

} // namespace sotto
