// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The vault off the caller's thread, with real threads: unlock, work, change
// signals, streams, lock, and the audit journal EgressGate writes through.
#include "core/store/VaultService.h"

#include "core/orchestration/VaultAuditJournal.h"
#include "core/store/AuditRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QSignalSpy>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

VaultCreateOptions fastOptions()
{
    VaultCreateOptions options;
    options.kdf = fastKdf();
    return options;
}

} // namespace

class TestVaultService final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_profile = std::make_unique<Profile>(m_temp->path());
        m_service = std::make_unique<VaultService>();
    }
    void cleanup()
    {
        m_service.reset();
        m_profile.reset();
        m_temp.reset();
    }

    bool createAndUnlock()
    {
        QSignalSpy unlocked(m_service.get(), &VaultService::unlocked);
        auto created = m_service->create(*m_profile, secret("pass"), fastOptions());
        created.waitForFinished();
        if (!created.result())
            return false;
        return unlocked.wait(5000) || unlocked.size() == 1;
    }

    void workRunsOnTheVaultThread()
    {
        QVERIFY(createAndUnlock());
        QVERIFY(m_service->isUnlocked());
        auto where = m_service->run([](Vault &) {
            return VaultResult<QThread *>(QThread::currentThread());
        });
        QVERIFY(where.result());
        QVERIFY(*where.result() != QThread::currentThread());
        auto again = m_service->run([](Vault &) {
            return VaultResult<QThread *>(QThread::currentThread());
        });
        QCOMPARE(*again.result(), *where.result()); // always the same thread
    }

    void unlockDerivesTheKeyOffThisThread()
    {
        QVERIFY(createAndUnlock());
        m_service->lock().waitForFinished();
        QTRY_VERIFY(!m_service->isUnlocked());
        // The future is handed back before the (slow) work is done: this thread keeps running.
        auto unlocked = m_service->unlock(*m_profile, secret("pass"));
        QVERIFY(!unlocked.isFinished() || unlocked.result());
        QSignalSpy spy(m_service.get(), &VaultService::unlocked);
        QVERIFY(spy.wait(5000));
        QVERIFY(unlocked.result());
        QVERIFY(m_service->isUnlocked());
    }

    void wrongPassphraseStaysLocked()
    {
        QVERIFY(createAndUnlock());
        m_service->lock().waitForFinished();
        auto unlocked = m_service->unlock(*m_profile, secret("nope"));
        QCOMPARE(unlocked.result().error().code, VaultError::WrongPassphrase);
        QCoreApplication::processEvents();
        QVERIFY(!m_service->isUnlocked());
    }

    void workWhileLockedIsNotRun()
    {
        bool ran = false;
        auto result = m_service->run([&ran](Vault &) {
            ran = true;
            return VaultResult<int>(1);
        });
        QCOMPARE(result.result().error().code, VaultError::Locked);
        QVERIFY(!ran);
    }

    void writesAnnounceChangesBeforeTheResult()
    {
        QVERIFY(createAndUnlock());
        QSignalSpy conversations(m_service.get(), &VaultService::conversationsChanged);
        QSignalSpy messages(m_service.get(), &VaultService::messagesChanged);
        QStringList order;
        connect(m_service.get(), &VaultService::conversationsChanged, this, [&order]() {
            order << QStringLiteral("signal");
        });
        m_service
            ->run([](Vault &vault) {
                Conversation draft;
                draft.title = QStringLiteral("from another thread");
                auto created = ConversationRepository(vault).create(draft);
                if (!created)
                    return VaultResult<qint64>(Unexpected<VaultFailure>(created.error()));
                Message message;
                message.conversationId = created->id;
                message.content = QStringLiteral("hi");
                if (auto appended = MessageRepository(vault).append(message); !appended)
                    return VaultResult<qint64>(Unexpected<VaultFailure>(appended.error()));
                return VaultResult<qint64>(created->id);
            })
            .then(this, [&order](const VaultResult<qint64> &id) {
                QVERIFY(id);
                order << QStringLiteral("result");
            });
        QTRY_COMPARE(order.size(), 2);
        QCOMPARE(order, QStringList({QStringLiteral("signal"), QStringLiteral("result")}));
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(messages.size(), 1);
        // Reads announce nothing.
        m_service
            ->run([](Vault &vault) {
                return ConversationRepository(vault).count();
            })
            .waitForFinished();
        QCoreApplication::processEvents();
        QCOMPARE(conversations.size(), 1);
    }

    void callbackIsDroppedWhenItsContextIsGone()
    {
        QVERIFY(createAndUnlock());
        auto *context = new QObject(this);
        bool called = false;
        bool keptCalled = false;
        m_service->run(
            [](Vault &vault) {
                return ConversationRepository(vault).count();
            },
            context,
            [&called](const VaultResult<qint64> &) {
                called = true;
            });
        delete context;
        m_service->run(
            [](Vault &vault) {
                return ConversationRepository(vault).count();
            },
            this,
            [&keptCalled](const VaultResult<qint64> &count) {
                keptCalled = count.has_value();
            });
        QTRY_VERIFY(keptCalled);
        QVERIFY(!called);
    }

    void streamCommitsByTimerAndFinishes()
    {
        QVERIFY(createAndUnlock());
        auto conversation = m_service->run([](Vault &vault) {
            Conversation draft;
            draft.title = QStringLiteral("stream");
            return ConversationRepository(vault).create(draft);
        });
        QVERIFY(conversation.result());
        Message draft;
        draft.conversationId = conversation.result()->id;
        draft.role = Role::Assistant;
        auto begun = m_service->beginStream(draft);
        QVERIFY(begun.result());
        const qint64 id = begun.result()->id;
        QCOMPARE(begun.result()->status, MessageStatus::Partial);
        m_service->appendToStream(id, QStringLiteral("Once upon"), QStringLiteral("plot"));
        m_service->appendToStream(id, QStringLiteral(" a time"));
        // No more deltas: the vault thread's timer commits within 250 ms.
        const auto stored = [this, id]() {
            auto message = m_service->run([id](Vault &vault) {
                return MessageRepository(vault).get(id);
            });
            return message.result() ? message.result()->content : QString();
        };
        QTRY_COMPARE(stored(), QStringLiteral("Once upon a time"));

        QSignalSpy messages(m_service.get(), &VaultService::messagesChanged);
        m_service->appendToStream(id, QStringLiteral("."));
        auto finished = m_service->finishStream(id, MessageStatus::Complete, {}, Usage{3, 4});
        QVERIFY(finished.result());
        QCOMPARE(finished.result()->status, MessageStatus::Complete);
        auto whole = m_service->run([id](Vault &vault) {
            return MessageRepository(vault).get(id);
        });
        QVERIFY(whole.result());
        QCOMPARE(whole.result()->content, QStringLiteral("Once upon a time."));
        QCOMPARE(whole.result()->thinking, QStringLiteral("plot"));
        QCOMPARE(whole.result()->status, MessageStatus::Complete);
        QTRY_COMPARE(messages.size(), 1);
        QCOMPARE(messages.first().first().toLongLong(), draft.conversationId);
        QCOMPARE(m_service->finishStream(id, MessageStatus::Complete).result().error().code,
                 VaultError::NotFound);
    }

    void lockKeepsWhatAStreamHeld()
    {
        QVERIFY(createAndUnlock());
        auto conversation = m_service->run([](Vault &vault) {
            Conversation draft;
            draft.title = QStringLiteral("stream");
            return ConversationRepository(vault).create(draft);
        });
        Message draft;
        draft.conversationId = conversation.result()->id;
        auto begun = m_service->beginStream(draft);
        const qint64 id = begun.result()->id;
        m_service->appendToStream(id, QStringLiteral("interrupted by the lock"));
        QSignalSpy locked(m_service.get(), &VaultService::locked);
        m_service->lock().waitForFinished();
        QVERIFY(locked.wait(5000));
        m_service->unlock(*m_profile, secret("pass")).waitForFinished();
        auto message = m_service->run([id](Vault &vault) {
            return MessageRepository(vault).get(id);
        });
        QVERIFY(message.result());
        QCOMPARE(message.result()->content, QStringLiteral("interrupted by the lock"));
        QCOMPARE(message.result()->status, MessageStatus::Partial);
    }

    void passphraseChangeRunsOnTheVaultThread()
    {
        QVERIFY(createAndUnlock());
        QCOMPARE(m_service->changePassphrase(secret("wrong"), secret("new")).result().error().code,
                 VaultError::WrongPassphrase);
        QVERIFY(m_service->changePassphrase(secret("pass"), secret("new")).result());
        m_service->lock().waitForFinished();
        QCOMPARE(m_service->unlock(*m_profile, secret("pass")).result().error().code,
                 VaultError::WrongPassphrase);
        QVERIFY(m_service->unlock(*m_profile, secret("new")).result());
    }

    void auditJournalWritesAheadAndCompletes()
    {
        VaultAuditJournal journal(*m_service);
        AuditRecord record;
        record.provider = QStringLiteral("openai");
        record.host = QStringLiteral("api.openai.com");
        record.status = AuditStatus::Sent;
        std::optional<AuditJournal::BeginResult> begun;
        QThread *calledOn = nullptr;
        journal.begin(record, this, [&](AuditJournal::BeginResult result) {
            begun = std::move(result);
            calledOn = QThread::currentThread();
        });
        QTRY_VERIFY(begun.has_value());
        QVERIFY(!*begun);
        QCOMPARE(begun->error().code, AuditJournalError::Unavailable); // locked

        QVERIFY(createAndUnlock());
        QSignalSpy audit(m_service.get(), &VaultService::auditChanged);
        begun.reset();
        journal.begin(record, this, [&](AuditJournal::BeginResult result) {
            begun = std::move(result);
            calledOn = QThread::currentThread();
        });
        QTRY_VERIFY(begun.has_value());
        QVERIFY(*begun);
        QVERIFY(**begun > 0);
        QCOMPARE(calledOn, QThread::currentThread());
        const qint64 id = **begun;
        // Committed before the id was reported: a fresh read sees it as sent.
        auto stored = m_service->run([id](Vault &vault) {
            return AuditRepository(vault).get(id);
        });
        QCOMPARE(stored.result()->status, AuditStatus::Sent);

        bool completed = false;
        AuditCompletion completion;
        completion.status = AuditStatus::Completed;
        completion.httpStatus = 200;
        journal.complete(id, completion, this, [&completed](AuditJournal::CompleteResult result) {
            completed = result.has_value();
        });
        QTRY_VERIFY(completed);
        journal.complete(id, completion, nullptr, {});
        stored = m_service->run([id](Vault &vault) {
            return AuditRepository(vault).get(id);
        });
        QCOMPARE(stored.result()->status, AuditStatus::Completed);
        QTRY_VERIFY(audit.size() >= 2);
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<VaultService> m_service;
};

QTEST_GUILESS_MAIN(TestVaultService)
#include "TestVaultService.moc"
