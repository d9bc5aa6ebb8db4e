// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Redaction in the request path, end to end: the real vault, the real egress gate
// with its vault-backed audit, real HTTP to the fake provider. The provider is
// reached by a host name (api.redaction.test, resolved to 127.0.0.1 by a table), so
// under the default policy `internet` its requests are redacted, judged from the
// URL alone; the same server by its loopback address gets the text unchanged.
#include "core/net/EgressGate.h"
#include "core/orchestration/TurnJob.h"
#include "core/orchestration/TurnService.h"
#include "core/orchestration/VaultAuditJournal.h"
#include "core/privacy/RedactionMap.h"
#include "core/providers/HttpBackend.h"
#include "core/store/RedactionRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/VaultService.h"
#include "tests/core/net/support/TableHostResolver.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr char PASSPHRASE[] = "redacted turn passphrase";

const QString EMAIL = QStringLiteral("ann.wombat@example.com");
const QString CARD = QStringLiteral("4111 1111 1111 1111");
const QString IBAN = QStringLiteral("DE89 3704 0044 0532 0130 00");
const QString PHONE = QStringLiteral("+44 20 7946 0958");
const QString TERM = QStringLiteral("Quokka Labs");

QString question()
{
    return QStringLiteral("I am %1 of %2. Charge %3, refund to %4, call %5.")
        .arg(EMAIL, TERM, CARD, IBAN, PHONE);
}

