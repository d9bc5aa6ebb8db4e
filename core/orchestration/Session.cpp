// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/Session.h"

#include "core/common/EnvironmentSecrets.h"
#include "core/net/EgressGate.h"
#include "core/net/ProxyEnvironment.h"
#include "core/orchestration/ConversationCatalog.h"
#include "core/orchestration/EgressStack.h"
#include "core/orchestration/PolicySettings.h"
#include "core/orchestration/ProviderModels.h"
#include "core/orchestration/TranscriptionService.h"
#include "core/orchestration/TurnService.h"
#include "core/providers/Backend.h"
#include "core/providers/LocalServerDiscovery.h"
#include "core/store/AuditRepository.h"
#include "core/store/ProviderRepository.h"
#include "core/store/SecretBytes.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"
#include "core/store/VaultArchive.h"
#include "core/store/VaultBackups.h"
#include "core/store/VaultService.h"

#include <QLocale>
#include <QPointer>

namespace sotto {

namespace {

struct Loaded {
    QMap<QString, QString> settings;
    QList<ProviderConfig> providers;
};

/// What the session mirrors from the vault (vault thread).
VaultResult<Loaded> loadSettingsAndProviders(Vault &vault)
{
    auto settings = SettingsRepository(vault).all();
    if (!settings)
        return Unexpected(settings.error());
    return ProviderRepository(vault).list().transform([&](QList<ProviderConfig> providers) {
        return Loaded{std::move(*settings), std::move(providers)};
    });
}

/// The API keys the providers name in the environment are read now, once, and the
/// variables leave the environment (EnvironmentSecrets): nothing Sotto starts later
/// inherits them, and /proc/PID/environ no longer shows them. GUI thread.
void keepEnvironmentKeys(const QList<ProviderConfig> &providers)
{
    QStringList names;
    for (const ProviderConfig &provider : providers) {
        if (!provider.apiKeyEnv.isEmpty())
            names << provider.apiKeyEnv;
    }
    EnvironmentSecrets::keep(names);
}

} // namespace

Session::Session(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_vault(std::make_unique<VaultService>())
    , m_egress(std::make_unique<EgressStack>(*m_vault))
    , m_conversations(std::make_unique<ConversationCatalog>(*m_vault))
    , m_turns(std::make_unique<TurnService>())
{
    connect(m_vault.get(), &VaultService::providersChanged, this, &Session::reload);
    connect(m_vault.get(), &VaultService::settingsChanged, this, &Session::reload);
    // "Don't ask again for this provider": the gate has it; keep it in the vault.
    connect(&m_egress->gate(), &EgressGate::askExemptionAdded, this, [this] {
        setPolicy(m_egress->gate().policy());
    });
    connect(m_vault.get(), &VaultService::locked, this, [this] {
        m_providers.clear();
        m_egress->forgetBackends();
        m_egress->gate().forgetApprovals();
        m_turns->cancelAll();
        Q_EMIT locked();
    });
}

Session::~Session()
{
    // The way out goes first: its requests complete their audit records through the vault.
    m_turns.reset();
    m_conversations.reset();
    m_egress.reset();
    m_vault.reset();
}

bool Session::vaultExists() const
{
    return Vault::exists(m_profile);
}

bool Session::isUnlocked() const
{
    return m_vault->isUnlocked();
}

void Session::create(const QString &passphrase)
{
    if (auto made = m_profile.ensureExists(); !made) {
        Q_EMIT unlockFailed(made.error().message, false);
        return;
    }
    m_vault->create(m_profile, SecretBytes::fromString(passphrase))
        .then(this, [this](const VaultResult<VaultOpenReport> &result) {
            onOpened(result.has_value(), result ? QString() : result.error().message, false);
        });
}

void Session::unlock(const QString &passphrase)
{
    m_vault->unlock(m_profile, SecretBytes::fromString(passphrase))
        .then(this, [this](const VaultResult<VaultOpenReport> &result) {
            QString message = result ? QString() : result.error().message;
            const bool locked = !result
                && (result.error().code == VaultError::WrongPassphrase
                    || result.error().code == VaultError::AlreadyOpen);
            // A damaged vault: name the last good copy and how to put it back; nothing was touched.
            if (!result && !locked) {
                const QList<VaultBackup> backups = VaultBackups::list(m_profile);
                if (!backups.isEmpty())
                    message += QLatin1Char(' ')
                        + tr("A copy from %1 exists: 'sotto vault restore %2' puts it back.")
                              .arg(QLocale().toString(backups.constFirst().createdAt.toLocalTime(),
                                                      QLocale::ShortFormat),
                                   backups.constFirst().id);
            }
            onOpened(result.has_value(), message,
                     !result && result.error().code == VaultError::WrongPassphrase);
        });
}

void Session::restoreFromFile(const QString &path, const QString &passphrase, QObject *context,
                              std::function<void(VaultResult<VaultRestoreReport>)> done)
{
    if (!m_turns->generating().isEmpty()) {
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)]() {
                done(vaultError(
                    VaultError::InvalidArgument,
                    tr("An answer is still being written. Stop it or let it finish, then restore the "
                       "backup.")));
            },
            Qt::QueuedConnection);
        return;
    }
    QPointer<QObject> guard(context);
    m_vault->restoreFile(m_profile, path, SecretBytes::fromString(passphrase))
        .then(this, [this, guard, done = std::move(done)](VaultResult<VaultRestoreReport> result) {
            if (result) {
                m_egress->forgetBackends();
                onOpened(true, {}, false);
            }
            if (guard)
                done(std::move(result));
        });
}

