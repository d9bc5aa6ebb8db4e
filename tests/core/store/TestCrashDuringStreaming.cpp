// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Nothing lost (DESIGN.md invariant 7): a helper process streams an answer into
// the vault and is killed with SIGKILL at a different point each time. The vault
// always opens, passes its integrity checks, holds at least every batch the
// helper reported committed — marked partial — and every row written beside it;
// and not one word of the stream is readable in any file of the profile.
#include "core/store/MessageRepository.h"
#include "core/store/Vault.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QProcess>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr int ITERATIONS = 24;

struct Reported {
    qint64 messageId = 0;
    qsizetype committed = 0;
    QList<qint64> rows;
};

/// Reads the helper's lines until it has reported `commits` commits, then kills it.
Reported streamThenKill(const Profile &profile, int commits, int intervalMs)
{
    Reported reported;
    QProcess helper;
    helper.setProcessEnvironment(helperEnvironment("correct horse"));
    helper.start(helperPath(), {QStringLiteral("stream"), profile.directory(), QString::number(intervalMs)});
    int seen = 0;
    while (seen < commits && helper.state() != QProcess::NotRunning) {
        if (!helper.canReadLine() && !helper.waitForReadyRead(20000))
            break;
        while (helper.canReadLine()) {
            const QByteArray line = helper.readLine().trimmed();
            const QList<QByteArray> words = line.split(' ');
            if (words.size() != 2)
                continue;
            if (words.at(0) == "message") {
                reported.messageId = words.at(1).toLongLong();
            } else if (words.at(0) == "committed") {
                reported.committed = words.at(1).toLongLong();
                ++seen;
            } else if (words.at(0) == "row") {
                reported.rows << words.at(1).toLongLong();
            }
        }
    }
    helper.kill(); // SIGKILL
    helper.waitForFinished(20000);
    return reported;
}

} // namespace

class TestCrashDuringStreaming final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedMidStreamLosesNothingCommitted_data()
    {
        QTest::addColumn<int>("commitsBeforeKill");
        QTest::addColumn<int>("intervalMs");
        // Varied kill points: after 1 to 12 commits, batches of 2 to 25 ms.
        for (int i = 0; i < ITERATIONS; ++i)
            QTest::addRow("kill %d", i) << 1 + (i * 5) % 12 << 2 + (i * 7) % 24;
    }

    void killedMidStreamLosesNothingCommitted()
    {
        QFETCH(int, commitsBeforeKill);
        QFETCH(int, intervalMs);
        TempProfile temp;
        const Profile profile(temp.path());
        createVault(profile).reset();

        const Reported reported = streamThenKill(profile, commitsBeforeKill, intervalMs);
        QVERIFY(reported.messageId > 0);
        QVERIFY(reported.committed > 0);

        // Before anything reopens it: no word of the stream is in clear anywhere.
        const QStringList found
            = findPlaintext(profile.directory(),
                            {QStringLiteral("zanzibar"), QStringLiteral("quokka-1"),
                             QStringLiteral("marmalade"), QStringLiteral("stream target")});
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        auto vault = openVault(profile);
        QVERIFY(vault);
        auto check = vault->checkIntegrity();
        QVERIFY(check);
        QVERIFY2(check->ok, qPrintable(check->problems.join(QLatin1Char('\n'))));

        auto message = MessageRepository(*vault).get(reported.messageId);
        QVERIFY(message);
        QCOMPARE(message->status, MessageStatus::Partial);
        QVERIFY2(message->content.size() >= reported.committed,
                 qPrintable(QStringLiteral("%1 < %2").arg(message->content.size()).arg(reported.committed)));
        // Exactly a run of whole deltas, in order: no torn or reordered batch.
        QString expected;
        for (int i = 0; expected.size() < message->content.size(); ++i)
            expected += streamDelta(i);
        QCOMPARE(message->content, expected);
        QVERIFY(message->thinking.startsWith(QStringLiteral("thinking ")));
        for (qint64 row : reported.rows)
            QVERIFY2(MessageRepository(*vault).get(row), qPrintable(QString::number(row)));
    }
};

QTEST_GUILESS_MAIN(TestCrashDuringStreaming)
#include "TestCrashDuringStreaming.moc"
