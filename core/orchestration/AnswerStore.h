// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"
#include "core/types/Message.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace sotto {

/// Where one answer is kept while it streams: a message of the conversation
/// (MessageAnswerStore) or, for Contemplating, an agent lane. AnswerStream hands
/// it the deltas in batches, in order, and the final state once.
///
/// Used on the thread of its AnswerStream; owned by it.
class AnswerStore {
public:
    using Done = std::function<void(VaultResult<void>)>;

    virtual ~AnswerStore();
    AnswerStore(const AnswerStore &) = delete;
    AnswerStore &operator=(const AnswerStore &) = delete;

    /// The next batch of the answer and of its reasoning.
    virtual void append(const QString &text, const QString &thinking) = 0;
    /// Stores the final state; `done` runs once, on `context`'s thread, unless
    /// `context` is gone by then.
    virtual void finish(MessageStatus status, const QString &errorText, const std::optional<Usage> &usage,
                        QObject *context, Done done)
        = 0;
    /// The answer is left behind unfinished (its turn is destroyed): what was
    /// handed over stays, marked partial. No callback.
    virtual void abandon() = 0;

protected:
    AnswerStore() = default;
};

} // namespace sotto
