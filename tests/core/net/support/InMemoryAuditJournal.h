// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/AuditJournal.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace sotto::test {

/// An AuditJournal kept in memory, for tests only (the vault provides the real
/// one). Answers asynchronously, like a journal on another thread would; can hold
/// its commits until released, or fail, to test the write-ahead ordering.
class InMemoryAuditJournal final : public QObject, public AuditJournal {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InMemoryAuditJournal)

public:
    explicit InMemoryAuditJournal(QObject *parent = nullptr);

    /// While holding, begin() stores nothing and answers nothing until releaseHeld().
    void setHoldBegins(bool hold) { m_holdBegins = hold; }
    void setFailBegins(bool fail) { m_failBegins = fail; }
    void setFailCompletes(bool fail) { m_failCompletes = fail; }
    int heldCount() const { return int(m_held.size()); }
    /// The record of held begin() `index`, as the gate wrote it ahead.
    AuditRecord heldRecord(int index) const;
    /// Commits every held record and answers its caller.
    void releaseHeld();

    /// Records as committed, in id order, completions applied.
    QList<AuditRecord> records() const { return m_records.values(); }
    AuditRecord record(qint64 id) const { return m_records.value(id); }
    int count() const { return int(m_records.size()); }
    AuditRecord last() const { return m_records.isEmpty() ? AuditRecord() : m_records.last(); }
    int completions() const { return m_completions; }

    void begin(const AuditRecord &record, QObject *context, BeginCallback done) override;
    void complete(qint64 id, const AuditCompletion &completion, QObject *context,
                  CompleteCallback done) override;

Q_SIGNALS:
    void began(qint64 id);
    void completed(qint64 id);
    void beginHeld();

private:
    struct Held {
        AuditRecord record;
        QPointer<QObject> context;
        BeginCallback done;
    };

    qint64 commit(AuditRecord record);

    QMap<qint64, AuditRecord> m_records;
    QList<Held> m_held;
    qint64 m_nextId = 1;
    int m_completions = 0;
    bool m_holdBegins = false;
    bool m_failBegins = false;
    bool m_failCompletes = false;
};

} // namespace sotto::test
