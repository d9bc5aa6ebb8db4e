// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/ContemplationEstimate.h"

#include "core/orchestration/ContemplationRequests.h"
#include "core/orchestration/ConversationRedaction.h"
#include "core/providers/Backend.h"
#include "core/providers/ProviderRequests.h"
#include "core/types/DestinationClassifier.h"

#include <optional>

namespace sotto {

namespace {

EstimatedRequest estimated(EstimatedRequest::Kind kind, const ContemplatingAgent &agent, ChatRequest chat,
                           ConversationRedaction *redaction)
{
    const ProviderConfig &config = agent.backend->config();
    // As AnswerStream sends it.
    if (redaction && redaction->appliesTo(config))
        redaction->apply(chat);
    const HttpRequestSpec spec = buildChatRequest(config, chat);
    EstimatedRequest out;
    out.kind = kind;
    out.agentIndex = agent.index;
    out.provider = config.name;
    out.model = chat.model;
    out.host = spec.url.host();
    out.destination = ContemplationEstimate::destinationOf(spec.url);
    out.bodyBytes = spec.body.size();
    out.textChars = spec.content.textChars;
    out.images = spec.content.images;
    out.imageBytes = spec.content.imageBytes;
    out.addsAnswers = kind != EstimatedRequest::Kind::Agent;
    return out;
}

} // namespace

Destination ContemplationEstimate::destinationOf(const QUrl &url)
{
    return DestinationClassifier::classifyUrl(url);
}

QList<EstimatedRequest> ContemplationEstimate::of(const TurnRequest &request, Backend &backend,
                                                  const ConversationRedaction *redaction)
{
    std::optional<ConversationRedaction> fork;
    if (redaction)
        fork = redaction->fork();
    ConversationRedaction *redacting = fork ? &*fork : nullptr;
    QList<Message> history = request.history;
    if (request.answerTo == 0) {
        Message question;
        question.role = Role::User;
        question.content = request.prompt;
        question.attachments = request.images;
        history << question;
    }
    const QList<ContemplatingAgent> agents = ContemplationRequests::agents(request, backend);
    const int count = int(agents.size());
    QList<EstimatedRequest> requests;
    for (const ContemplatingAgent &agent : agents) {
        requests << estimated(EstimatedRequest::Kind::Agent, agent,
                              ContemplationRequests::firstRound(request, agent, count, history), redacting);
    }
    // Later requests are counted with every agent's answer framed and empty:
    // what they will add is the answers' own text.
    QList<AgentAnswer> framed;
    for (const ContemplatingAgent &agent : agents)
        framed << AgentAnswer{agent.index, agent.perspective, {}};
    if (request.contemplation.rounds >= 2) {
        for (const ContemplatingAgent &agent : agents) {
            QList<AgentAnswer> others = framed;
            others.removeAt(agent.index);
            requests << estimated(
                EstimatedRequest::Kind::Refinement, agent,
                ContemplationRequests::refinement(request, agent, count, history, {}, others), redacting);
        }
    }
    const ContemplatingAgent synthesizer = ContemplationRequests::synthesizer(request, backend);
    requests << estimated(EstimatedRequest::Kind::Synthesis, synthesizer,
                          ContemplationRequests::synthesis(request, synthesizer, count, history, framed),
                          redacting);
    return requests;
}

QStringList ContemplationEstimate::describe(const QList<EstimatedRequest> &requests)
{
    QStringList lines;
    qint64 bytes = 0;
    qint64 chars = 0;
    int images = 0;
    for (const EstimatedRequest &r : requests) {
        QString what;
        switch (r.kind) {
        case EstimatedRequest::Kind::Agent:
            what = tr("agent %1").arg(r.agentIndex + 1);
            break;
        case EstimatedRequest::Kind::Refinement:
            what = tr("agent %1, round 2").arg(r.agentIndex + 1);
            break;
        case EstimatedRequest::Kind::Synthesis:
            what = tr("synthesis");
            break;
        }
        QString line = tr("%1: %2 (%3) at %4 [%5]: %6 bytes, %7 characters, %8 images")
                           .arg(what, r.provider, r.model, r.host, destinationName(r.destination))
                           .arg(r.bodyBytes)
                           .arg(r.textChars)
                           .arg(r.images);
        if (r.addsAnswers)
            line += tr(", plus the agents' answers");
        lines << line;
        bytes += r.bodyBytes;
        chars += r.textChars;
        images += r.images;
    }
    lines << tr("total: %n requests", nullptr, int(requests.size()))
            + tr(", %1 bytes, %2 characters, %3 images before the agents' answers")
                  .arg(bytes)
                  .arg(chars)
                  .arg(images);
    return lines;
}

} // namespace sotto
