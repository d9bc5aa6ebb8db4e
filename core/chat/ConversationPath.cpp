// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/chat/ConversationPath.h"

#include <algorithm>

namespace sotto {

namespace {

bool isLinear(const QList<MessageNode> &nodes)
{
    return std::all_of(nodes.begin(), nodes.end(), [](const MessageNode &node) {
        return node.parentId == 0;
    });
}

/// The messages in the order of `path`.
QList<const Message *> inPathOrder(const QList<Message> &messages, const QList<PathEntry> &path)
{
    QHash<qint64, const Message *> byId;
    byId.reserve(messages.size());
    for (const Message &message : messages)
        byId.insert(message.id, &message);
    QList<const Message *> ordered;
    ordered.reserve(path.size());
    for (const PathEntry &entry : path)
        ordered << byId.value(entry.id());
    return ordered;
}

} // namespace

QList<PathEntry> ConversationPath::path(const QList<MessageNode> &nodes, const QHash<qint64, qint64> &choices)
{
    QList<PathEntry> path;
    path.reserve(nodes.size());
    if (isLinear(nodes)) {
        for (const MessageNode &node : nodes)
            path.append(PathEntry{node});
        return path;
    }

    QHash<qint64, const MessageNode *> byId;
    byId.reserve(nodes.size());
    for (const MessageNode &node : nodes)
        byId.insert(node.id, &node);
    // Children by parent, in id order; a parent that is gone makes its children roots.
    QHash<qint64, QList<const MessageNode *>> children;
    for (const MessageNode &node : nodes) {
        const qint64 parent = byId.contains(node.parentId) ? node.parentId : 0;
        children[parent].append(&node);
    }
    for (auto &list : children)
        std::sort(list.begin(), list.end(), [](const MessageNode *a, const MessageNode *b) {
            return a->id < b->id;
        });

    qint64 parent = 0;
    while (children.contains(parent)) {
        const QList<const MessageNode *> &options = children.value(parent);
        const MessageNode *next = options.constLast();
        const qint64 chosen = choices.value(parent, 0);
        // The versions of a message are the children of its parent with its role.
        QList<const MessageNode *> versions;
        for (const MessageNode *option : options) {
            if (option->id == chosen)
                next = option;
        }
        for (const MessageNode *option : options) {
            if (option->role == next->role)
                versions << option;
        }
        PathEntry entry{*next};
        entry.versionCount = int(versions.size());
        entry.version = int(std::find(versions.cbegin(), versions.cend(), next) - versions.cbegin()) + 1;
        path.append(entry);
        parent = next->id;
    }
    return path;
}

QList<qint64> ConversationPath::versionsOf(const QList<MessageNode> &nodes, qint64 id)
{
    const auto self = std::find_if(nodes.begin(), nodes.end(), [id](const MessageNode &node) {
        return node.id == id;
    });
    if (self == nodes.end())
        return {};
    if (isLinear(nodes))
        return {id};
    QList<qint64> versions;
    for (const MessageNode &node : nodes) {
        if (node.parentId == self->parentId && node.role == self->role)
            versions << node.id;
    }
    std::sort(versions.begin(), versions.end());
    return versions;
}

QList<MessageNode> ConversationPath::nodesOf(const QList<Message> &messages)
{
    QList<MessageNode> nodes;
    nodes.reserve(messages.size());
    for (const Message &message : messages)
        nodes.append(MessageNode{message.id, message.parentId, message.role});
    return nodes;
}

QList<Message> ConversationPath::visible(const QList<Message> &messages, const QHash<qint64, qint64> &choices)
{
    QList<Message> visible;
    for (const Message *message : inPathOrder(messages, path(nodesOf(messages), choices)))
        visible.append(*message);
    return visible;
}

QList<ChatEntry> ConversationPath::entries(const QList<Message> &messages,
                                           const QHash<qint64, qint64> &choices)
{
    const QList<PathEntry> steps = path(nodesOf(messages), choices);
    const QList<const Message *> ordered = inPathOrder(messages, steps);
    QList<ChatEntry> entries;
    entries.reserve(steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        ChatEntry entry{*ordered.at(i)};
        entry.version = steps.at(i).version;
        entry.versionCount = steps.at(i).versionCount;
        entries.append(entry);
    }
    return entries;
}

QList<qint64> ConversationPath::versionsOf(const QList<Message> &messages, qint64 id)
{
    return versionsOf(nodesOf(messages), id);
}

} // namespace sotto
