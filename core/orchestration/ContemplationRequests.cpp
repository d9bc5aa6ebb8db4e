// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/ContemplationRequests.h"

#include "core/providers/Backend.h"

namespace sotto {

namespace {

// What the models are told. Instructions to a model, not text of the
// interface: they stay in English whatever the interface's language.

QString joined(const QString &first, const QString &second)
{
    return first.isEmpty() ? second : first + QStringLiteral("\n\n") + second;
}

ChatRequest baseRequest(const ContemplatingAgent &agent)
{
    ChatRequest chat;
    chat.model = agent.model;
    chat.mode = Mode::Thinking;
    chat.contextTokens = agent.contextTokens;
    // Vary sampling only where the API takes a temperature with reasoning on.
    const Api api = agent.backend->config().api;
    if (api == Api::Ollama || api == Api::Gemini)
        chat.temperature = 0.6 + 0.3 * (agent.index % 3) + 0.05 * (agent.index / 3);
    return chat;
}

QString agentInstruction(const ContemplatingAgent &agent, int agentCount)
{
    return QStringLiteral("You are agent %1 of %2, answering the user's latest message independently of the "
                          "others. Your perspective: %3 Give a complete, self-contained answer.")
        .arg(agent.index + 1)
        .arg(agentCount)
        .arg(agent.perspective);
}

QString answerBlock(const AgentAnswer &answer)
{
    return QStringLiteral("--- Agent %1 (%2)\n%3").arg(answer.index + 1).arg(answer.perspective, answer.text);
}

/// The history fitted to `budget` with the system prompt `system`.
QList<Message> fitted(const QList<Message> &history, const QString &system, qint64 budget, ContextFit *fit)
{
    ContextFit result = ContextBudget::fit(history, system, budget);
    QList<Message> sent = result.history;
    if (fit)
        *fit = std::move(result);
    return sent;
}

Message userMessage(const QString &text)
{
    Message message;
    message.role = Role::User;
    message.content = text;
    return message;
}

} // namespace

QStringList ContemplationRequests::defaultPerspectives()
{
    return {
        QStringLiteral("Solve it from first principles: reason step by step from what is given and check "
                       "every step."),
        QStringLiteral("Look for mistakes, traps and counter-examples: question the obvious answer before "
                       "giving yours."),
        QStringLiteral("Take a different approach from the most obvious one, then check that it agrees."),
        QStringLiteral("Be concrete: work through an example or the actual numbers to test the answer."),
        QStringLiteral("Consider what the question really asks and any ambiguity; answer the most likely "
                       "reading and say which one."),
        QStringLiteral("Argue the strongest case against your first answer, then decide."),
        QStringLiteral("Answer as a careful expert would, naming the rules or facts you rely on."),
        QStringLiteral("Find the shortest correct path to the answer and verify it another way."),
    };
}

QList<ContemplatingAgent> ContemplationRequests::agents(const TurnRequest &request, Backend &turnBackend)
{
    const ContemplationPlan &plan = request.contemplation;
    const QStringList perspectives = defaultPerspectives();
    QList<AgentPlan> planned = plan.agents;
    if (planned.isEmpty())
        planned.resize(qBound(Ensemble::MIN_AGENTS, plan.agentCount, Ensemble::MAX_AGENTS));
    QList<ContemplatingAgent> agents;
    for (qsizetype i = 0; i < planned.size(); ++i) {
        const AgentPlan &agentPlan = planned.at(i);
        ContemplatingAgent agent;
        agent.index = int(i);
        agent.backend = agentPlan.backend ? agentPlan.backend.get() : &turnBackend;
        const ProviderConfig &config = agent.backend->config();
        const bool own = agent.backend == &turnBackend;
        agent.model = !agentPlan.model.isEmpty() ? agentPlan.model
            : own && !request.model.isEmpty()    ? request.model
                                                 : config.defaultModel;
        agent.perspective = !agentPlan.perspective.isEmpty() ? agentPlan.perspective
                                                             : perspectives.at(i % perspectives.size());
        agent.contextTokens = own      ? request.contextTokens
            : config.contextTokens > 0 ? config.contextTokens
                                       : DEFAULT_CONTEXT_TOKENS;
        agents << agent;
    }
    return agents;
}

ContemplatingAgent ContemplationRequests::synthesizer(const TurnRequest &request, Backend &turnBackend)
{
    const AgentPlan plan = request.contemplation.synthesizer.value_or(AgentPlan());
    ContemplatingAgent agent;
    agent.index = -1;
    agent.backend = plan.backend ? plan.backend.get() : &turnBackend;
    const ProviderConfig &config = agent.backend->config();
    const bool own = agent.backend == &turnBackend;
    agent.model = !plan.model.isEmpty()   ? plan.model
        : own && !request.model.isEmpty() ? request.model
                                          : config.defaultModel;
    agent.contextTokens = own      ? request.contextTokens
        : config.contextTokens > 0 ? config.contextTokens
                                   : DEFAULT_CONTEXT_TOKENS;
    return agent;
}

ChatRequest ContemplationRequests::firstRound(const TurnRequest &request, const ContemplatingAgent &agent,
                                              int agentCount, const QList<Message> &history, ContextFit *fit)
{
    ChatRequest chat = baseRequest(agent);
    chat.systemPrompt = joined(request.systemPrompt, agentInstruction(agent, agentCount));
    chat.history = fitted(history, chat.systemPrompt, agent.contextTokens, fit);
    return chat;
}

ChatRequest ContemplationRequests::refinement(const TurnRequest &request, const ContemplatingAgent &agent,
                                              int agentCount, const QList<Message> &history,
                                              const QString &ownAnswer, const QList<AgentAnswer> &others,
                                              ContextFit *fit)
{
    ChatRequest chat = baseRequest(agent);
    chat.systemPrompt = joined(request.systemPrompt, agentInstruction(agent, agentCount));
    QStringList blocks;
    for (const AgentAnswer &other : others)
        blocks << answerBlock(other);
    Message own;
    own.role = Role::Assistant;
    own.content = ownAnswer;
    const Message revise = userMessage(
        QStringLiteral(
            "The other agents answered the same question independently:\n\n%1\n\nRevise your answer "
            "in the light of theirs: keep what you still think is right, correct what is wrong, "
            "and give your complete final answer.")
            .arg(blocks.join(QStringLiteral("\n\n"))));
    // The history is fitted as in round 1; the round-2 exchange follows the question.
    chat.history = fitted(history, chat.systemPrompt, agent.contextTokens, fit);
    chat.history << own << revise;
    return chat;
}

ChatRequest ContemplationRequests::synthesis(const TurnRequest &request,
                                             const ContemplatingAgent &synthesizer, int agentCount,
                                             const QList<Message> &history, const QList<AgentAnswer> &answers,
                                             ContextFit *fit)
{
    ChatRequest chat;
    chat.model = synthesizer.model;
    chat.mode = Mode::Thinking;
    chat.contextTokens = synthesizer.contextTokens;
    QString instruction
        = QStringLiteral(
              "You write the final answer of a Contemplating turn: %1 agents answered the user's latest "
              "message "
              "independently. Write one answer for the user: keep what is right in their answers, correct "
              "what is "
              "wrong, and say plainly where they really disagree. Do not describe the process otherwise.")
              .arg(agentCount);
    if (answers.size() == 1) {
        instruction
            += QStringLiteral(" Only 1 of %1 agents answered: say so in one short sentence at the start, "
                              "since the answer could not be checked against the others.")
                   .arg(agentCount);
    } else if (answers.size() < agentCount) {
        instruction += QStringLiteral(" Only %1 of %2 agents answered; mention that in one short sentence.")
                           .arg(answers.size())
                           .arg(agentCount);
    }
    chat.systemPrompt = joined(request.systemPrompt, instruction);
    QStringList blocks;
    for (const AgentAnswer &answer : answers)
        blocks << answerBlock(answer);
    QList<Message> all = history;
    Message question = all.takeLast();
    question.content = QStringLiteral("The question:\n\n%1\n\nThe agents' answers:\n\n%2")
                           .arg(question.content, blocks.join(QStringLiteral("\n\n")));
    all << question;
    chat.history = fitted(all, chat.systemPrompt, synthesizer.contextTokens, fit);
    return chat;
}

} // namespace sotto