void Session::backUpVault(const QString &path, QObject *context,
                          std::function<void(VaultResult<VaultArchiveInfo>)> done)
{
    m_vault->run(
        [path](Vault &vault) {
            return VaultArchive::write(vault, path);
        },
        context, std::move(done));
}

VaultResult<VaultArchiveInfo> Session::inspectBackup(const QString &path)
{
    return VaultArchive::inspect(path);
}

void Session::onOpened(bool ok, const QString &message, bool wrongPassphrase)
{
    if (!ok) {
        Q_EMIT unlockFailed(message, wrongPassphrase);
        return;
    }
    m_vault->run(loadSettingsAndProviders, this, [this](VaultResult<Loaded> loaded) {
        if (loaded) {
            m_egress->gate().setPolicy(PolicySettings::policy(loaded->settings));
            m_retentionDays
                = loaded->settings.value(QString::fromLatin1(SettingsRepository::RETENTION_DAYS)).toInt();
            m_providers = loaded->providers;
            keepEnvironmentKeys(m_providers);
        }
        Q_EMIT unlocked();
        Q_EMIT providersChanged();
        Q_EMIT policyChanged();
    });
}

void Session::lock()
{
    m_egress->forgetBackends();
    m_vault->lock();
}

void Session::reload()
{
    if (!m_vault->isUnlocked())
        return;
    m_vault->run(loadSettingsAndProviders, this, [this](VaultResult<Loaded> loaded) {
        if (!loaded) {
            Q_EMIT problem(loaded.error().message);
            return;
        }
        const EgressPolicy policy = PolicySettings::policy(loaded->settings);
        if (!(policy == m_egress->gate().policy())) {
            m_egress->gate().setPolicy(policy);
            Q_EMIT policyChanged();
        }
        m_retentionDays
            = loaded->settings.value(QString::fromLatin1(SettingsRepository::RETENTION_DAYS)).toInt();
        m_providers = loaded->providers;
        keepEnvironmentKeys(m_providers);
        // Backends hold a copy of their configuration: rebuild them on next use.
        m_egress->forgetBackends();
        Q_EMIT providersChanged();
    });
}

std::optional<ProviderConfig> Session::provider(const QString &name) const
{
    for (const ProviderConfig &config : m_providers) {
        if (config.name == name)
            return config;
    }
    return std::nullopt;
}

std::shared_ptr<Backend> Session::backend(const QString &providerName)
{
    const auto config = provider(providerName);
    if (!config)
        return nullptr;
    return m_egress->backend(*config);
}

void Session::saveProvider(const ProviderConfig &provider)
{
    m_vault->run(
        [provider](Vault &vault) {
            return ProviderRepository(vault).save(provider);
        },
        this,
        [this](VaultResult<void> saved) {
            if (!saved)
                Q_EMIT problem(saved.error().message);
        });
}

void Session::addDefaultProvider(const ProviderConfig &provider, QObject *context,
                                 std::function<void(VaultResult<void>)> done)
{
    m_vault->run(
        [provider](Vault &vault) -> VaultResult<void> {
            if (auto saved = ProviderRepository(vault).save(provider); !saved)
                return saved;
            return SettingsRepository(vault).setValues({
                {QString::fromLatin1(SettingsRepository::LAST_PROVIDER), provider.name},
                {QString::fromLatin1(SettingsRepository::LAST_MODEL), provider.defaultModel},
            });
        },
        context, std::move(done));
}

void Session::findLocalServers(QObject *context, std::function<void(LocalServerSearch)> done)
{
    auto *discovery = new LocalServerDiscovery(m_egress->gate(), LocalServers::common(),
                                               QHostAddress(QHostAddress::LocalHost), context);
    connect(discovery, &LocalServerDiscovery::finished, context,
            [discovery, done = std::move(done)](const LocalServerSearch &search) {
                discovery->deleteLater();
                done(search);
            });
    discovery->start();
}

void Session::transcribe(const AudioClip &clip, QObject *context,
                         std::function<void(Expected<QString, Error<TranscriptionError>>)> done)
{
    m_vault->run(
        [](Vault &vault) {
            return SettingsRepository(vault).all();
        },
        context,
        [this, clip, context, done = std::move(done)](VaultResult<QMap<QString, QString>> settings) {
            using Result = TranscriptionService::Result;
            if (!settings) {
                done(Result(Unexpected(
                    Error<TranscriptionError>{TranscriptionError::Failed, settings.error().message, {}})));
                return;
            }
            const TranscriptionService::Choice choice = TranscriptionService::choice(*settings);
            if (!choice.isChosen()) {
                done(Result(Unexpected(Error<TranscriptionError>{
                    TranscriptionError::NotChosen, TranscriptionService::notChosenMessage(), {}})));
                return;
            }
            std::shared_ptr<Backend> chosen = backend(choice.provider);
            if (!chosen) {
                done(Result(Unexpected(Error<TranscriptionError>{
                    TranscriptionError::NoSuchProvider,
                    tr("The provider chosen for transcription, %1, is no longer configured: choose another "
                       "in Settings › Voice.")
                        .arg(choice.provider),
                    {}})));
                return;
            }
            TranscriptionService::transcribe(std::move(chosen), clip, choice.model, context, done);
        });
}

