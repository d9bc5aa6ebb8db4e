// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/types/Ensemble.h"

namespace sotto {

std::optional<EnsembleAgent> EnsembleAgent::parse(const QString &spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    EnsembleAgent agent;
    agent.provider = (colon < 0 ? spec : spec.left(colon)).trimmed();
    if (colon >= 0)
        agent.model = spec.mid(colon + 1).trimmed();
    if (agent.provider.isEmpty())
        return std::nullopt;
    return agent;
}

QString EnsembleAgent::spec() const
{
    return model.isEmpty() ? provider : provider + QLatin1Char(':') + model;
}

} // namespace sotto
