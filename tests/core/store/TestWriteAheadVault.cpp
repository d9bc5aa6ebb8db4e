// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Write-ahead audit (DESIGN.md invariant 2) with the REAL journal: EgressGate over
// VaultAuditJournal over a VaultService whose vault writes through FailingVfs. When
// the vault cannot record the request (the disk is full, its files became read-only,
// the vault is locked), the
// request stops before the network: the fake server sees no connection at all. A
// control shows the same set-up does reach the server and leaves the record.
#include "core/net/EgressGate.h"
#include "core/orchestration/VaultAuditJournal.h"
#include "core/store/AuditRepository.h"
#include "core/store/Vault.h"
#include "core/store/VaultService.h"
#include "tests/core/net/support/ReplyWatcher.h"
#include "tests/core/store/FailingVfs.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

class TestWriteAheadVault final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { FailingVfs::registerOnce(); }

    void init()
    {
        FailingVfs::setBudget(-1);
        FailingVfs::setReadOnly(false);
        m_profile = std::make_unique<TempProfile>();
        createVault(Profile(m_profile->path())).reset();
        m_service = std::make_unique<VaultService>();
        VaultOpenOptions options;
        options.vfs = FailingVfs::NAME;
        QSignalSpy unlocked(m_service.get(), &VaultService::unlocked);
        m_service->unlock(Profile(m_profile->path()), secret("correct horse"), options);
        QVERIFY(unlocked.wait(30000));
        m_journal = std::make_unique<VaultAuditJournal>(*m_service);
        m_gate = std::make_unique<EgressGate>(*m_journal);
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_gate.reset();
        m_journal.reset();
        FailingVfs::setBudget(-1);
        FailingVfs::setReadOnly(false);
        m_service.reset();
        m_server.reset();
        m_profile.reset();
    }

    void aWritableVaultRecordsAndSends()
    {
        // Control: the same gate, journal and vault do reach the server.
        ReplyWatcher watcher(m_gate->send(chatRequest()));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Completed);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(watcher.result().auditId > 0);
        QCOMPARE(storedStatuses(), QList<AuditStatus>({AuditStatus::Completed}));
    }

    void aFullDiskStopsTheRequestBeforeTheNetwork()
    {
        FailingVfs::setBudget(0); // the vault's next write fails: SQLITE_FULL
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not sending to 127.0.0.1 .*")));
        ReplyWatcher watcher(m_gate->send(chatRequest()));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::AuditFailed);
        QCOMPARE(watcher.result().auditId, 0);
        QVERIFY(FailingVfs::refusedWrites() > 0);
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(m_server->requestCount(), 0);

        // Once the disk has room again, nothing was recorded as sent, and the vault
        // still records and sends.
        FailingVfs::setBudget(-1);
        QCOMPARE(storedStatuses(), QList<AuditStatus>());
        ReplyWatcher next(m_gate->send(chatRequest()));
        QVERIFY(next.waitForFinished());
        QCOMPARE(next.result().status, EgressResult::Status::Completed);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void aReadOnlyVaultStopsTheRequestBeforeTheNetwork()
    {
        // The vault was opened, then its files became read-only (TestReadOnlyVault
        // shows a vault on a read-only mount with the real binary).
        FailingVfs::setReadOnly(true);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not sending to 127.0.0.1 .*")));
        ReplyWatcher watcher(m_gate->send(chatRequest()));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::AuditFailed);
        QCOMPARE(watcher.result().auditId, 0);
        QVERIFY(FailingVfs::refusedWrites() > 0);
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(m_server->requestCount(), 0);
        // One message, which says why: nothing was sent, the vault cannot be written.
        const QString message = watcher.result().message;
        QVERIFY2(message.startsWith(QStringLiteral("Not sent:"))
                     && message.contains(QStringLiteral("read-only")) && !message.contains(QLatin1Char('\n')),
                 qPrintable(message));

        FailingVfs::setReadOnly(false);
        QCOMPARE(storedStatuses(), QList<AuditStatus>());
    }

    void aLockedVaultStopsTheRequestBeforeTheNetwork()
    {
        QSignalSpy locked(m_service.get(), &VaultService::locked);
        m_service->lock();
        QVERIFY(locked.wait(30000));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not sending to 127.0.0.1 .*")));
        ReplyWatcher watcher(m_gate->send(chatRequest()));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(watcher.result().status, EgressResult::Status::Failed);
        QCOMPARE(watcher.result().error, EgressError::AuditFailed);
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(m_server->requestCount(), 0);
    }

private:
    EgressRequest chatRequest() const
    {
        EgressRequest request;
        request.provider = QStringLiteral("Fake");
        request.purpose = QStringLiteral("chat");
        request.method = "POST";
        request.url = m_server->url(QStringLiteral("/v1/chat/completions"));
        request.headers = {{"Content-Type", "application/json"}};
        request.body = R"({"model":"fake-model","stream":true,"messages":[{"role":"user","content":"Hi"}]})";
        return request;
    }

    /// The statuses of the audit records in the vault, oldest first.
    QList<AuditStatus> storedStatuses()
    {
        auto listed = m_service
                          ->run([](Vault &vault) {
                              return AuditRepository(vault).list();
                          })
                          .result();
        if (!listed) {
            qWarning() << "cannot list the audit:" << listed.error().message;
            return {AuditStatus::Failed, AuditStatus::Failed, AuditStatus::Failed};
        }
        QList<AuditStatus> statuses;
        for (const AuditRecord &record : std::as_const(*listed))
            statuses.prepend(record.status);
        return statuses;
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<VaultService> m_service;
    std::unique_ptr<VaultAuditJournal> m_journal;
    std::unique_ptr<EgressGate> m_gate;
    std::unique_ptr<FakeProviderServer> m_server;
};

QTEST_GUILESS_MAIN(TestWriteAheadVault)
#include "TestWriteAheadVault.moc"
