// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"
#include "core/net/EgressPolicy.h"
#include "core/store/Profile.h"
#include "core/store/VaultError.h"
#include "core/types/ChatResult.h"
#include "core/types/LocalServer.h"
#include "core/types/ModelCatalog.h"
#include "core/types/ProviderConfig.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sotto {

struct AudioClip;
enum class TranscriptionError;

class Backend;
class ConversationCatalog;
class EgressGate;
class EgressStack;
class SendPrompter;
class TurnService;
class VaultService;
struct VaultRestoreReport;
struct VaultArchiveInfo;

/// What left the machine today, for the status bar.
struct EgressToday {
    qint64 requests = 0;
    qint64 blocked = 0;
    qint64 bytes = 0; // bodies and headers sent
    qint64 offMachine = 0; // sent requests whose destination was not loopback
};

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
    EgressGate &gate() const;
    ConversationCatalog &conversations() const { return *m_conversations; }
    /// The running turns, per conversation; locking cancels them.
    TurnService &turns() const { return *m_turns; }

    bool vaultExists() const;
    bool isUnlocked() const;
    void create(const QString &passphrase);
    void unlock(const QString &passphrase);
    void lock();
    /// Replaces the vault with a backup file (VaultService::restoreFile), then
    /// loads it as unlock() does: unlocked() follows a success. Refused while an
    /// answer is being written (it would be cut short). `done` runs on this thread
    /// unless `context` is gone; on a failure, isUnlocked() says whether the vault
    /// that was open still is (a wrong passphrase or a damaged file changes nothing).
    void restoreFromFile(const QString &path, const QString &passphrase, QObject *context,
                         std::function<void(VaultResult<VaultRestoreReport>)> done);
    /// Writes the vault to the backup file `path` on the vault's thread
    /// (VaultArchive::write), while everything else keeps working.
    void backUpVault(const QString &path, QObject *context,
                     std::function<void(VaultResult<VaultArchiveInfo>)> done);
    /// What the backup file `path` says about itself (its first bytes only; BadFile when it is not one).
    static VaultResult<VaultArchiveInfo> inspectBackup(const QString &path);

    const QList<ProviderConfig> &providers() const { return m_providers; }
    std::optional<ProviderConfig> provider(const QString &name) const;
    /// The backend of a configured provider, or nullptr. Shared: a turn keeps its
    /// backend alive even if the provider is edited while it runs.
    std::shared_ptr<Backend> backend(const QString &providerName);
    using ModelList = Expected<ModelCatalog, Error<ChatError>>;
    /// Asks a saved provider for its models and their context lengths (through the
    /// gate, audited) and stores them with the provider (ProviderModels); `done` runs
    /// once on this thread unless `context` is gone.
    void listModels(const QString &providerName, QObject *context, std::function<void(ModelList)> done);
    /// Asks the provider `config` describes (saved or not) for its models, through
    /// the gate and audited like any request, and stores nothing: trying settings
    /// does not save them. `done` runs once on this thread unless `context` is gone.
    void tryProvider(const ProviderConfig &config, QObject *context, std::function<void(ModelList)> done);
    void saveProvider(const ProviderConfig &provider);
    void removeProvider(const QString &name);
    /// Saves `provider` and makes it, with its default model, the one new chats start
    /// with (SettingsRepository::LAST_PROVIDER and LAST_MODEL). `done` runs once on this
    /// thread unless `context` is gone.
    void addDefaultProvider(const ProviderConfig &provider, QObject *context,
                            std::function<void(VaultResult<void>)> done);
    /// Looks for the model servers running on this computer (LocalServerDiscovery:
    /// loopback only, through the gate, audited with purpose `discovery`). Only ever on
    /// the user's request. `done` runs once on this thread unless `context` is gone
    /// (which cancels the search).
    void findLocalServers(QObject *context, std::function<void(LocalServerSearch)> done);
    /// Sends `clip` to the provider and model chosen for transcription (the vault's
    /// setting, TranscriptionService), through the gate like any request. `done` runs
    /// once on this thread unless `context` is gone (which cancels the request).
    void transcribe(const AudioClip &clip, QObject *context,
                    std::function<void(Expected<QString, Error<TranscriptionError>>)> done);

    const EgressPolicy &policy() const;
    void setPolicy(const EgressPolicy &policy);
    /// What to say about the environment's proxy variables (HTTPS_PROXY, ALL_PROXY…),
    /// which Sotto never uses, while no global proxy is set: one sentence naming them and
    /// how to set a proxy, or empty (ProxyEnvironment). Follows policyChanged().
    QString proxyEnvironmentNotice() const;
    int retentionDays() const { return m_retentionDays; }
    void setRetentionDays(int days);
    /// The answerer of "ask before sending"; not owned.
    void setPrompter(SendPrompter *prompter);

    // Reads and writes on the vault's thread; `done` runs on this thread unless
    // `context` is gone.
    /// A setting of the vault (settings that name content live there, not in QSettings).
    void readSetting(const QString &key, const QString &fallback, QObject *context,
                     std::function<void(QString value)> done);
    /// Stores a setting; an empty value removes it.
    void writeSetting(const QString &key, const QString &value, QObject *context,
                      std::function<void(VaultResult<void>)> done);
    /// Today's requests from the audit log (local time).
    void egressToday(QObject *context, std::function<void(VaultResult<EgressToday>)> done);
    /// Whether `passphrase` opens this vault (a key derivation, off this thread).
    void verifyPassphrase(const QString &passphrase, QObject *context,
                          std::function<void(VaultResult<void>)> done);

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
    std::unique_ptr<EgressStack> m_egress;
    std::unique_ptr<ConversationCatalog> m_conversations;
    std::unique_ptr<TurnService> m_turns;
    QList<ProviderConfig> m_providers;
    int m_retentionDays = 0;
};

} // namespace sotto
