// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/ContextBudget.h"

namespace sotto {

qint64 ContextBudget::estimate(const QString &text)
{
    return (text.size() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
}

qint64 ContextBudget::estimate(const Message &message)
{
    // Reasoning of earlier answers is not sent back (ChatRequest), so it costs nothing.
    return TOKENS_PER_MESSAGE + estimate(message.content) + TOKENS_PER_IMAGE * message.attachments.size();
}

ContextFit ContextBudget::fit(const QList<Message> &history, const QString &systemPrompt, qint64 budget)
{
    ContextFit fit;
    if (history.isEmpty())
        return fit;
    // Always sent: the system prompt, system messages (merged into it) and the question.
    qint64 fixed = systemPrompt.isEmpty() ? 0 : estimate(systemPrompt);
    for (qsizetype i = 0; i + 1 < history.size(); ++i) {
        if (history.at(i).role == Role::System)
            fixed += estimate(history.at(i));
    }
    fixed += estimate(history.constLast());

    // Whole turns from the newest back, while they fit: a turn starts at a question.
    qint64 total = fixed;
    qsizetype firstKept = history.size() - 1;
    if (budget <= 0 || fixed <= budget) {
        qsizetype end = history.size() - 1; // the turn being weighed ends before this
        while (end > 0) {
            qsizetype start = end - 1;
            while (start > 0 && history.at(start).role != Role::User)
                --start;
            qint64 turn = 0;
            for (qsizetype i = start; i < end; ++i) {
                if (history.at(i).role != Role::System)
                    turn += estimate(history.at(i));
            }
            if (budget > 0 && total + turn > budget)
                break;
            total += turn;
            firstKept = start;
            end = start;
        }
    } else {
        fit.fits = false;
    }

    for (qsizetype i = 0; i < history.size(); ++i) {
        if (i >= firstKept || history.at(i).role == Role::System)
            fit.history << history.at(i);
        else
            ++fit.withheldMessages;
    }
    fit.sentMessages = int(fit.history.size());
    fit.estimatedTokens = total;
    return fit;
}

QString budgetSourceName(BudgetSource source)
{
    switch (source) {
    case BudgetSource::Option:
        return QStringLiteral("option");
    case BudgetSource::Setting:
        return QStringLiteral("setting");
    case BudgetSource::Reported:
        return QStringLiteral("reported");
    case BudgetSource::Default:
        break;
    }
    return QStringLiteral("default");
}

ResolvedBudget ContextBudget::resolve(const ProviderConfig &provider, const QString &model, qint64 option)
{
    if (option > 0)
        return {option, BudgetSource::Option};
    const int reported
        = provider.reportedContextTokens.value(model.isEmpty() ? provider.defaultModel : model, 0);
    if (provider.contextTokens > 0) {
        if (reported > 0 && reported < provider.contextTokens)
            return {reported, BudgetSource::Reported};
        return {provider.contextTokens, BudgetSource::Setting};
    }
    if (reported > 0)
        return {reported, BudgetSource::Reported};
    return {DEFAULT_CONTEXT_TOKENS, BudgetSource::Default};
}

} // namespace sotto
