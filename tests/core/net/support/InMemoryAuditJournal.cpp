// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/net/support/InMemoryAuditJournal.h"

#include <QMetaObject>

namespace sotto::test {

namespace {

template <typename Callback, typename Result>
void answerLater(QObject *context, Callback done, Result result)
{
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), result = std::move(result)]() mutable {
            done(std::move(result));
        },
        Qt::QueuedConnection);
}

Error<AuditJournalError> writeFailure()
{
    return {AuditJournalError::WriteFailed, QStringLiteral("the disk is full"),
            QStringLiteral("test journal fails")};
}

} // namespace

InMemoryAuditJournal::InMemoryAuditJournal(QObject *parent)
    : QObject(parent)
{ }

AuditRecord InMemoryAuditJournal::heldRecord(int index) const
{
    return m_held.at(index).record;
}

void InMemoryAuditJournal::begin(const AuditRecord &record, QObject *context, BeginCallback done)
{
    if (m_failBegins) {
        answerLater(context, std::move(done), BeginResult(Unexpected(writeFailure())));
        return;
    }
    if (m_holdBegins) {
        m_held.append({record, context, std::move(done)});
        Q_EMIT beginHeld();
        return;
    }
    const qint64 id = commit(record);
    answerLater(context, std::move(done), BeginResult(id));
}

void InMemoryAuditJournal::releaseHeld()
{
    const QList<Held> held = std::exchange(m_held, {});
    for (const Held &entry : held) {
        const qint64 id = commit(entry.record);
        answerLater(entry.context.data(), entry.done, BeginResult(id));
    }
}

qint64 InMemoryAuditJournal::commit(AuditRecord record)
{
    record.id = m_nextId++;
    m_records.insert(record.id, record);
    Q_EMIT began(record.id);
    return record.id;
}

void InMemoryAuditJournal::complete(qint64 id, const AuditCompletion &completion, QObject *context,
                                    CompleteCallback done)
{
    if (m_failCompletes || !m_records.contains(id)) {
        answerLater(context, std::move(done), CompleteResult(Unexpected(writeFailure())));
        return;
    }
    AuditRecord &record = m_records[id];
    record.status = completion.status;
    record.httpStatus = completion.httpStatus;
    record.responseBytes = completion.responseBytes;
    record.durationMs = completion.durationMs;
    record.error = completion.error;
    if (!completion.policyReason.isEmpty())
        record.policyReason = completion.policyReason;
    ++m_completions;
    Q_EMIT completed(id);
    answerLater(context, std::move(done), CompleteResult());
}

} // namespace sotto::test
