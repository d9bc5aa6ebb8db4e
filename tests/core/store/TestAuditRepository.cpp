// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/AuditRepository.h"

#include "core/store/ConversationRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

const QDateTime DAY1 = QDateTime(QDate(2026, 1, 10), QTime(23, 30), Qt::UTC);
const QDateTime DAY2 = QDateTime(QDate(2026, 1, 11), QTime(9, 0), Qt::UTC);

AuditRecord record(const QString &provider, const QString &host, Destination destination,
                   const QDateTime &time, qint64 bodyBytes, const QString &turnId = {},
                   qint64 conversationId = 0)
{
    AuditRecord r;
    r.turnId = turnId;
    r.conversationId = conversationId;
    r.time = time;
    r.provider = provider;
    r.api = QStringLiteral("openai");
    r.purpose = QStringLiteral("chat");
    r.model = QStringLiteral("m");
    r.mode = QStringLiteral("contemplating");
    r.method = QStringLiteral("POST");
    r.url = QStringLiteral("https://") + host + QStringLiteral("/v1/chat/completions");
    r.host = host;
    r.destination = destination;
    r.status = AuditStatus::Sent;
    r.bodyBytes = bodyBytes;
    r.headerBytes = 100;
    r.textChars = 40;
    r.images = 1;
    r.imageBytes = 2000;
    r.redactions = 2;
    r.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer sk-…9f2a")},
                 {QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    return r;
}

} // namespace

