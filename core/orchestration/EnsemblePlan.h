// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/orchestration/ContemplationPlan.h"
#include "core/types/Ensemble.h"

#include <QString>

#include <functional>
#include <memory>

namespace sotto {

class Backend;

/// A saved ensemble as a plan: its agents, synthesiser and rounds, each provider
/// resolved by `backendOf` (by the name the ensemble stores; the GUI and the CLI
/// each know their backends). The agent count and deadline are left as `base` has them.
ContemplationPlan
ensemblePlan(const Ensemble &ensemble,
             const std::function<std::shared_ptr<Backend>(const QString &provider)> &backendOf,
             ContemplationPlan base = {});

} // namespace sotto
