// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/support/MemoryJournal.h"

#include <QMetaObject>
#include <QObject>

namespace sotto::test {

void MemoryJournal::begin(const AuditRecord &record, QObject *context, BeginCallback done)
{
    AuditRecord stored = record;
    stored.id = m_records.size() + 1;
    m_records << stored;
    const qint64 id = stored.id;
    QMetaObject::invokeMethod(
        context,
        [done, id] {
            done(id);
        },
        Qt::QueuedConnection);
}

void MemoryJournal::complete(qint64 id, const AuditCompletion &completion, QObject *context,
                             CompleteCallback done)
{
    if (id > 0 && id <= m_records.size()) {
        AuditRecord &record = m_records[id - 1];
        record.status = completion.status;
        record.httpStatus = completion.httpStatus;
        record.responseBytes = completion.responseBytes;
        record.durationMs = completion.durationMs;
        record.error = completion.error;
        if (!completion.policyReason.isEmpty())
            record.policyReason = completion.policyReason;
    }
    if (context && done)
        QMetaObject::invokeMethod(
            context,
            [done] {
                done({});
            },
            Qt::QueuedConnection);
}

} // namespace sotto::test
