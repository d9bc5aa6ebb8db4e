// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/ProcessHardening.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseReader.h"
#include "core/store/SecretBytes.h"
#include "core/store/Vault.h"
#include "core/store/VaultBackups.h"

#include <QLocale>

#include <QCommandLineParser>

namespace sotto::app {

namespace {

class VaultText final {
    Q_DECLARE_TR_FUNCTIONS(VaultCommand)
};

} // namespace

int runVaultCommand(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(VaultText::tr("Look after the encrypted vault."));
    CliContext::addCommonOptions(parser);
    const QCommandLineOption newPassphraseFile(
        QStringLiteral("new-passphrase-file"),
        VaultText::tr("change-passphrase: read the new passphrase from <file> (else $SOTTO_NEW_PASSPHRASE, "
                      "else a prompt)."),
        VaultText::tr("file"));
    parser.addOption(newPassphraseFile);
    parser.addPositionalArgument(
        QStringLiteral("action"),
        VaultText::tr("check: verify the vault's integrity; change-passphrase: "
                      "re-encrypt it under a new passphrase; backups: list the copies "
                      "taken before upgrades; restore ID: put a copy back (the current "
                      "files are kept as another copy)."),
        QStringLiteral("check|change-passphrase|backups|restore ID"));
    if (const int early = context.parse(parser); early >= 0)
        return early;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool restore = action == QLatin1String("restore");
    if ((restore && args.size() != 2) || (!restore && args.size() != 1)
        || (!restore && action != QLatin1String("check") && action != QLatin1String("change-passphrase")
            && action != QLatin1String("backups")))
        return context.fail(ExitUsage,
                            VaultText::tr("Use 'sotto vault check', 'change-passphrase', 'backups' or "
                                          "'restore ID'."));

    // Backups are plain copies of the encrypted files: listing and restoring needs no passphrase.
    if (action == QLatin1String("backups")) {
        const QList<VaultBackup> backups = VaultBackups::list(context.profile());
        for (const VaultBackup &backup : backups) {
            context.out() << backup.id << "  "
                          << backup.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          << "  " << QLocale().formattedDataSize(backup.bytes) << "  "
                          << (backup.reason == VaultBackup::Reason::PreMigration
                                  ? VaultText::tr("before an upgrade")
                                  : VaultText::tr("replaced by a restore"))
                          << '\n';
        }
        if (backups.isEmpty())
            context.err() << VaultText::tr("There are no copies of the vault.") << Qt::endl;
        context.out().flush();
        return ExitOk;
    }
    if (restore) {
        auto restored = VaultBackups::restore(context.profile(), args.at(1));
        if (!restored)
            return context.fail(restored.error().code == VaultError::AlreadyOpen ? ExitLocked : ExitFailure,
                                restored.error().message);
        context.out() << VaultText::tr(
                             "Restored the copy %1; the files it replaced are kept as another copy.")
                             .arg(args.at(1))
                      << Qt::endl;
        return ExitOk;
    }

    if (action == QLatin1String("check")) {
        int exitCode = ExitOk;
        std::unique_ptr<Vault> vault = context.openVault(exitCode);
        if (!vault)
            return exitCode;
        auto report = vault->checkIntegrity();
        if (!report)
            return context.fail(ExitFailure, report.error().message);
        if (!report->ok) {
            for (const QString &problem : std::as_const(report->problems))
                context.out() << problem << '\n';
            return context.fail(ExitFailure,
                                VaultText::tr("The vault in %1 is damaged (%n problem(s) found).", nullptr,
                                              int(report->problems.size()))
                                    .arg(context.profile().directory()));
        }
        context.out() << VaultText::tr("The vault in %1 is intact.").arg(context.profile().directory())
                      << Qt::endl;
        return ExitOk;
    }

    if (!Vault::exists(context.profile()))
        return context.fail(ExitUsage,
                            VaultText::tr("There is no vault in %1 yet.").arg(context.profile().directory()));
    auto current = PassphraseReader::read(context.passphraseFile(), VaultText::tr("Current passphrase: "));
    if (!current)
        return context.fail(ExitLocked, current.error().message);
    const SecretBytes currentSecret = SecretBytes::takeUtf8(*current);

    PassphraseReader::Result next = Unexpected(Error<PassphraseError>{PassphraseError::Unavailable, {}, {}});
    if (parser.isSet(newPassphraseFile)) {
        next = PassphraseReader::fromFile(parser.value(newPassphraseFile));
    } else if (qEnvironmentVariableIsSet("SOTTO_NEW_PASSPHRASE")) {
        QByteArray fromEnv
            = ProcessHardening::takeEnvironmentSecret(QByteArrayLiteral("SOTTO_NEW_PASSPHRASE"));
        next = fromEnv.isEmpty() ? PassphraseReader::Result(Unexpected(Error<PassphraseError>{
                   PassphraseError::Empty, VaultText::tr("SOTTO_NEW_PASSPHRASE is empty."), {}}))
                                 : PassphraseReader::Result(fromEnv);
    } else {
        next = PassphraseReader::readNew(QString(), VaultText::tr("New passphrase: "),
                                         VaultText::tr("Repeat the new passphrase: "));
    }
    if (!next)
        return context.fail(ExitUsage, next.error().message);
    const SecretBytes nextSecret = SecretBytes::takeUtf8(*next);

    auto vault = Vault::open(context.profile(), currentSecret);
    if (!vault) {
        const VaultError code = vault.error().code;
        return context.fail(
            code == VaultError::WrongPassphrase || code == VaultError::AlreadyOpen ? ExitLocked : ExitFailure,
            vault.error().message);
    }
    if (auto changed = (*vault)->changePassphrase(currentSecret, nextSecret); !changed)
        return context.fail(ExitFailure, changed.error().message);
    context.out() << VaultText::tr("The vault's passphrase has been changed.") << Qt::endl;
    return ExitOk;
}

} // namespace sotto::app
