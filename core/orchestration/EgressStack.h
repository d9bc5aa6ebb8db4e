// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/EgressRequest.h"
#include "core/types/ProviderConfig.h"

#include <QHash>
#include <QString>

#include <memory>

namespace sotto {

class Backend;
class EgressGate;
class VaultAuditJournal;
class VaultService;

/// The composition root of the way out, the same for the GUI (Session) and the
/// CLI: the vault-backed write-ahead journal, the one EgressGate over it, and
/// the backends of the providers, which send through the gate.
///
/// Thread of the VaultService; does not own it, and must not outlive it.
/// Destroys the backends first, then the gate (whose requests complete their
/// records through the journal), then the journal.
class EgressStack final {
public:
    explicit EgressStack(VaultService &vault);
    ~EgressStack();
    EgressStack(const EgressStack &) = delete;
    EgressStack &operator=(const EgressStack &) = delete;

    EgressGate &gate() const { return *m_gate; }
    /// The backend for `config`, made once per provider name while its settings
    /// stay the same. Shared: a turn keeps its backend alive even if the provider
    /// is edited while it runs.
    std::shared_ptr<Backend> backend(const ProviderConfig &config);
    /// A backend for `config` made for one use and not remembered (a provider's
    /// settings tried before they are saved).
    std::shared_ptr<Backend> transientBackend(const ProviderConfig &config) const;
    /// Drops the cached backends (providers changed, vault locked).
    void forgetBackends();
    /// How long the requests of the backends made from now on may wait at each step
    /// (forgets the cached backends).
    void setTimeouts(const EgressTimeouts &timeouts);

private:
    std::unique_ptr<VaultAuditJournal> m_journal;
    std::unique_ptr<EgressGate> m_gate;
    QHash<QString, std::shared_ptr<Backend>> m_backends;
    EgressTimeouts m_timeouts;
};

} // namespace sotto
