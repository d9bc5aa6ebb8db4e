// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/store/VaultError.h"
#include "core/types/Ensemble.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace sotto {

class VaultService;

/// The saved Contemplating ensembles and the agents' deadline, for the settings
/// (the CLI's `ensembles` and `policy set agent-deadline` keep the same rows).
/// Every call runs on the vault's thread; `done` runs on this object's thread
/// unless `context` is gone. GUI thread; does not own the VaultService, which
/// must outlive it.
class EnsembleCatalog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsembleCatalog)

public:
    using Listed = std::function<void(VaultResult<QList<Ensemble>>)>;
    using Done = std::function<void(VaultResult<void>)>;
    using DeadlineRead = std::function<void(VaultResult<std::chrono::seconds>)>;

    explicit EnsembleCatalog(VaultService &vault, QObject *parent = nullptr);

    /// The instruction an agent gets at each position when its ensemble names none.
    static QStringList defaultPerspectives();

    /// By name.
    void list(QObject *context, Listed done);
    /// Stores `ensemble`; with `replacing` (its name before an edit) and a new
    /// name, the old one goes in the same transaction. Refused (InvalidArgument):
    /// no name, fewer than 2 or more than 8 agents, an agent without a provider,
    /// or a new name that another ensemble has.
    void save(const Ensemble &ensemble, const QString &replacing, QObject *context, Done done);
    void remove(const QString &name, QObject *context, Done done);

    /// How long each agent's answer may take, in each round (0: no limit); the default is 180 s.
    void agentDeadline(QObject *context, DeadlineRead done);
    void setAgentDeadline(std::chrono::seconds deadline, QObject *context, Done done);

private:
    VaultService &m_vault;
};

} // namespace sotto