void Session::removeProvider(const QString &name)
{
    m_vault->run(
        [name](Vault &vault) {
            return ProviderRepository(vault).remove(name);
        },
        this,
        [this](VaultResult<void> removed) {
            if (!removed)
                Q_EMIT problem(removed.error().message);
        });
}

EgressGate &Session::gate() const
{
    return m_egress->gate();
}

void Session::listModels(const QString &providerName, QObject *context, std::function<void(ModelList)> done)
{
    const std::shared_ptr<Backend> chosen = backend(providerName);
    if (!chosen) {
        done(Unexpected(
            Error<ChatError>{ChatError::Other, tr("“%1” is not saved yet.").arg(providerName), {}}));
        return;
    }
    // The backend stays alive until the list arrives, even if the provider changes meanwhile.
    ProviderModels::refresh(*m_vault, chosen, context, std::move(done));
}

void Session::tryProvider(const ProviderConfig &config, QObject *context, std::function<void(ModelList)> done)
{
    const std::shared_ptr<Backend> tried = m_egress->transientBackend(config);
    // The backend stays alive until the list arrives.
    tried->listModels(context, [tried, done = std::move(done)](Backend::ModelList listed) {
        done(std::move(listed));
    });
}

void Session::readSetting(const QString &key, const QString &fallback, QObject *context,
                          std::function<void(QString)> done)
{
    m_vault->run(
        [key, fallback](Vault &vault) -> VaultResult<QString> {
            return SettingsRepository(vault).value(key, fallback);
        },
        context,
        [fallback, done = std::move(done)](VaultResult<QString> value) {
            done(value ? *value : fallback);
        });
}

void Session::writeSetting(const QString &key, const QString &value, QObject *context,
                           std::function<void(VaultResult<void>)> done)
{
    m_vault->run(
        [key, value](Vault &vault) {
            SettingsRepository settings(vault);
            return value.isEmpty() ? settings.remove(key) : settings.setValue(key, value);
        },
        context, std::move(done));
}

void Session::egressToday(QObject *context, std::function<void(VaultResult<EgressToday>)> done)
{
    const QDateTime midnight(QDate::currentDate(), QTime(0, 0));
    m_vault->run(
        [midnight](Vault &vault) -> VaultResult<EgressToday> {
            AuditFilter filter;
            filter.since = midnight.toUTC();
            return AuditRepository(vault)
                .totals(AuditGrouping::Destination, filter)
                .transform([](const QList<AuditTotal> &totals) {
                    EgressToday sum;
                    for (const AuditTotal &t : totals) {
                        sum.requests += t.requests;
                        sum.blocked += t.blocked;
                        sum.bytes += t.bodyBytes + t.headerBytes;
                        if (t.key != QLatin1String("loopback"))
                            sum.offMachine += t.requests - t.blocked;
                    }
                    return sum;
                });
        },
        context, std::move(done));
}

void Session::verifyPassphrase(const QString &passphrase, QObject *context,
                               std::function<void(VaultResult<void>)> done)
{
    m_vault->run(
        [secret = SecretBytes::fromString(passphrase)](Vault &vault) {
            return vault.verifyPassphrase(secret);
        },
        context, std::move(done));
}

const EgressPolicy &Session::policy() const
{
    return m_egress->gate().policy();
}

QString Session::proxyEnvironmentNotice() const
{
    return ProxyEnvironment::notice(policy());
}

void Session::setPolicy(const EgressPolicy &policy)
{
    m_egress->gate().setPolicy(policy);
    Q_EMIT policyChanged();
    const auto entries = PolicySettings::entries(policy);
    m_vault->run(
        [entries](Vault &vault) {
            return SettingsRepository(vault).setValues(entries);
        },
        this,
        [this](VaultResult<void> saved) {
            if (!saved)
                Q_EMIT problem(saved.error().message);
        });
}

void Session::setRetentionDays(int days)
{
    m_retentionDays = std::max(0, days);
    const int value = m_retentionDays;
    m_vault->run(
        [value](Vault &vault) {
            return SettingsRepository(vault).setValue(QString::fromLatin1(SettingsRepository::RETENTION_DAYS),
                                                      QString::number(value));
        },
        this,
        [this](VaultResult<void> saved) {
            if (!saved)
                Q_EMIT problem(saved.error().message);
        });
}

void Session::setPrompter(SendPrompter *prompter)
{
    m_egress->gate().setPrompter(prompter);
}

} // namespace sotto