/// Every text a chat request body carries, joined (system prompt and messages).
QString sentText(const RecordedRequest &request)
{
    QStringList texts;
    const QJsonArray messages = request.json().value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &m : messages)
        texts << m.toObject().value(QStringLiteral("content")).toString();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestRedactedTurn final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_profile = std::make_unique<Profile>(m_temp->path());
        m_vault = std::make_unique<VaultService>();
        VaultCreateOptions options;
        options.kdf = fastKdf();
        QVERIFY(m_vault->create(*m_profile, secret(PASSPHRASE), options).result());
        QVERIFY(m_vault
                    ->run([](Vault &v) {
                        return RedactionRepository(v).addTerm(TERM);
                    })
                    .result());
        m_journal = std::make_unique<VaultAuditJournal>(*m_vault);
        m_gate = std::make_unique<EgressGate>(*m_journal);
        m_resolver = std::make_unique<TableHostResolver>();
        m_resolver->map(QStringLiteral("api.redaction.test"), {QStringLiteral("127.0.0.1")});
        m_gate->setResolver(m_resolver.get());
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());

        ProviderConfig named;
        named.name = QStringLiteral("named");
        named.api = Api::OpenAi;
        QUrl url = m_server->apiRoot(Api::OpenAi);
        url.setHost(QStringLiteral("api.redaction.test"));
        named.baseUrl = url;
        named.defaultModel = QStringLiteral("fake-model");
        m_named = std::make_unique<HttpBackend>(named, *m_gate);

        ProviderConfig loopback = named;
        loopback.name = QStringLiteral("loopback");
        loopback.baseUrl = m_server->apiRoot(Api::OpenAi);
        m_loopback = std::make_unique<HttpBackend>(loopback, *m_gate);
    }

    void cleanup()
    {
        m_named.reset();
        m_loopback.reset();
        m_gate.reset();
        m_resolver.reset();
        m_journal.reset();
        m_vault.reset();
        m_server.reset();
    }

    void placeholdersLeaveOriginalsComeBack()
    {
        // The answer quotes every placeholder, cut into 3-character deltas so each
        // one arrives split; the reasoning quotes one too.
        StreamContent content;
        content.text
            = QStringLiteral("Noted: ⟨EMAIL_1⟩ at ⟨TERM_1⟩, card ⟨CARD_1⟩, IBAN ⟨IBAN_1⟩, phone ⟨PHONE_1⟩. "
                             "⟨EMAIL_7⟩ is not yours.");
        content.thinking = QStringLiteral("The user ⟨EMAIL_1⟩ wants a refund.");
        content.deltaChars = 3;
        m_server->enqueue(FakeResponse::stream(content));

        TurnRequest request;
        request.prompt = question();
        request.mode = Mode::Thinking;
        request.systemPrompt = QStringLiteral("You help %1 with their accounts.").arg(TERM);
        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_named, request);
        QString shown;
        QString reasoning;
        connect(job.get(), &TurnJob::textReceived, this, [&shown](const QString &d) {
            shown += d;
        });
        connect(job.get(), &TurnJob::reasoningReceived, this, [&reasoning](const QString &d) {
            reasoning += d;
        });
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(0).at(1).value<ChatResult>().isComplete());

        // What reached the server: placeholders only.
        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest &sent = m_server->lastRequest();
        for (const QString &original : {EMAIL, CARD, IBAN, PHONE, TERM, QStringLiteral("Quokka")})
            QVERIFY2(!QString::fromUtf8(sent.body).contains(original), qPrintable(original));
        QCOMPARE(sentText(sent),
                 QStringLiteral(
                     "You help ⟨TERM_1⟩ with their accounts.\n"
                     "I am ⟨EMAIL_1⟩ of ⟨TERM_1⟩. Charge ⟨CARD_1⟩, refund to ⟨IBAN_1⟩, call ⟨PHONE_1⟩."));

        // What the user sees and what is stored: the originals.
        const QString restored
            = QStringLiteral("Noted: %1 at %2, card %3, IBAN %4, phone %5. ⟨EMAIL_7⟩ is not yours.")
                  .arg(EMAIL, TERM, CARD, IBAN, PHONE);
        QCOMPARE(shown, restored);
        QCOMPARE(reasoning, QStringLiteral("The user %1 wants a refund.").arg(EMAIL));
        const Message answer = finished.at(0).at(0).value<Message>();
        QCOMPARE(answer.content, restored);
        const QList<Message> stored = storedMessages(*m_vault, job->conversation().id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).content, question());
        QCOMPARE(stored.at(1).content, restored);
        QCOMPARE(stored.at(1).thinking, reasoning);

        // The audit counts the replacements: the system prompt's term and the question's five.
        QList<AuditRecord> records = storedAudit(*m_vault);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).redactions, 6);
        QCOMPARE(records.at(0).bodyBytes, sent.bodyBytes());

        // The conversation's map is in the vault.
        const qint64 id = job->conversation().id;
        const QByteArray json = m_vault
                                    ->run([id](Vault &v) {
                                        return RedactionRepository(v).map(id);
                                    })
                                    .result()
                                    .value();
        const std::optional<RedactionMap> map = RedactionMap::fromJson(json);
        QVERIFY(map);
        QCOMPARE(map->original(QStringLiteral("⟨IBAN_1⟩")), IBAN);

        // A follow-up: the history goes out again with the same placeholders, and a
        // new e-mail address gets the next number.
        m_server->enqueue(FakeResponse::text(QStringLiteral("Both: ⟨EMAIL_1⟩ and ⟨EMAIL_2⟩."), 2));
        TurnRequest next;
        next.conversation = job->conversation();
        next.history = stored;
        next.parentId = stored.last().id;
        next.prompt = QStringLiteral("Also write to %1 and bob@example.org.").arg(EMAIL);
        const std::unique_ptr<TurnJob> followUp = TurnJob::create(*m_vault, *m_named, next);
        QSignalSpy followed(followUp.get(), &TurnJob::finished);
        followUp->start();
        QVERIFY(followed.wait(20000));
        const QString second = sentText(m_server->lastRequest());
        QVERIFY2(second.contains(QStringLiteral("I am ⟨EMAIL_1⟩ of ⟨TERM_1⟩. Charge ⟨CARD_1⟩")),
                 qPrintable(second));
        QVERIFY(second.endsWith(QStringLiteral("Also write to ⟨EMAIL_1⟩ and ⟨EMAIL_2⟩.")));
        QVERIFY(
            second.contains(QStringLiteral("⟨EMAIL_1⟩ at ⟨TERM_1⟩, card ⟨CARD_1⟩"))); // the earlier answer
        QVERIFY(!second.contains(EMAIL));
        QCOMPARE(followed.at(0).at(0).value<Message>().content,
                 QStringLiteral("Both: %1 and bob@example.org.").arg(EMAIL));
        records = storedAudit(*m_vault);
        QCOMPARE(records.size(), 2);
        QVERIFY(records.at(0).redactions + records.at(1).redactions > 6);
    }

    void loopbackUnderInternetIsUnchanged()
    {
        m_server->enqueue(FakeResponse::text(QStringLiteral("⟨EMAIL_1⟩ stays as written.")));
        TurnRequest request;
        request.prompt = question();
        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_loopback, request);
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(sentText(m_server->lastRequest()), question());
        QCOMPARE(finished.at(0).at(0).value<Message>().content,
                 QStringLiteral("⟨EMAIL_1⟩ stays as written."));
        QCOMPARE(storedAudit(*m_vault).at(0).redactions, 0);
    }

    void alwaysRedactsLoopbackAndOffNothing()
    {
        QVERIFY(m_vault
                    ->run([](Vault &v) {
                        return SettingsRepository(v).setValue(QStringLiteral("policy.redact"),
                                                              QStringLiteral("always"));
                    })
                    .result());
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("ok")));
        TurnRequest request;
        request.prompt = question();
        std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_loopback, request);
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        QVERIFY(!sentText(m_server->lastRequest()).contains(EMAIL));
        QCOMPARE(storedAudit(*m_vault).at(0).redactions, 5);

        QVERIFY(m_vault
                    ->run([](Vault &v) {
                        return SettingsRepository(v).setValue(QStringLiteral("policy.redact"),
                                                              QStringLiteral("off"));
                    })
                    .result());
        job = TurnJob::create(*m_vault, *m_named, request);
        QSignalSpy done(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(done.wait(20000));
        QCOMPARE(sentText(m_server->lastRequest()), question());
    }

    void incognitoKeepsItsMapInMemory()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("Yes, ⟨EMAIL_1⟩.")));
        auto backend = std::make_shared<HttpBackend>(m_named->config(), *m_gate);
        TurnService turns;
        TurnRequest request;
        request.conversation.incognito = true;
        request.prompt = QStringLiteral("Is %1 mine?").arg(EMAIL);
        std::unique_ptr<QSignalSpy> ready;
        std::unique_ptr<QSignalSpy> firstDone;
        turns.start(*m_vault, backend, request, [&](TurnJob *job) {
            ready = std::make_unique<QSignalSpy>(job, &TurnJob::conversationReady);
            firstDone = std::make_unique<QSignalSpy>(job, &TurnJob::finished);
        });
        QVERIFY(firstDone->wait(20000));
        QCOMPARE(firstDone->at(0).at(0).value<Message>().content, QStringLiteral("Yes, %1.").arg(EMAIL));
        QCOMPARE(ready->size(), 1);
        const Conversation conversation = ready->at(0).at(0).value<Conversation>();
        QVERIFY(conversation.id < 0);

        // The next turn of the same incognito conversation, carrying no history and
        // naming a new address first: only a shared map keeps the first at ⟨EMAIL_1⟩.
        TurnRequest next;
        next.conversation = conversation;
        next.prompt = QStringLiteral("Is bob@example.org or %1 mine?").arg(EMAIL);
        std::unique_ptr<QSignalSpy> secondDone;
        turns.start(*m_vault, backend, next, [&](TurnJob *job) {
            secondDone = std::make_unique<QSignalSpy>(job, &TurnJob::finished);
        });
        QVERIFY(secondDone->wait(20000));
        QCOMPARE(sentText(m_server->lastRequest()), QStringLiteral("Is ⟨EMAIL_2⟩ or ⟨EMAIL_1⟩ mine?"));

        // Another incognito conversation starts afresh.
        TurnRequest other;
        other.conversation.incognito = true;
        other.prompt = QStringLiteral("Is bob@example.org mine?");
        std::unique_ptr<QSignalSpy> thirdDone;
        turns.start(*m_vault, backend, other, [&](TurnJob *job) {
            thirdDone = std::make_unique<QSignalSpy>(job, &TurnJob::finished);
        });
        QVERIFY(thirdDone->wait(20000));
        QCOMPARE(sentText(m_server->lastRequest()), QStringLiteral("Is ⟨EMAIL_1⟩ mine?"));

        // Nothing of it reached the vault.
        const auto maps = m_vault
                              ->run([](Vault &v) -> VaultResult<qint64> {
                                  auto count = v.prepare("SELECT count(*) FROM redaction_maps");
                                  if (!count)
                                      return Unexpected<VaultFailure>(std::move(count).error());
                                  (void)count->step();
                                  return count->int64(0);
                              })
                              .result();
        QCOMPARE(maps.value(), qint64(0));
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<VaultService> m_vault;
    std::unique_ptr<VaultAuditJournal> m_journal;
    std::unique_ptr<TableHostResolver> m_resolver;
    std::unique_ptr<EgressGate> m_gate;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<HttpBackend> m_named;
    std::unique_ptr<HttpBackend> m_loopback;
};

QTEST_GUILESS_MAIN(TestRedactedTurn)
#include "TestRedactedTurn.moc"
