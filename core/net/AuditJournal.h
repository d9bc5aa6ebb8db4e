// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"
#include "core/types/AuditRecord.h"

#include <QtGlobal>

#include <functional>

class QObject;

namespace sotto {

enum class AuditJournalError {
    Unavailable, // the vault is locked or closed
    WriteFailed,
};

/// Where EgressGate writes its audit records, ahead of the network (DESIGN.md
/// invariant 2). The vault provides the real one on its own thread; tests use an
/// in-memory one.
///
/// Contract for implementations:
///  - begin() persists `record` durably (committed, not merely queued) and then
///    calls `done` with the new record id (> 0), or with an error if it could not.
///    A record arrives with status Sent (about to go out), Blocked (refused by
///    policy) or Failed (could not be sent: host not found, invalid request).
///  - complete() moves record `id` to its final state; `done` reports whether
///    that was committed.
///  - `done` is called exactly once, on the thread of `context`, and not at all if
///    `context` is destroyed first (QMetaObject::invokeMethod(context, …) does
///    both). `context` may be null for complete(): then nobody waits for it.
///  - Calls arrive on the gate's thread; the journal must outlive the gate.
class AuditJournal {
public:
    using BeginResult = Expected<qint64, Error<AuditJournalError>>;
    using CompleteResult = Expected<void, Error<AuditJournalError>>;
    using BeginCallback = std::function<void(BeginResult)>;
    using CompleteCallback = std::function<void(CompleteResult)>;

    virtual ~AuditJournal();

    virtual void begin(const AuditRecord &record, QObject *context, BeginCallback done) = 0;
    virtual void complete(qint64 id, const AuditCompletion &completion, QObject *context,
                          CompleteCallback done)
        = 0;

protected:
    AuditJournal() = default;
    Q_DISABLE_COPY_MOVE(AuditJournal)
};

} // namespace sotto
