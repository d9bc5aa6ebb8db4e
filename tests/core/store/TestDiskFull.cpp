// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// A disk that fills up mid-write: the write reports a clear error, and after
// reopening with the normal file system the vault is consistent and holds every
// row that was committed before (and nothing half-written).
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/StreamingAppender.h"
#include "core/store/Vault.h"
#include "tests/core/store/FailingVfs.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr int BASELINE = 40;

Message messageFor(qint64 conversationId, int index)
{
    Message message;
    message.conversationId = conversationId;
    message.content = QStringLiteral("message %1 ").arg(index) + QString(300, QLatin1Char('x'));
    if (index % 5 == 0)
        message.attachments.append(
            Attachment{0, QStringLiteral("image/png"), QByteArray(6000, char(index)), {}, {}, {}});
    return message;
}

} // namespace

class TestDiskFull final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { FailingVfs::registerOnce(); }
    void cleanup() { FailingVfs::setBudget(-1); }

    void diskFullLosesNothingCommitted_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<bool>("streaming");
        for (qint64 budget : {0, 100, 4096, 5000, 20000, 65536, 200000}) {
            QTest::addRow("appends, %lld bytes left", budget) << budget << false;
            QTest::addRow("stream, %lld bytes left", budget) << budget << true;
        }
    }

    void diskFullLosesNothingCommitted()
    {
        QFETCH(qint64, budget);
        QFETCH(bool, streaming);
        TempProfile temp;
        const Profile profile(temp.path());
        qint64 conversationId = 0;
        {
            auto vault = createVault(profile);
            QVERIFY(vault);
            Conversation draft;
            draft.title = QStringLiteral("before the disk filled up");
            conversationId = ConversationRepository(*vault).create(draft)->id;
            for (int i = 0; i < BASELINE; ++i)
                QVERIFY(MessageRepository(*vault).append(messageFor(conversationId, i)));
        }

        VaultOpenOptions options;
        options.vfs = FailingVfs::NAME;
        auto opened = Vault::open(profile, secret("correct horse"), options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        std::unique_ptr<Vault> vault = std::move(*opened);
        FailingVfs::setBudget(budget);

        QList<qint64> committed;
        QString streamedCommitted;
        qint64 streamedId = 0;
        std::optional<VaultFailure> failure;
        if (streaming) {
            Message draft;
            draft.conversationId = conversationId;
            draft.role = Role::Assistant;
            auto appender = StreamingAppender::begin(*vault, draft, std::chrono::milliseconds(0));
            if (!appender) {
                failure = appender.error();
            } else {
                streamedId = (*appender)->messageId();
                for (int i = 0; i < 2000 && !failure; ++i) {
                    const QString token = QStringLiteral("token%1 ").arg(i);
                    if (auto appended = (*appender)->append(token); !appended)
                        failure = appended.error();
                    else
                        streamedCommitted += token; // committed at once (interval 0)
                }
                appender->reset(); // its last flush fails too: the disk is still full
            }
        } else {
            for (int i = BASELINE; i < BASELINE + 2000 && !failure; ++i) {
                auto stored = MessageRepository(*vault).append(messageFor(conversationId, i));
                if (stored)
                    committed << stored->id;
                else
                    failure = stored.error();
            }
        }
        QVERIFY2(failure, "the disk never filled up");
        QCOMPARE(failure->code, VaultError::DiskFull);
        QVERIFY(failure->message.contains(QLatin1String("disk is full")));
        QVERIFY(FailingVfs::refusedWrites() > 0);
        vault.reset(); // its closing checkpoint fails as well
        FailingVfs::setBudget(-1);

        vault = openVault(profile);
        QVERIFY(vault);
        auto check = vault->checkIntegrity();
        QVERIFY(check);
        QVERIFY2(check->ok, qPrintable(check->problems.join(QLatin1Char('\n'))));
        auto messages = MessageRepository(*vault).list(conversationId);
        QVERIFY(messages);
        for (int i = 0; i < BASELINE; ++i) {
            QCOMPARE(messages->at(i).content, messageFor(conversationId, i).content);
            QCOMPARE(messages->at(i).attachments.size(), i % 5 == 0 ? 1 : 0);
        }
        if (streaming) {
            if (streamedId) {
                auto streamed = MessageRepository(*vault).get(streamedId);
                QVERIFY(streamed);
                QCOMPARE(streamed->status, MessageStatus::Partial);
                QVERIFY(streamed->content.startsWith(streamedCommitted));
            }
        } else {
            // Every append that returned is there, whole; the one that failed is not.
            QCOMPARE(messages->size(), BASELINE + committed.size());
            for (int i = 0; i < committed.size(); ++i) {
                QCOMPARE(messages->at(BASELINE + i).id, committed.at(i));
                QCOMPARE(messages->at(BASELINE + i).content,
                         messageFor(conversationId, BASELINE + i).content);
            }
        }
        // And the vault takes writes again.
        QVERIFY(MessageRepository(*vault).append(messageFor(conversationId, 9999)));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "TestDiskFull.moc"
