// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "app/ExitCode.h"
#include "app/ProcessHardening.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseReader.h"
#include "core/store/SecretBytes.h"
#include "core/store/Vault.h"
#include "core/store/VaultArchive.h"
#include "core/store/VaultBackups.h"

#include <QLocale>

#include <QCommandLineParser>

namespace sotto::app {

namespace {

class VaultText final {
    Q_DECLARE_TR_FUNCTIONS(VaultCommand)
};

int exitCodeOf(VaultError code)
{
    switch (code) {
    case VaultError::BadFile:
        return ExitBadInput;
    case VaultError::WrongPassphrase:
    case VaultError::AlreadyOpen:
        return ExitLocked;
    default:
        return ExitFailure;
    }
}

/// `sotto vault backup FILE`: the open vault, as one encrypted file.
int backUp(CliContext &context, const QString &path)
{
    if (!Vault::exists(context.profile()))
        return context.fail(ExitUsage,
                            VaultText::tr("There is no vault in %1 yet.").arg(context.profile().directory()));
    int exitCode = ExitOk;
    std::unique_ptr<Vault> vault = context.openVault(exitCode);
    if (!vault)
        return exitCode;
    auto written = VaultArchive::write(*vault, path);
    if (!written)
        return context.fail(exitCodeOf(written.error().code), written.error().message);
    context.out() << VaultText::tr(
                         "Backed up the vault to %1 (%2). The backup is encrypted: it opens with the "
                         "passphrase the vault has now.")
                         .arg(path, QLocale().formattedDataSize(written->fileBytes))
                  << Qt::endl;
    return ExitOk;
}

/// `sotto vault restore --file FILE`: checks the file and its passphrase, then puts it in place.
int restoreFromFile(CliContext &context, const QString &path)
{
    // A file that is not a backup is refused before anything is asked.
    if (auto inspected = VaultArchive::inspect(path); !inspected)
        return context.fail(exitCodeOf(inspected.error().code), inspected.error().message);
    auto passphrase = PassphraseReader::read(context.passphraseFile(),
                                             VaultText::tr("Passphrase of the backup %1: ").arg(path));
    if (!passphrase)
        return context.fail(ExitLocked, passphrase.error().message);
    const SecretBytes secret = SecretBytes::takeUtf8(*passphrase);
    auto verified = VaultArchive::verify(path, secret);
    if (!verified)
        return context.fail(exitCodeOf(verified.error().code), verified.error().message);
    if (auto made = context.profile().ensureExists(); !made)
        return context.fail(ExitFailure, made.error().message);
    auto replaced = VaultBackups::restoreFile(context.profile(), path, *verified);
    if (!replaced)
        return context.fail(exitCodeOf(replaced.error().code), replaced.error().message);
    const QString kept = replaced->id.isEmpty() ? QString()
                                                : QLatin1Char(' ')
            + VaultText::tr("The files it replaced are kept as the copy %1 ('sotto vault backups').")
                  .arg(replaced->id);
    // Opening it proves the restored vault whole (and brings an older one up to date).
    auto vault = Vault::open(context.profile(), secret);
    if (!vault)
        return context.fail(ExitFailure, vault.error().message + kept);
    context.out() << VaultText::tr("Restored the vault from %1, backed up on %2.")
                         .arg(path,
                              QLocale().toString(verified->createdAt.toLocalTime(), QLocale::ShortFormat))
            + kept << Qt::endl;
    return ExitOk;
}

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
    const QCommandLineOption fileOption(
        QStringLiteral("file"),
        VaultText::tr(
            "restore: put back the vault from the backup file <file> (made by 'sotto vault backup'; "
            "it asks for that backup's passphrase)."),
        VaultText::tr("file"));
    parser.addOption(fileOption);
    parser.addPositionalArgument(
        QStringLiteral("action"),
        VaultText::tr(
            "backup FILE: write the vault, still encrypted, to one file; check: verify the vault's "
            "integrity; change-passphrase: re-encrypt it under a new passphrase; backups: list the "
            "copies taken before upgrades and restores; restore ID | restore --file FILE: put a copy "
            "or a backup file back (the current files are kept as another copy)."),
        QStringLiteral("backup FILE|check|change-passphrase|backups|restore ID|restore --file FILE"));
    if (const int early = context.parse(parser); early >= 0)
        return early;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool restore = action == QLatin1String("restore");
    const bool fromFile = parser.isSet(fileOption);
    const bool withArgument = action == QLatin1String("backup") || (restore && !fromFile);
    if (args.size() != (withArgument ? 2 : 1) || (fromFile && !restore)
        || (!restore && action != QLatin1String("backup") && action != QLatin1String("check")
            && action != QLatin1String("change-passphrase") && action != QLatin1String("backups")))
        return context.fail(ExitUsage,
                            VaultText::tr("Use 'sotto vault backup FILE', 'check', 'change-passphrase', "
                                          "'backups', 'restore ID' or 'restore --file FILE'."));
    if (action == QLatin1String("backup"))
        return backUp(context, args.at(1));
    if (restore && fromFile)
        return restoreFromFile(context, parser.value(fileOption));

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
