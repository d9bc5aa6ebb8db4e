// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/TurnRequest.h"
#include "core/types/AuditRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sotto {

class Backend;
class ConversationRedaction;

/// One request a Contemplating turn would send, as the estimate shows it.
struct EstimatedRequest {
    enum class Kind {
        Agent, // round 1
        Refinement, // round 2
        Synthesis,
    };
    Kind kind = Kind::Agent;
    int agentIndex = -1; // -1 for the synthesis
    QString provider;
    QString model;
    QString host; // as in the URL
    Destination destination = Destination::Internet; // judged without a lookup, as the policy does
    qint64 bodyBytes = 0; // exactly the body sent, before the agents' answers are added
    qint64 textChars = 0; // the system prompt and message texts (UTF-16 code units)
    int images = 0;
    qint64 imageBytes = 0;
    /// The body also carries the agents' answers (round 2, synthesis): bodyBytes is what it is without them.
    bool addsAnswers = false;
};

/// What a Contemplating turn would send, request by request, before anything
/// is sent (the CLI's `ask --mode contemplating --estimate`, the GUI before the
/// first contemplated send of a conversation and in the ask-before-send
/// dialog): K agent requests (2K with a refinement round) and the synthesis,
/// with their destinations and sizes. Built from the same requests the turn
/// sends (ContemplationRequests) and the same protocol code (buildChatRequest),
/// so a first-round body is byte for byte the one later sent, and the others
/// differ only by the answers they carry. Pure and static; nothing is stored.
class ContemplationEstimate final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ContemplationEstimate)

public:
    ContemplationEstimate() = delete;

    /// For `request` (a new question: prompt and images; or a regeneration) with
    /// the turn's own backend `backend`. With `redaction` (the turn's, as
    /// ConversationRedaction::readSetup() reads it), each request is counted as it
    /// would leave: redacted where the rule applies to its URL, with the placeholders
    /// the turn would give (a fork of the map: nothing is added to it).
    static QList<EstimatedRequest> of(const TurnRequest &request, Backend &backend,
                                      const ConversationRedaction *redaction = nullptr);
    /// Where `url` goes without a lookup: a literal address by its class, a
    /// localhost name loopback, a *.local name lan, any other name internet.
    static Destination destinationOf(const QUrl &url);
    /// One line per request and a total, for a terminal or a dialog.
    static QStringList describe(const QList<EstimatedRequest> &requests);
};

} // namespace sotto
