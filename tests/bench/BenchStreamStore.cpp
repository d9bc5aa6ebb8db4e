// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Storing an answer at a model's pace (not a test; docs/PERFORMANCE.md, "Storing
// a stream at a model's pace"):
//   bench_stream_store [--tokens 10000,50000,100000] [--rate 200] [--interval-ms 250]
//                      [--growing-interval] [--dir DIR]
// Drives the real StreamingAppender on a real vault (interactive Argon2id) with a
// simulated clock: token i arrives at i / rate seconds, and the appender commits
// whenever its oldest uncommitted token is `interval` old — exactly what its own
// timer does at that pace, without waiting 500 s for 100,000 tokens at 200/s.
// --growing-interval replays the older policy (the wait grew by the interval per
// 16,384 characters, at most 5 s), for the "before" figures. For each answer it
// prints the commits, the process's CPU time (user + system), the bytes it wrote
// (/proc/self/io: wchar, what SQLite handed to write(); write_bytes, what reached
// the block layer — 0 on a tmpfs) and the vault's size afterwards, measured from
// the first token to the committed finish (the key derivation is left out).
#include "core/store/ConversationRepository.h"
#include "core/store/KeyDerivation.h"
#include "core/store/MessageRepository.h"
#include "core/store/StreamingAppender.h"
#include "core/store/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace sotto;
using namespace std::chrono_literals;

namespace {

struct Io {
    qint64 wchar = 0;
    qint64 writeBytes = 0;
};

Io readIo()
{
    Io io;
    QFile file(QStringLiteral("/proc/self/io"));
    if (!file.open(QIODevice::ReadOnly))
        return io;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            io.wchar = line.mid(6).trimmed().toLongLong();
        else if (line.startsWith("write_bytes:"))
            io.writeBytes = line.mid(12).trimmed().toLongLong();
    }
    return io;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// The older policy (before append-only chunks): the interval per 16,384
/// characters of the answer, at most 5 s.
qint64 growingIntervalMs(qsizetype length, qint64 intervalMs)
{
    constexpr qsizetype STEP = 16384;
    const qint64 grown = intervalMs * std::max<qsizetype>(1, (length + STEP - 1) / STEP);
    return std::max(intervalMs, std::min<qint64>(grown, 5000));
}

/// Token i of the answer: words of about four characters, as models emit them.
QString token(qint64 index)
{
    static const QStringList words
        = {QStringLiteral(" the"),     QStringLiteral(" burrow"),   QStringLiteral(" wombat"),
           QStringLiteral(" résumé"),  QStringLiteral(" of"),       QStringLiteral(" data"),
           QStringLiteral(","),        QStringLiteral(" function"), QStringLiteral(" and"),
           QStringLiteral(" quietly"), QStringLiteral("."),         QStringLiteral("\n")};
    return words.at(int(index % words.size()));
}

qint64 vaultBytes(const QString &directory)
{
    qint64 total = 0;
    for (const QFileInfo &file : QDir(directory).entryInfoList(QDir::Files))
        total += file.size();
    return total;
}

int run(qint64 tokens, int rate, qint64 intervalMs, bool growing, const QString &parent)
{
    QTemporaryDir directory(parent + QStringLiteral("/sotto-bench-stream-XXXXXX"));
    if (!directory.isValid())
        return 1;
    VaultCreateOptions options;
    options.kdf = KdfParams::interactive();
    auto vault
        = Vault::create(Profile(directory.path()), SecretBytes::fromString(QStringLiteral("bench")), options);
    if (!vault) {
        std::fprintf(stderr, "cannot create the vault: %s\n", qPrintable(vault.error().message));
        return 1;
    }
    Conversation conversation;
    conversation.title = QStringLiteral("a long answer");
    auto created = ConversationRepository(**vault).create(conversation);
    if (!created)
        return 1;
    Message question;
    question.conversationId = created->id;
    question.content = QStringLiteral("Tell me everything about wombats.");
    auto asked = MessageRepository(**vault).append(question);
    if (!asked)
        return 1;
    Message draft;
    draft.conversationId = created->id;
    draft.parentId = asked->id;
    draft.role = Role::Assistant;

    const Io ioBefore = readIo();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    // The appender's own timer never fires here (no event loop); commits follow
    // the simulated clock below.
    auto appender = StreamingAppender::begin(**vault, draft, 24h);
    if (!appender)
        return 1;
    qint64 commits = 0;
    qsizetype length = 0;
    double firstPendingS = -1;
    for (qint64 i = 0; i < tokens; ++i) {
        const double nowS = double(i) / rate;
        const QString text = token(i);
        length += text.size();
        if (firstPendingS < 0)
            firstPendingS = nowS;
        if (!(*appender)->append(text))
            return 1;
        const qint64 waitMs = growing ? growingIntervalMs(length, intervalMs) : intervalMs;
        if ((nowS - firstPendingS) * 1000 >= double(waitMs)) {
            if (!(*appender)->flush())
                return 1;
            ++commits;
            firstPendingS = -1;
        }
    }
    if (!(*appender)->finish(MessageStatus::Complete, {}, Usage{12, tokens}))
        return 1;
    ++commits;
    const double cpu = cpuSeconds() - cpuBefore;
    const qint64 wallMs = wall.elapsed();
    const Io ioAfter = readIo();
    const qint64 onDisk = vaultBytes(directory.path());
    std::printf("| %lld | %lld KB | %lld | %.2f | %.2f | %.1f MB | %.1f MB | %.1f MB | %.1f |\n",
                static_cast<long long>(tokens), static_cast<long long>(length * 2 / 1024),
                static_cast<long long>(commits), cpu, cpu * 1e6 / double(tokens),
                double(ioAfter.wchar - ioBefore.wchar) / 1e6,
                double(ioAfter.writeBytes - ioBefore.writeBytes) / 1e6, double(onDisk) / 1e6,
                double(wallMs) / 1000.0);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Storing a streamed answer at a model's pace."));
    parser.addHelpOption();
    const QCommandLineOption tokensOption(QStringLiteral("tokens"),
                                          QStringLiteral("Answer sizes, comma-separated."),
                                          QStringLiteral("LIST"), QStringLiteral("10000,50000,100000"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Tokens per second."),
                                        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
                                            QStringLiteral("The appender's commit interval."),
                                            QStringLiteral("MS"), QStringLiteral("250"));
    const QCommandLineOption growingOption(
        QStringLiteral("growing-interval"),
        QStringLiteral("Replay the older policy: the wait grows with the answer."));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Where the vaults go (a real disk)."),
                                       QStringLiteral("DIR"), QDir::tempPath());
    parser.addOptions({tokensOption, rateOption, intervalOption, growingOption, dirOption});
    parser.process(app);

    const int rate = std::max(1, parser.value(rateOption).toInt());
    const qint64 intervalMs = std::max(0, parser.value(intervalOption).toInt());
    std::printf("| tokens | text (UTF-16) | commits | CPU s | CPU ms per 1,000 tokens | written (wchar) | "
                "written (block layer) | vault + log after | wall s |\n");
    std::printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (const QString &size : parser.value(tokensOption).split(QLatin1Char(','))) {
        if (const int failed
            = run(size.toLongLong(), rate, intervalMs, parser.isSet(growingOption), parser.value(dirOption));
            failed)
            return failed;
    }
    return 0;
}
