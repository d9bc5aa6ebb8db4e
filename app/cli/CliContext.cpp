// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/cli/CliContext.h"

#include "app/ExitCode.h"
#include "app/ProcessHardening.h"
#include "app/cli/AwaitFuture.h"
#include "app/cli/CliOptions.h"
#include "app/cli/PassphraseReader.h"
#include "core/providers/HttpBackend.h"
#include "core/store/SecretBytes.h"
#include "core/store/Vault.h"
#include "core/store/VaultBackups.h"
#include "core/store/VaultService.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <unistd.h>

namespace sotto::app {

CliContext::CliContext(QStringList arguments, QTextStream &out, QTextStream &err)
    : m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
    , m_outFilter(STDOUT_FILENO)
    , m_errFilter(STDERR_FILENO)
{ }

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(CliOptions::profileOption());
    parser.addOption(CliOptions::passphraseFileOption());
    parser.addHelpOption();
}

int CliContext::parse(QCommandLineParser &parser)
{
    if (!parser.parse(m_arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << CliOptions::helpText(parser, m_arguments.value(0));
        m_out.flush();
        return ExitOk;
    }
    m_profileDirectory = parser.value(CliOptions::profileOption());
    m_passphraseFile = parser.value(CliOptions::passphraseFileOption());
    return -1;
}

std::optional<ProviderConfig> CliContext::adHocProvider(Api api, const QString &baseUrl,
                                                        const QString &apiKeyEnv)
{
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        fail(ExitUsage, tr("'%1' is not an http(s) URL.").arg(baseUrl));
        return std::nullopt;
    }
    ProviderConfig config;
    config.api = api;
    config.baseUrl = url;
    config.name = HttpBackend::displayHost(url);
    config.apiKeyEnv = apiKeyEnv;
    config.apiKey = ProcessHardening::takeEnvironmentSecret(apiKeyEnv.toLocal8Bit());
    if (!apiKeyEnv.isEmpty() && config.apiKey.isEmpty()) {
        fail(ExitUsage, tr("The environment variable %1 is empty.").arg(apiKeyEnv));
        return std::nullopt;
    }
    return config;
}

Profile CliContext::profile() const
{
    return Profile::resolve(m_profileDirectory);
}

PassphraseReader::Result CliContext::readPassphrase(const Profile &where, bool exists)
{
    return exists ? PassphraseReader::read(m_passphraseFile,
                                           tr("Passphrase for the vault in %1: ").arg(where.directory()))
                  : PassphraseReader::readNew(
                      m_passphraseFile,
                      tr("No vault in %1 yet. Choose a passphrase for a new one: ").arg(where.directory()),
                      tr("Repeat the passphrase: "));
}

int CliContext::failOpening(const VaultFailure &failure, const Profile &where)
{
    const bool locked = failure.code == VaultError::WrongPassphrase || failure.code == VaultError::AlreadyOpen
        || failure.code == VaultError::Locked;
    QString message = failure.message;
    // A damaged vault: say where the last good copy is, without touching anything.
    const QList<VaultBackup> backups = locked ? QList<VaultBackup>() : VaultBackups::list(where);
    if (!backups.isEmpty())
        message += QLatin1Char(' ')
            + tr("A copy from %1 exists: 'sotto vault restore %2' puts it back.")
                  .arg(backups.constFirst().createdAt.toLocalTime().toString(
                           QStringLiteral("yyyy-MM-dd HH:mm")),
                       backups.constFirst().id);
    return fail(locked ? ExitLocked : ExitFailure, message);
}

std::unique_ptr<Vault> CliContext::openVault(int &exitCode)
{
    const Profile where = profile();
    if (auto created = where.ensureExists(); !created) {
        exitCode = fail(ExitFailure, created.error().message);
        return nullptr;
    }
    const bool exists = Vault::exists(where);
    PassphraseReader::Result passphrase = readPassphrase(where, exists);
    if (!passphrase) {
        exitCode = fail(ExitLocked, passphrase.error().message);
        return nullptr;
    }
    const SecretBytes secret = SecretBytes::takeUtf8(*passphrase);
    VaultResult<std::unique_ptr<Vault>> vault
        = exists ? Vault::open(where, secret) : Vault::create(where, secret);
    if (!vault) {
        exitCode = failOpening(vault.error(), where);
        return nullptr;
    }
    if (!exists)
        m_err << tr("sotto: created a new encrypted vault in %1.").arg(where.directory()) << Qt::endl;
    exitCode = ExitOk;
    return std::move(*vault);
}

bool CliContext::unlockVault(VaultService &service, int &exitCode, const VaultOpenOptions &options)
{
    const Profile where = profile();
    if (auto created = where.ensureExists(); !created) {
        exitCode = fail(ExitFailure, created.error().message);
        return false;
    }
    const bool exists = Vault::exists(where);
    auto passphrase = readPassphrase(where, exists);
    if (!passphrase) {
        exitCode = fail(ExitLocked, passphrase.error().message);
        return false;
    }
    const auto opened = await(exists ? service.unlock(where, SecretBytes::takeUtf8(*passphrase), options)
                                     : service.create(where, SecretBytes::takeUtf8(*passphrase)));
    if (!opened) {
        exitCode = failOpening(opened.error(), where);
        return false;
    }
    exitCode = ExitOk;
    return true;
}

int CliContext::fail(int code, const QString &message)
{
    QString line = message.trimmed();
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << QStringLiteral("sotto: ") << m_errFilter(line) << Qt::endl;
    return code;
}

void CliContext::printJson(const QJsonDocument &document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace sotto::app
