// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/ContemplationPlan.h"
#include "core/types/Conversation.h"
#include "core/types/Message.h"
#include "core/types/ProviderConfig.h"

#include <QList>
#include <QString>

namespace sotto {

/// What one turn asks: a new user message (or, for a regeneration, another
/// answer to an existing one) in a conversation.
///
/// Messages form a tree, as in ChatGPT's exports: a message's parentId is the
/// message it follows. A regeneration is a second answer with the same parent
/// (the user message); an edit is a second user message with the same parent as
/// the one edited. The visible conversation is one path through the tree.
struct TurnRequest {
    Conversation conversation; // id 0 (and not incognito): created with the first message
    QList<Message> history; // the visible path before this turn, oldest first
    QString prompt;
    QList<Attachment> images; // sanitised (ImageSanitizer)
    qint64 parentId = 0; // the message the new user message follows; 0: the first
    /// Regenerate: answer this stored user message again (it ends `history`);
    /// prompt and images are then ignored.
    qint64 answerTo = 0;
    Mode mode = Mode::Instant;
    QString model; // empty: the provider's default
    QString systemPrompt;
    /// The bound on the request's estimated input tokens (DESIGN.md, "Context window").
    qint64 contextTokens = DEFAULT_CONTEXT_TOKENS;
    /// Contemplating: who answers and how (ignored by the other modes).
    ContemplationPlan contemplation;
};

/// How much of the conversation a turn's request carried.
struct ContextUse {
    int sentMessages = 0; // the question included
    int withheldMessages = 0;
    qint64 estimatedTokens = 0;
    /// When messages were withheld: the oldest message sent (after system
    /// messages), where the view marks that the sent history starts; else 0.
    qint64 firstSentId = 0;
};

} // namespace sotto
