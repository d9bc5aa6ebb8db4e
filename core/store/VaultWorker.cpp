// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/VaultWorker.h"

#include "core/store/StreamingAppender.h"
#include "core/store/Vault.h"

namespace sotto {

VaultWorker::VaultWorker(ChangeSink sink)
    : m_sink(std::move(sink))
{ }

VaultWorker::~VaultWorker()
{
    close();
}

void VaultWorker::post(Job job)
{
    QMetaObject::invokeMethod(
        this,
        [this, job = std::move(job)]() {
            execute(job);
        },
        Qt::QueuedConnection);
}

void VaultWorker::execute(const Job &job)
{
    job(*this);
    if (m_vault) {
        const VaultChanges changes = m_vault->takeChanges();
        if (!changes.isEmpty())
            m_sink(changes);
    }
}

void VaultWorker::setVault(std::unique_ptr<Vault> vault)
{
    close();
    m_vault = std::move(vault);
}

void VaultWorker::close()
{
    // Destroying an appender commits its pending text and joins its chunks; the message stays partial.
    m_streams.clear();
    if (m_vault) {
        const VaultChanges changes = m_vault->takeChanges();
        if (!changes.isEmpty())
            m_sink(changes);
    }
    m_vault.reset();
}

} // namespace sotto