class TestAuditRepository final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_vault = createVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
    }
    void cleanup()
    {
        m_vault.reset();
        m_temp.reset();
    }

    void insertCompleteAndReadBackEveryField()
    {
        AuditRepository audit(*m_vault);
        AuditRecord sent = record(QStringLiteral("openai"), QStringLiteral("api.openai.com"),
                                  Destination::Internet, DAY1, 1234, QStringLiteral("turn-1"), 0);
        // A copy is kept only for a request of a stored conversation.
        Conversation conversation;
        conversation.title = QStringLiteral("audited");
        sent.conversationId = ConversationRepository(*m_vault).create(conversation)->id;
        sent.requestCopy = QByteArray(R"({"model":"m","messages":[]})");
        sent.proxy = QStringLiteral("socks5h://127.0.0.1:9050");
        auto id = audit.insert(sent);
        QVERIFY(id);
        QVERIFY(*id > 0);
        // Written ahead: the record is there, "sent", before any answer.
        QCOMPARE(audit.get(*id)->status, AuditStatus::Sent);
        AuditCompletion done;
        done.status = AuditStatus::Failed;
        done.httpStatus = 503;
        done.responseBytes = 77;
        done.durationMs = 950;
        done.error = QStringLiteral("Service unavailable");
        QVERIFY(audit.complete(*id, done));
        auto got = audit.get(*id);
        QVERIFY(got);
        QCOMPARE(got->turnId, sent.turnId);
        QCOMPARE(got->conversationId, sent.conversationId);
        QCOMPARE(got->time, DAY1);
        QCOMPARE(got->provider, sent.provider);
        QCOMPARE(got->api, sent.api);
        QCOMPARE(got->purpose, sent.purpose);
        QCOMPARE(got->model, sent.model);
        QCOMPARE(got->mode, sent.mode);
        QCOMPARE(got->method, sent.method);
        QCOMPARE(got->url, sent.url);
        QCOMPARE(got->host, sent.host);
        QCOMPARE(got->destination, Destination::Internet);
        QCOMPARE(got->proxy, sent.proxy);
        QCOMPARE(got->status, AuditStatus::Failed);
        QCOMPARE(got->httpStatus, 503);
        QCOMPARE(got->bodyBytes, qint64(1234));
        QCOMPARE(got->headerBytes, qint64(100));
        QCOMPARE(got->responseBytes, qint64(77));
        QCOMPARE(got->durationMs, qint64(950));
        QCOMPARE(got->textChars, qint64(40));
        QCOMPARE(got->images, 1);
        QCOMPARE(got->imageBytes, qint64(2000));
        QCOMPARE(got->redactions, 2);
        QCOMPARE(got->headers, sent.headers);
        QCOMPARE(got->error, done.error);
        QCOMPARE(got->requestCopy, sent.requestCopy);
        QCOMPARE(audit.complete(99999, done).error().code, VaultError::NotFound);
    }

    void blockedRecordKeepsItsReason()
    {
        AuditRecord blocked = record(QStringLiteral("openai"), QStringLiteral("api.openai.com"),
                                     Destination::Internet, DAY1, 0);
        blocked.status = AuditStatus::Blocked;
        blocked.policyReason = QStringLiteral("offline mode");
        auto id = AuditRepository(*m_vault).insert(blocked);
        QVERIFY(id);
        auto got = AuditRepository(*m_vault).get(*id);
        QCOMPARE(got->status, AuditStatus::Blocked);
        QCOMPARE(got->policyReason, QStringLiteral("offline mode"));
    }

    void filtersTotalsAndTurns()
    {
        AuditRepository audit(*m_vault);
        Conversation conversation;
        conversation.title = QStringLiteral("c");
        const qint64 c = ConversationRepository(*m_vault).create(conversation)->id;
        // A contemplating turn: three agents and a synthesis.
        QVERIFY(audit.insert(record(QStringLiteral("openai"), QStringLiteral("api.openai.com"),
                                    Destination::Internet, DAY1, 100, QStringLiteral("T"), c)));
        QVERIFY(audit.insert(record(QStringLiteral("anthropic"), QStringLiteral("api.anthropic.com"),
                                    Destination::Internet, DAY1.addSecs(1), 200, QStringLiteral("T"), c)));
        QVERIFY(audit.insert(record(QStringLiteral("local"), QStringLiteral("127.0.0.1"),
                                    Destination::Loopback, DAY1.addSecs(2), 300, QStringLiteral("T"), c)));
        QVERIFY(audit.insert(record(QStringLiteral("openai"), QStringLiteral("api.openai.com"),
                                    Destination::Internet, DAY1.addSecs(3), 400, QStringLiteral("T"), c)));
        // Another day, another turn, and a model-list call outside conversations.
        auto blocked = record(QStringLiteral("lan"), QStringLiteral("192.168.1.5"), Destination::Lan, DAY2,
                              50, QStringLiteral("U"), c);
        blocked.status = AuditStatus::Blocked;
        QVERIFY(audit.insert(blocked));
        QVERIFY(audit.insert(record(QStringLiteral("openai"), QStringLiteral("api.openai.com"),
                                    Destination::Internet, DAY2.addSecs(60), 10)));

        AuditFilter filter;
        QCOMPARE(audit.list(filter)->size(), 6);
        QCOMPARE(audit.list(filter)->first().time, DAY2.addSecs(60)); // newest first
        filter.newestFirst = false;
        QCOMPARE(audit.list(filter)->first().time, DAY1);
        filter = {};
        filter.since = DAY2;
        QCOMPARE(audit.list(filter)->size(), 2);
        filter = {};
        filter.until = DAY2;
        QCOMPARE(audit.list(filter)->size(), 4);
        filter = {};
        filter.provider = QStringLiteral("openai");
        QCOMPARE(audit.list(filter)->size(), 3);
        filter = {};
        filter.status = AuditStatus::Blocked;
        QCOMPARE(audit.list(filter)->size(), 1);
        filter = {};
        filter.conversationId = 0;
        QCOMPARE(audit.list(filter)->size(), 1);
        filter.conversationId = c;
        QCOMPARE(audit.list(filter)->size(), 5);
        filter = {};
        filter.destination = Destination::Loopback;
        QCOMPARE(audit.list(filter)->size(), 1);
        filter = {};
        filter.limit = 2;
        filter.offset = 1;
        QCOMPARE(audit.list(filter)->size(), 2);

        auto byProvider = audit.totals(AuditGrouping::Provider);
        QVERIFY(byProvider);
        QCOMPARE(byProvider->size(), 4);
        QCOMPARE(byProvider->first().key, QStringLiteral("openai"));
        QCOMPARE(byProvider->first().requests, qint64(3));
        QCOMPARE(byProvider->first().bodyBytes, qint64(510));
        QCOMPARE(byProvider->first().headerBytes, qint64(300));
        QCOMPARE(byProvider->first().imageBytes, qint64(6000));

        auto byDestination = audit.totals(AuditGrouping::Destination);
        QVERIFY(byDestination);
        QCOMPARE(byDestination->size(), 3);
        QCOMPARE(byDestination->first().key, QStringLiteral("internet"));
        QCOMPARE(byDestination->last().blocked + byDestination->at(1).blocked, qint64(1));

        auto byHost = audit.totals(AuditGrouping::Host);
        QVERIFY(byHost);
        QCOMPARE(byHost->size(), 4);

        // Days in UTC, then one hour east: 23:30 UTC on the 10th is the 11th there.
        auto byDay = audit.totals(AuditGrouping::Day);
        QVERIFY(byDay);
        QCOMPARE(byDay->size(), 2);
        QCOMPARE(byDay->at(0).key, QStringLiteral("2026-01-11"));
        QCOMPARE(byDay->at(0).requests, qint64(2));
        QCOMPARE(byDay->at(1).requests, qint64(4));
        byDay = audit.totals(AuditGrouping::Day, {}, 3600);
        QCOMPARE(byDay->size(), 1);
        QCOMPARE(byDay->first().requests, qint64(6));

        auto turns = audit.turns();
        QVERIFY(turns);
        QCOMPARE(turns->size(), 2);
        QCOMPARE(turns->at(0).turnId, QStringLiteral("U"));
        const AuditTurn &t = turns->at(1);
        QCOMPARE(t.turnId, QStringLiteral("T"));
        QCOMPARE(t.conversationId, c);
        QCOMPARE(t.totals.requests, qint64(4));
        QCOMPARE(t.totals.bodyBytes, qint64(1000));
        QCOMPARE(t.firstTime, DAY1);
        QCOMPARE(t.lastTime, DAY1.addSecs(3));
        QCOMPARE(
            t.providers,
            QStringList({QStringLiteral("anthropic"), QStringLiteral("local"), QStringLiteral("openai")}));
    }

    void deletingAConversationKeepsItsRecordsButDropsItsRequestCopies()
    {
        Conversation conversation;
        conversation.title = QStringLiteral("c");
        const qint64 c = ConversationRepository(*m_vault).create(conversation)->id;
        AuditRecord r = record(QStringLiteral("openai"), QStringLiteral("api.openai.com"),
                               Destination::Internet, DAY1, 10, QStringLiteral("T"), c);
        r.requestCopy = QByteArray("the user's words");
        auto id = AuditRepository(*m_vault).insert(r);
        QVERIFY(id);
        QVERIFY(ConversationRepository(*m_vault).remove(c));
        auto got = AuditRepository(*m_vault).get(*id);
        QVERIFY(got);
        QCOMPARE(got->conversationId, c);
        QVERIFY(got->requestCopy.isEmpty());
    }

    void clearLeavesOneRecordSayingWhenAndHowMany()
    {
        Conversation conversation;
        const qint64 c = ConversationRepository(*m_vault).create(conversation)->id;
        AuditRepository audit(*m_vault);
        AuditRecord withCopy = record(QStringLiteral("openai"), QStringLiteral("api.openai.com"),
                                      Destination::Internet, DAY1, 10, QStringLiteral("T"), c);
        withCopy.requestCopy = QByteArray("the user's words");
        const qint64 copied = *audit.insert(withCopy);
        for (int i = 0; i < 4; ++i)
            QVERIFY(audit.insert(record(QStringLiteral("ollama"), QStringLiteral("127.0.0.1"),
                                        Destination::Loopback, DAY2, 100 + i)));
        const QDateTime when = QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);
        auto cleared = audit.clear(when);
        QVERIFY(cleared);
        QCOMPARE(*cleared, 5);
        auto left = audit.list();
        QVERIFY(left);
        QCOMPARE(left->size(), 1);
        const AuditRecord &marker = left->first();
        QVERIFY(AuditRepository::isClearedMarker(marker));
        QCOMPARE(AuditRepository::clearedCount(marker), 5);
        QCOMPARE(marker.time, when);
        QCOMPARE(marker.destination, Destination::Loopback);
        QCOMPARE(marker.bodyBytes, qint64(0));
        QVERIFY(marker.policyReason.contains(QStringLiteral("5")));
        // The request copies went too; totals count no request.
        QVERIFY(audit.requestCopy(copied)->isEmpty());
        auto totals = audit.totals(AuditGrouping::Destination);
        QVERIFY(totals);
        QVERIFY(totals->isEmpty());
        // Clearing again counts requests only: the earlier marker is not one.
        QVERIFY(audit.insert(
            record(QStringLiteral("ollama"), QStringLiteral("127.0.0.1"), Destination::Loopback, DAY2, 1)));
        QCOMPARE(*audit.clear(), 1);
        QCOMPARE(audit.list()->size(), 1);
        QCOMPARE(AuditRepository::clearedCount(audit.list()->first()), 1);
    }

    void auditRetentionIsAppliedAtUnlock()
    {
        AuditRepository audit(*m_vault);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(audit.insert(record(QStringLiteral("old"), QStringLiteral("a.example"), Destination::Internet,
                                    now.addDays(-20), 1)));
        QVERIFY(audit.insert(record(QStringLiteral("older"), QStringLiteral("a.example"),
                                    Destination::Internet, now.addDays(-400), 1)));
        QVERIFY(audit.insert(record(QStringLiteral("fresh"), QStringLiteral("a.example"),
                                    Destination::Internet, now.addDays(-2), 1)));
        // Without the setting, everything is kept.
        m_vault.reset();
        m_vault = openVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
        QCOMPARE(m_vault->openReport().expiredAuditRecords, 0);
        QCOMPARE(AuditRepository(*m_vault).list()->size(), 3);

        QVERIFY(SettingsRepository(*m_vault).setValue(
            QString::fromLatin1(SettingsRepository::AUDIT_RETENTION_DAYS), QStringLiteral("7")));
        m_vault.reset();
        m_vault = openVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
        QCOMPARE(m_vault->openReport().expiredAuditRecords, 2);
        auto left = AuditRepository(*m_vault).list();
        QVERIFY(left);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().provider, QStringLiteral("fresh"));
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Vault> m_vault;
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "TestAuditRepository.moc"
