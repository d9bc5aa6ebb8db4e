// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Makes the frozen vaults of tests/data/vaults (see FrozenVaults.h and the
// README there). Run once per schema version, by the code of that version, and
// commit the output; never regenerate a folder that is already committed:
//
//   sotto-make-frozen-vaults OUT_DIR VERSION             OUT_DIR/vVERSION: migrations 1..VERSION of
//                                                        today's Schema, seeded as a user of that
//                                                        version would have it
//   sotto-make-frozen-vaults OUT_DIR VERSION --partial   OUT_DIR/vVERSION-partial: the same, plus an
//                                                        answer left mid-stream by a SIGKILL
//                                                        (VERSION must be today's schema version:
//                                                        the appender writes today's format)
#include "core/store/MessageRepository.h"
#include "core/store/Schema.h"
#include "core/store/StreamingAppender.h"
#include "core/store/Vault.h"
#include "tests/core/store/FrozenVaults.h"
#include "tests/core/store/MigrationSeeds.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace sotto;
using namespace std::chrono_literals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "sotto-make-frozen-vaults: %s\n", qPrintable(message));
    return 1;
}

SecretBytes passphrase()
{
    return SecretBytes::fromString(QString::fromLatin1(test::frozen::PASSPHRASE));
}

/// A vault of `version` in `profile`, seeded; stays open.
VaultResult<std::unique_ptr<Vault>> makeSeeded(const QString &profile, int version)
{
    VaultCreateOptions options;
    options.kdf = KdfParams::interactive();
    options.schemaVersion = version;
    auto vault = Vault::create(Profile(profile), passphrase(), options);
    if (!vault)
        return vault;
    if (auto seeded = (*vault)->exec(test::migrationSeeds().at(version)); !seeded)
        return Unexpected<VaultFailure>(std::move(seeded).error());
    return vault;
}

/// The child of --partial: streams an answer into a fresh vault and dies by
/// SIGKILL with one delta still buffered.
int streamAndDie(const QString &profile, int version)
{
    auto vault = makeSeeded(profile, version);
    if (!vault)
        return fail(vault.error().message + QLatin1Char(' ') + vault.error().detail);
    Message question;
    question.conversationId = 7;
    question.parentId = 12;
    question.turnId = QString::fromLatin1(test::frozen::PARTIAL_TURN_ID);
    question.role = Role::User;
    question.content = QString::fromUtf8(test::frozen::PARTIAL_QUESTION);
    auto asked = MessageRepository(**vault).append(question);
    if (!asked)
        return fail(asked.error().message);
    Message draft;
    draft.conversationId = 7;
    draft.parentId = asked->id;
    draft.turnId = question.turnId;
    draft.role = Role::Assistant;
    draft.mode = Mode::Thinking;
    draft.provider = QStringLiteral("local");
    draft.model = QStringLiteral("llama3");
    auto appender = StreamingAppender::begin(**vault, draft, 1h);
    if (!appender)
        return fail(appender.error().message);
    for (int i = 0; i < test::frozen::COMMITTED_DELTAS; ++i) {
        if (auto appended
            = (*appender)->append(test::frozen::contentDelta(i), test::frozen::thinkingDelta(i));
            !appended)
            return fail(appended.error().message);
        if (auto flushed = (*appender)->flush(); !flushed)
            return fail(flushed.error().message);
    }
    if (auto appended = (*appender)->append(QString::fromLatin1(test::frozen::LOST_DELTA)); !appended)
        return fail(appended.error().message);
    std::fflush(nullptr);
    ::kill(::getpid(), SIGKILL);
    return 1;
}

bool copyFile(const QString &from, const QString &to)
{
    return QFile::exists(from) && QFile::copy(from, to);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--stream-and-die"))
        return streamAndDie(args.at(2), args.at(3).toInt());
    const bool partial = args.size() == 4 && args.at(3) == QLatin1String("--partial");
    if (args.size() != 3 && !partial)
        return fail(QStringLiteral("usage: sotto-make-frozen-vaults OUT_DIR VERSION [--partial]"));
    bool ok = false;
    const int version = args.at(2).toInt(&ok);
    if (!ok || version < 1 || version > Schema::currentVersion() || version >= test::migrationSeeds().size())
        return fail(QStringLiteral("no such schema version, or no seed for it"));
    if (partial && version != Schema::currentVersion())
        return fail(
            QStringLiteral("--partial needs today's schema version (%1)").arg(Schema::currentVersion()));

    const QString name
        = QStringLiteral("v%1%2").arg(version).arg(partial ? QStringLiteral("-partial") : QString());
    const QDir out(QDir(args.at(1)).filePath(name));
    if (out.exists())
        return fail(out.path() + QStringLiteral(" exists: a frozen vault is never regenerated"));
    QTemporaryDir work;
    if (!work.isValid())
        return fail(QStringLiteral("no temporary folder"));
    const QString profile = work.filePath(QStringLiteral("profile"));

    if (partial) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--stream-and-die"), profile, QString::number(version)});
        if (!child.waitForFinished(120000) || child.exitStatus() != QProcess::CrashExit)
            return fail(QStringLiteral("the streaming child did not die as planned"));
    } else {
        auto vault = makeSeeded(profile, version);
        if (!vault)
            return fail(vault.error().message + QLatin1Char(' ') + vault.error().detail);
    } // closing the vault checkpoints its log into vault.db

    if (!QDir().mkpath(out.path()))
        return fail(QStringLiteral("cannot create ") + out.path());
    const QDir from(profile);
    for (const char *file : {"vault.header", "vault.db"}) {
        if (!copyFile(from.filePath(QLatin1String(file)), out.filePath(QLatin1String(file))))
            return fail(QStringLiteral("cannot copy ") + QLatin1String(file));
    }
    if (partial
        && !copyFile(from.filePath(QStringLiteral("vault.db-wal")),
                     out.filePath(QStringLiteral("vault.db-wal"))))
        return fail(QStringLiteral("the killed stream left no write-ahead log"));
    QFile digests(out.filePath(QStringLiteral("migrations.sha256")));
    if (!digests.open(QIODevice::WriteOnly) || digests.write(test::frozen::migrationDigests(version)) < 0)
        return fail(QStringLiteral("cannot write migrations.sha256"));
    std::printf("%s\n", qPrintable(out.path()));
    return 0;
}
