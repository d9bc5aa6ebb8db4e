// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Drives a vault from a second process for the store's tests. Passphrases come
// from SOTTO_TEST_PASSPHRASE / SOTTO_TEST_NEW_PASSPHRASE, never the command line.
//
//   sotto_vault_helper hold PROFILE          open, write a setting, print "open", wait for a
//                                            line on stdin
//   sotto_vault_helper open PROFILE          try to open; print "ok" or "<error-name> <message>"
//   sotto_vault_helper rekey PROFILE STEP    change the passphrase, and die (_exit) right
//                                            after STEP (exported, pending-header-written,
//                                            database-replaced, header-replaced, none)
#include "core/store/SecretBytes.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace sotto;

namespace {

SecretBytes passphraseFrom(const char *variable)
{
    QByteArray value = qgetenv(variable);
    return SecretBytes::takeUtf8(value);
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const VaultFailure &error)
{
    say(vaultErrorName(error.code) + QLatin1Char(' ') + error.message);
    return 1;
}

QString stepName(PassphraseChangeStep step)
{
    switch (step) {
    case PassphraseChangeStep::Exported:
        return QStringLiteral("exported");
    case PassphraseChangeStep::PendingHeaderWritten:
        return QStringLiteral("pending-header-written");
    case PassphraseChangeStep::DatabaseReplaced:
        return QStringLiteral("database-replaced");
    case PassphraseChangeStep::HeaderReplaced:
        return QStringLiteral("header-replaced");
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        say(QStringLiteral("usage: sotto_vault_helper hold|open|rekey PROFILE [STEP]"));
        return 2;
    }
    const QString command = args.at(1);
    const Profile profile(args.at(2));
    auto vault = Vault::open(profile, passphraseFrom("SOTTO_TEST_PASSPHRASE"));
    if (!vault)
        return fail(vault.error());

    if (command == QLatin1String("open")) {
        say(QStringLiteral("ok"));
        return 0;
    }
    if (command == QLatin1String("hold")) {
        // Leaves committed frames in the write-ahead log for a kill to strand.
        if (auto written = SettingsRepository(**vault).setValue(
                QStringLiteral("held-by"), QString::number(QCoreApplication::applicationPid()));
            !written)
            return fail(written.error());
        say(QStringLiteral("open"));
        QTextStream(stdin).readLine();
        return 0;
    }
    if (command == QLatin1String("rekey") && args.size() > 3) {
        const QString dieAfter = args.at(3);
        PassphraseChangeOptions options;
        options.afterStep = [&dieAfter](PassphraseChangeStep step) {
            if (stepName(step) == dieAfter) {
                say(QStringLiteral("died after ") + dieAfter);
                ::_exit(9); // no destructors, no cleanup: as abrupt as a crash
            }
        };
        auto changed = (*vault)->changePassphrase(passphraseFrom("SOTTO_TEST_PASSPHRASE"),
                                                  passphraseFrom("SOTTO_TEST_NEW_PASSPHRASE"), options);
        if (!changed)
            return fail(changed.error());
        say(QStringLiteral("changed"));
        return 0;
    }
    say(QStringLiteral("unknown command"));
    return 2;
}
