// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/AuditJournal.h"

#include <QObject>

namespace sotto {

class VaultService;

/// EgressGate's journal in the vault (DESIGN.md invariant 2): begin() inserts
/// the record on the vault thread and reports its id only once it is committed;
/// complete() records the outcome. `done` runs on the service's thread, which
/// must be the gate's (the GUI thread, or the CLI's main thread), and not at all
/// if `context` was destroyed first. A locked vault answers Unavailable.
///
/// Thread affinity: the service's thread. Does not own the service, which must
/// outlive it.
class VaultAuditJournal final : public QObject, public AuditJournal {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultAuditJournal)

public:
    explicit VaultAuditJournal(VaultService &service, QObject *parent = nullptr);

    void begin(const AuditRecord &record, QObject *context, BeginCallback done) override;
    void complete(qint64 id, const AuditCompletion &completion, QObject *context,
                  CompleteCallback done) override;

private:
    VaultService &m_service;
};

} // namespace sotto
