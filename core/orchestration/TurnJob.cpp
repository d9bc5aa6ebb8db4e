// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/TurnJob.h"

#include "core/orchestration/SingleAnswerTurn.h"

namespace sotto {

TurnJob::TurnJob(QObject *parent)
    : QObject(parent)
{ }

TurnJob::~TurnJob() = default;

std::unique_ptr<TurnJob> TurnJob::create(VaultService &vault, Backend &backend, const TurnRequest &request,
                                         QObject *parent)
{
    // Contemplating is answered in Thinking mode until its own job exists.
    return std::make_unique<SingleAnswerTurn>(vault, backend, request, parent);
}

} // namespace sotto
