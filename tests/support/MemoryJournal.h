// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/AuditJournal.h"
#include "core/types/AuditRecord.h"

#include <QList>

namespace sotto::test {

/// An AuditJournal that keeps records in memory and answers on the next turn of
/// the event loop, as the vault-backed journal does. For tests of code above
/// EgressGate that do not need a vault.
class MemoryJournal final : public AuditJournal {
public:
    void begin(const AuditRecord &record, QObject *context, BeginCallback done) override;
    void complete(qint64 id, const AuditCompletion &completion, QObject *context,
                  CompleteCallback done) override;

    const QList<AuditRecord> &records() const { return m_records; }

private:
    QList<AuditRecord> m_records;
};

} // namespace sotto::test
