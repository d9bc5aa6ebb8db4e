// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/ContemplatingRoles.h"

#include "tests/support/fake/RecordedRequest.h"

#include <QRegularExpression>

namespace sotto::test::contemplating {

int agentOf(const RecordedRequest &request)
{
    static const QRegularExpression pattern(QStringLiteral("You are agent (\\d+) of \\d+"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(request.body));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

bool isSynthesis(const RecordedRequest &request)
{
    return request.body.contains("You write the final answer of a Contemplating turn");
}

bool isRevision(const RecordedRequest &request)
{
    return request.body.contains("The other agents answered the same question independently");
}

QString answerOf(int agent, int round)
{
    return QStringLiteral("Answer of agent %1 in round %2.").arg(agent).arg(round);
}

QString reasoningOf(int agent)
{
    return QStringLiteral("Private reasoning of agent %1.").arg(agent);
}

FakeResponse agentAnswer(int agent, int round)
{
    StreamContent content;
    content.text = answerOf(agent, round);
    content.thinking = reasoningOf(agent);
    content.usage = Usage{10 + agent, 20 + agent};
    content.deltaChars = 4;
    return FakeResponse::stream(content).drip(128, 40);
}

} // namespace sotto::test::contemplating
