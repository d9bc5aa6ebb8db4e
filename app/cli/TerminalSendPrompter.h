// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/SendPrompter.h"

#include <QCoreApplication>

namespace sotto::app {

/// "Ask before sending" for the command line: the question goes to the
/// controlling terminal; "y" sends, "a" sends and stops asking about this provider
/// (SendDecision::SendAndStopAsking). Without a terminal nobody can answer,
/// so the request is declined (and recorded as blocked).
class TerminalSendPrompter final : public SendPrompter {
    Q_DECLARE_TR_FUNCTIONS(TerminalSendPrompter)

public:
    void ask(const SendQuestion &question, QObject *context, Answer answer) override;
};

} // namespace sotto::app
