// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/net/EgressPolicy.h"
#include "core/types/ProviderConfig.h"
#include "core/store/Profile.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace sotto {

class Backend;
class EgressGate;
class SendPrompter;
class VaultAuditJournal;
class VaultService;

/// One profile as the GUI sees it: the vault (on its own thread), the one egress
/// door with its vault-backed write-ahead audit, the privacy policy and the
/// configured providers, kept in step with the vault. The UI reaches core
/// through this and ChatController.
///
/// create()/unlock() derive the key off this thread and end with unlocked() or
/// unlockFailed(); lock() closes the vault and forgets the session's approvals.
/// Lives on the GUI thread; built by app/ and handed to the window.
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(Profile profile, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    VaultService &vault() const { return *m_vault; }
    EgressGate &gate() const { return *m_gate; }

    bool vaultExists() const;
    bool isUnlocked() const;
    void create(const QString &passphrase);
    void unlock(const QString &passphrase);
    void lock();

    const QList<ProviderConfig> &providers() const { return m_providers; }
    std::optional<ProviderConfig> provider(const QString &name) const;
    /// The backend of a configured provider, or nullptr. Shared: a turn keeps its
    /// backend alive even if the provider is edited while it runs.
    std::shared_ptr<Backend> backend(const QString &providerName);
    void saveProvider(const ProviderConfig &provider);
    void removeProvider(const QString &name);

    const EgressPolicy &policy() const;
    void setPolicy(const EgressPolicy &policy);
    int retentionDays() const { return m_retentionDays; }
    void setRetentionDays(int days);
    /// The answerer of "ask before sending"; not owned.
    void setPrompter(SendPrompter *prompter);

Q_SIGNALS:
    void unlocked();
    void unlockFailed(const QString &message, bool wrongPassphrase);
    void locked();
    void providersChanged();
    void policyChanged();
    void problem(const QString &message);

private:
    void onOpened(bool ok, const QString &message, bool wrongPassphrase);
    void reload();

    Profile m_profile;
    std::unique_ptr<VaultService> m_vault;
    std::unique_ptr<VaultAuditJournal> m_journal;
    std::unique_ptr<EgressGate> m_gate;
    QList<ProviderConfig> m_providers;
    QHash<QString, std::shared_ptr<Backend>> m_backends;
    int m_retentionDays = 0;
};

} // namespace sotto
