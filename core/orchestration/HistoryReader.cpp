// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/HistoryReader.h"

#include "core/orchestration/ContextBudget.h"
#include "core/store/MessageRepository.h"

#include <QHash>

#include <limits>

namespace sotto {

namespace {

/// Messages read at a time, from the newest back.
constexpr qsizetype BATCH = 64;

} // namespace

VaultResult<ReadHistory> HistoryReader::read(Vault &vault, const QList<PathEntry> &path, qint64 budget,
                                             qint64 alwaysSent)
{
    MessageRepository messages(vault);
    QHash<qint64, Message> read;

    // System messages are always sent: read them first, they take room.
    QList<qint64> systemIds;
    for (const PathEntry &entry : path) {
        if (entry.node.role == Role::System)
            systemIds << entry.id();
    }
    qint64 room = budget > 0 ? budget - alwaysSent : std::numeric_limits<qint64>::max();
    if (!systemIds.isEmpty()) {
        auto system = messages.getMany(systemIds);
        if (!system)
            return Unexpected<VaultFailure>(std::move(system).error());
        for (Message &message : *system) {
            room -= ContextBudget::estimate(message);
            read.insert(message.id, std::move(message));
        }
    }

    // The rest from the newest back until one message no longer fits.
    qsizetype first = path.size(); // path[first..] is read
    qint64 used = 0;
    while (first > 0 && used <= room) {
        QList<qint64> batch;
        qsizetype start = first;
        while (start > 0 && batch.size() < BATCH) {
            --start;
            if (path.at(start).node.role != Role::System)
                batch << path.at(start).id();
        }
        auto loaded = messages.getMany(batch);
        if (!loaded)
            return Unexpected<VaultFailure>(std::move(loaded).error());
        for (Message &message : *loaded)
            read.insert(message.id, std::move(message));
        while (first > start && used <= room) {
            --first;
            if (path.at(first).node.role == Role::System)
                continue;
            const auto message = read.constFind(path.at(first).id());
            if (message != read.cend())
                used += ContextBudget::estimate(*message);
        }
    }

    ReadHistory history;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const bool system = path.at(i).node.role == Role::System;
        if (i < first && !system) {
            ++history.unread;
            continue;
        }
        if (const auto message = read.constFind(path.at(i).id()); message != read.cend())
            history.messages << *message;
    }
    return history;
}

} // namespace sotto
