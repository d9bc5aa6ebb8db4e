// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/VaultAuditJournal.h"

#include "core/store/AuditRepository.h"
#include "core/store/VaultService.h"

namespace sotto {

namespace {

Error<AuditJournalError> journalError(const VaultFailure &failure)
{
    return {failure.code == VaultError::Locked ? AuditJournalError::Unavailable
                                               : AuditJournalError::WriteFailed,
            failure.message, failure.detail};
}

} // namespace

VaultAuditJournal::VaultAuditJournal(VaultService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void VaultAuditJournal::begin(const AuditRecord &record, QObject *context, BeginCallback done)
{
    m_service.run(
        [record](Vault &vault) {
            return AuditRepository(vault).insert(record);
        },
        context,
        [done = std::move(done)](VaultResult<qint64> result) {
            if (result)
                done(BeginResult(*result));
            else
                done(BeginResult(Unexpected(journalError(result.error()))));
        });
}

void VaultAuditJournal::complete(qint64 id, const AuditCompletion &completion, QObject *context,
                                 CompleteCallback done)
{
    auto work = [id, completion](Vault &vault) {
        return AuditRepository(vault).complete(id, completion);
    };
    if (!context || !done) {
        m_service.run(std::move(work));
        return;
    }
    m_service.run(std::move(work), context, [done = std::move(done)](VaultResult<void> result) {
        if (result)
            done(CompleteResult());
        else
            done(CompleteResult(Unexpected(journalError(result.error()))));
    });
}

} // namespace sotto
