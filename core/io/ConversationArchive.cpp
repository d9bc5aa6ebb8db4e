// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ConversationArchive.h"

#include "core/chat/ConversationPath.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"

#include <algorithm>
#include <tuple>

namespace sotto {

QList<Message> ConversationArchive::visible() const
{
    return ConversationPath::visible(messages, choices);
}

QList<ShownMessage> ConversationArchive::shown() const
{
    QHash<qint64, const Message *> byId;
    for (const Message &m : messages)
        byId.insert(m.id, &m);
    QList<ShownMessage> list;
    for (const PathEntry &entry : ConversationPath::path(ConversationPath::nodesOf(messages), choices)) {
        if (const Message *m = byId.value(entry.id()))
            list.append(ShownMessage{*m, entry.version, entry.versionCount});
    }
    return list;
}

void ConversationArchive::chooseVersionsOn(const QSet<qint64> &path)
{
    QHash<qint64, QList<qint64>> siblings;
    for (const Message &m : std::as_const(messages))
        siblings[m.parentId].append(m.id);
    for (auto it = siblings.cbegin(); it != siblings.cend(); ++it) {
        const QList<qint64> &options = it.value();
        if (options.size() < 2)
            continue;
        const qint64 newest = *std::max_element(options.cbegin(), options.cend());
        for (qint64 option : options) {
            if (path.contains(option) && option != newest)
                choices.insert(it.key(), option);
        }
    }
}

QSet<qint64> ConversationArchive::chosenIds() const
{
    // As ConversationPath::path() chooses at each place: children by parent (a
    // parent that is gone makes them first messages), the stored choice, else the newest.
    QSet<qint64> ids;
    QSet<qint64> known;
    bool linear = true;
    for (const Message &m : messages) {
        known.insert(m.id);
        linear = linear && m.parentId == 0;
    }
    if (linear) {
        for (const Message &m : messages)
            ids.insert(m.id);
        return ids;
    }
    QHash<qint64, QList<qint64>> children;
    for (const Message &m : messages)
        children[known.contains(m.parentId) ? m.parentId : 0].append(m.id);
    for (auto it = children.cbegin(); it != children.cend(); ++it) {
        const QList<qint64> &options = it.value();
        const qint64 stored = choices.value(it.key(), 0);
        ids.insert(options.contains(stored) ? stored : *std::max_element(options.cbegin(), options.cend()));
    }
    return ids;
}

QList<AgentLane> ConversationArchive::lanesOf(qint64 messageId) const
{
    QList<AgentLane> found;
    for (const AgentLane &lane : lanes) {
        if (lane.messageId == messageId)
            found.append(lane);
    }
    std::sort(found.begin(), found.end(), [](const AgentLane &a, const AgentLane &b) {
        return std::tie(a.round, a.agentIndex) < std::tie(b.round, b.agentIndex);
    });
    return found;
}

VaultResult<ConversationArchive> ConversationArchive::read(Vault &vault, qint64 id)
{
    ConversationArchive archive;
    auto conversation = ConversationRepository(vault).get(id);
    if (!conversation)
        return Unexpected<VaultFailure>(std::move(conversation).error());
    archive.conversation = std::move(*conversation);
    MessageRepository repository(vault);
    auto messages = repository.list(id, AttachmentLoading::WithData);
    if (!messages)
        return Unexpected<VaultFailure>(std::move(messages).error());
    archive.messages = std::move(*messages);
    auto choices = repository.choices(id);
    if (!choices)
        return Unexpected<VaultFailure>(std::move(choices).error());
    archive.choices = std::move(*choices);
    auto lanes = AgentLaneRepository(vault).listForConversation(id);
    if (!lanes)
        return Unexpected<VaultFailure>(std::move(lanes).error());
    archive.lanes = std::move(*lanes);
    return archive;
}

VaultResult<QList<qint64>> ConversationArchive::allIds(Vault &vault)
{
    return ConversationRepository(vault).list().transform([](const QList<Conversation> &list) {
        QList<qint64> ids;
        ids.reserve(list.size());
        for (const Conversation &c : list)
            ids.append(c.id);
        return ids;
    });
}

} // namespace sotto
