// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/ContemplationEstimate.h"

#include <QCoreApplication>
#include <QString>

namespace sotto::ui {

/// Words for what Contemplating costs and carries: the mode control's tooltip
/// (how many requests go where, for the current provider, model and ensemble)
/// and the estimate shown before a conversation's first contemplated send.
/// Pure; any thread.
class ContemplationCost final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ui::ContemplationCost)

public:
    ContemplationCost() = delete;

    /// "3 agents + 1 synthesis: 4 requests to api.openai.com (internet)…", from
    /// the requests a turn would send (ContemplationEstimate::of()); `who` names
    /// the agents ("3 agents of gpt-4o", "the ensemble “Mixed”").
    static QString tooltip(const QList<EstimatedRequest> &requests, const QString &who);
    /// The question asked before the first contemplated send of a conversation:
    /// each request with its destination, characters and images, and the total.
    static QString estimateText(const QList<EstimatedRequest> &requests);
    /// The same without the question (the ask-before-send dialog adds it to its own).
    static QString estimateLines(const QList<EstimatedRequest> &requests);
    static QString whereName(Destination destination);
};

} // namespace sotto::ui
