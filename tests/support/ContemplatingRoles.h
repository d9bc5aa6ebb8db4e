// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "tests/support/fake/FakeResponse.h"

#include <QString>

namespace sotto::test {

struct RecordedRequest;

/// What a request of a Contemplating turn is, read from its body (the
/// instructions ContemplationRequests writes), so FakeProviderServer's
/// responder can answer each agent, revision and synthesis by role whatever
/// order they arrive in.
namespace contemplating {

/// The agent (1-based) whose request this is; 0 for the synthesis or any other request.
int agentOf(const RecordedRequest &request);
bool isSynthesis(const RecordedRequest &request);
/// A round-2 request (the agent revises after reading the others).
bool isRevision(const RecordedRequest &request);

/// The scripted answer text and reasoning of `agent` in `round` (1 or 2).
QString answerOf(int agent, int round = 1);
QString reasoningOf(int agent);
/// That answer streamed with its reasoning and usage, slowly enough (a few
/// hundred milliseconds) that the requests of one round are all open at once.
FakeResponse agentAnswer(int agent, int round = 1);

} // namespace contemplating

} // namespace sotto::test
