// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/types/Message.h"
#include "core/types/ProviderConfig.h"

#include <QList>
#include <QString>

namespace sotto {

/// What of a conversation one request carries (ContextBudget::fit()).
struct ContextFit {
    QList<Message> history; // what is sent, oldest first; the question is last
    int sentMessages = 0; // messages in `history`
    int withheldMessages = 0; // earlier messages left out
    qint64 estimatedTokens = 0; // of the system prompt and `history`
    bool fits = true; // false: the system prompt and the question alone are over the budget
};

/// Where a turn's context budget came from (`ask --json` "budget_source").
enum class BudgetSource {
    Option, // --context-tokens on the call
    Setting, // the provider's context budget, set by the user
    Reported, // the context length the provider reported for the model
    Default, // DEFAULT_CONTEXT_TOKENS
};

/// "option", "setting", "reported", "default".
QString budgetSourceName(BudgetSource source);

/// A turn's context budget and why it is that.
struct ResolvedBudget {
    qint64 tokens = DEFAULT_CONTEXT_TOKENS;
    BudgetSource source = BudgetSource::Default;

    friend bool operator==(const ResolvedBudget &, const ResolvedBudget &) = default;
};

/// The context window (DESIGN.md, "Context window"): a bound on a request's
/// estimated input tokens, about 4 characters a token plus a fixed cost per
/// image, with no reserve for the reply. fit() leaves out the oldest whole
/// turns (a question with the answers that follow it) until the request fits,
/// always keeping the system prompt, system messages and the newest question.
/// Pure and static.
class ContextBudget final {
public:
    static constexpr int CHARS_PER_TOKEN = 4;
    static constexpr int TOKENS_PER_IMAGE = 1000;
    static constexpr int TOKENS_PER_MESSAGE = 4; // role and framing

    static qint64 estimate(const QString &text);
    static qint64 estimate(const Message &message);
    /// `history` ends with the question; `budget` in tokens (≤ 0: no bound).
    static ContextFit fit(const QList<Message> &history, const QString &systemPrompt, qint64 budget);

    /// The budget of a turn asking `model` (empty: the provider's default model) of
    /// `provider`, in this order: `option` (the call's own, when > 0); the provider's
    /// setting when the user set one, lowered to the model's reported figure when that
    /// is smaller (the model cannot take more); the reported figure; DEFAULT_CONTEXT_TOKENS.
    static ResolvedBudget resolve(const ProviderConfig &provider, const QString &model, qint64 option = 0);

    ContextBudget() = delete;
};

} // namespace sotto
