// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Drives a vault from a second process for the store's tests. Passphrases come
// from SOTTO_TEST_PASSPHRASE / SOTTO_TEST_NEW_PASSPHRASE, never the command line.
//
//   sotto_vault_helper hold PROFILE          open, write a setting, print "open", wait for a
//                                            line on stdin
//   sotto_vault_helper open PROFILE          try to open; print "ok" or "<error-name> <message>"
//   sotto_vault_helper stream PROFILE MS     stream an answer (streamDelta(0), (1), …) with
//                                            commits every MS ms; print "conversation ID",
//                                            "message ID", then "committed LENGTH" after each
//                                            commit and "row ID" after each complete message
//                                            written beside it. Runs until killed.
//   sotto_vault_helper rekey PROFILE STEP    change the passphrase, and die (_exit) right
//                                            after STEP (exported, pending-header-written,
//                                            database-replaced, header-replaced, none)
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/SecretBytes.h"
#include "core/store/SettingsRepository.h"
#include "core/store/StreamingAppender.h"
#include "core/store/Vault.h"
#include "tests/core/store/VaultTestSupport.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

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

int stream(Vault &vault, std::chrono::milliseconds interval)
{
    Conversation target;
    target.title = QStringLiteral("stream target");
    auto conversation = ConversationRepository(vault).create(target);
    Conversation other;
    other.title = QStringLiteral("rows beside the stream");
    auto sideConversation = ConversationRepository(vault).create(other);
    if (!conversation || !sideConversation)
        return fail(conversation ? sideConversation.error() : conversation.error());
    say(QStringLiteral("conversation %1").arg(conversation->id));
    Message draft;
    draft.conversationId = conversation->id;
    draft.role = Role::Assistant;
    draft.mode = Mode::Thinking;
    auto appender = StreamingAppender::begin(vault, draft, interval);
    if (!appender)
        return fail(appender.error());
    say(QStringLiteral("message %1").arg((*appender)->messageId()));
    qsizetype committed = 0;
    for (int i = 0;; ++i) {
        if (auto appended = (*appender)->append(sotto::test::streamDelta(i), u"thinking "); !appended)
            return fail(appended.error());
        if ((*appender)->committedContentLength() != committed) {
            committed = (*appender)->committedContentLength();
            say(QStringLiteral("committed %1").arg(committed));
        }
        if (i % 40 == 0) {
            Message row;
            row.conversationId = sideConversation->id;
            row.content = QStringLiteral("row %1").arg(i);
            auto stored = MessageRepository(vault).append(row);
            if (!stored)
                return fail(stored.error());
            say(QStringLiteral("row %1").arg(stored->id));
        }
        // A token stream, only faster than any real one.
        QThread::usleep(200);
    }
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
    if (command == QLatin1String("stream") && args.size() > 3)
        return stream(**vault, std::chrono::milliseconds(args.at(3).toInt()));
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
