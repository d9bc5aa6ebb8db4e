// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "app/cli/PassphraseReader.h"
#include "app/cli/TerminalFilter.h"
#include "core/store/Profile.h"
#include "core/store/Vault.h"
#include "core/store/VaultError.h"
#include "core/types/ProviderConfig.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;
class QJsonDocument;

namespace sotto {
class Vault;
class VaultService;
} // namespace sotto

namespace sotto::app {

/// What every command gets: its arguments (the command's own name first), the
/// two output streams, and the options shared by all commands. Commands print
/// results on `out` and exactly one clear line per error on `err`.
class CliContext final {
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QStringList arguments, QTextStream &out, QTextStream &err);

    const QStringList &arguments() const { return m_arguments; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    /// Text that came from a provider or the vault, as it may be written to `out`
    /// or `err`: without control characters when that stream is a terminal.
    QString forOut(const QString &text) const { return m_outFilter(text); }
    QString forErr(const QString &text) const { return m_errFilter(text); }
    bool outIsTerminal() const { return m_outFilter.isTerminal(); }

    /// Adds --profile, --passphrase-file and --help to a command's parser.
    static void addCommonOptions(QCommandLineParser &parser);
    /// Parses the command's arguments. Returns -1 to go on, or the exit code to
    /// return at once (0 after printing --help, 2 after a usage error).
    int parse(QCommandLineParser &parser);

    /// An ad-hoc provider (`--api … --base-url URL [--api-key-env VAR]`): the URL must be
    /// http(s) with a host; the key is read once and taken out of the environment
    /// (ProcessHardening). nullopt, with the usage error printed, otherwise (exit 2).
    std::optional<ProviderConfig> adHocProvider(Api api, const QString &baseUrl, const QString &apiKeyEnv);

    Profile profile() const;
    QString passphraseFile() const { return m_passphraseFile; }

    /// Opens the profile's vault with the passphrase from the file, the
    /// environment or the terminal — creating it on first use. On failure the
    /// error line is printed and `exitCode` set (3: locked or wrong passphrase).
    std::unique_ptr<Vault> openVault(int &exitCode);
    /// The same, for a command that runs the vault on its own thread (ask,
    /// import): the vault unlocked, or created, in `service`. False, with the
    /// error line printed and `exitCode` set, when it did not open. `options`
    /// apply to an existing vault (a new one is created with the defaults).
    bool unlockVault(VaultService &service, int &exitCode, const VaultOpenOptions &options = {});

    /// Prints one error line ("sotto: …", through forErr(): an error may quote a
    /// provider) and returns `code`.
    int fail(int code, const QString &message);
    void printJson(const QJsonDocument &document);

private:
    /// Asks as openVault() does: for the passphrase of the vault, or a new one.
    PassphraseReader::Result readPassphrase(const Profile &where, bool exists);
    /// Prints why the vault did not open (naming the last good copy of a damaged
    /// one) and returns the exit code.
    int failOpening(const VaultFailure &failure, const Profile &where);

    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    TerminalFilter m_outFilter;
    TerminalFilter m_errFilter;
    QString m_profileDirectory;
    QString m_passphraseFile;
};

} // namespace sotto::app
