// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The turn engine through the real vault, the real egress gate with its
// vault-backed write-ahead audit, and real HTTP to the fake provider.
#include "core/orchestration/TurnJob.h"

#include "core/net/EgressGate.h"
#include "core/orchestration/AnswerStream.h"
#include "core/orchestration/MessageAnswerStore.h"
#include "core/orchestration/VaultAuditJournal.h"
#include "core/providers/HttpBackend.h"
#include "core/store/AuditRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr char PASSPHRASE[] = "turn job passphrase";

/// The shape Contemplating takes: one question, several answer streams running
/// at once into their own rows, one finished() when all have ended. Here the
/// rows are two answers to the question.
class PairTurn final : public TurnJob {
public:
    PairTurn(VaultService &vault, Backend &backend, QString prompt)
        : m_vault(vault)
        , m_backend(backend)
        , m_prompt(std::move(prompt))
    { }

    void start() override
    {
        m_running = true;
        TurnDraft draft;
        draft.conversation.title = m_prompt;
        draft.question.role = Role::User;
        draft.question.content = m_prompt;
        draft.question.turnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        draft.answer.role = Role::Assistant;
        draft.answer.turnId = draft.question.turnId;
        m_vault.startTurn(draft).then(this, [this](const VaultResult<StartedTurn> &started) {
            QVERIFY(started);
            m_conversation = started->conversation;
            m_question = started->question;
            m_answer = started->answer;
            Message second = m_answer;
            second.id = 0;
            m_vault.beginStream(second).then(this, [this](const VaultResult<Message> &other) {
                QVERIFY(other);
                m_second = *other;
                for (const Message *row : {&m_answer, &m_second})
                    launch(*row);
            });
        });
    }

    void cancel() override
    {
        for (AnswerStream *stream : std::as_const(m_streams))
            stream->cancel();
    }

    Message m_second;
    QList<AnswerStream *> m_streams;

private:
    void launch(const Message &row)
    {
        auto *stream = new AnswerStream(std::make_unique<MessageAnswerStore>(m_vault, row.id), this);
        m_streams << stream;
        connect(stream, &AnswerStream::finished, this, [this] {
            if (++m_done == 2) {
                m_running = false;
                Q_EMIT finished(m_answer, m_streams.constFirst()->result());
            }
        });
        ChatRequest request;
        request.history << m_question;
        SendContext context;
        context.conversationId = m_conversation.id;
        context.turnId = m_answer.turnId; // one turn id for all requests of the answer
        stream->start(m_backend, request, context);
    }

    VaultService &m_vault;
    Backend &m_backend;
    QString m_prompt;
    int m_done = 0;
};

/// An AnswerStore that keeps what it is handed, and the size of its largest batch.
class RecordingStore final : public AnswerStore {
public:
    void append(const QString &batchText, const QString &batchThinking) override
    {
        text += batchText;
        ++batches;
        largest = qMax(largest, batchText.size() + batchThinking.size());
    }
    void finish(MessageStatus, const QString &, const std::optional<Usage> &, QObject *context,
                Done done) override
    {
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)] {
                done({});
            },
            Qt::QueuedConnection);
    }
    void abandon() override { }

    QString text;
    int batches = 0;
    qsizetype largest = 0;
};

} // namespace

class TestTurnJob final : public QObject {
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
        m_journal = std::make_unique<VaultAuditJournal>(*m_vault);
        m_gate = std::make_unique<EgressGate>(*m_journal);
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        ProviderConfig config;
        config.name = QStringLiteral("fake");
        config.api = Api::OpenAi;
        config.baseUrl = m_server->apiRoot(Api::OpenAi);
        config.defaultModel = QStringLiteral("fake-model");
        m_backend = std::make_unique<HttpBackend>(config, *m_gate);
    }

    void cleanup()
    {
        m_backend.reset();
        m_gate.reset();
        m_journal.reset();
        m_vault.reset();
        m_server.reset();
    }

    void aTurnComposesTwoAnswerStreams()
    {
        m_server->enqueue(FakeResponse::text(QStringLiteral("First answer.")).drip(4, 5));
        m_server->enqueue(FakeResponse::text(QStringLiteral("Second answer.")).drip(4, 5));
        PairTurn turn(*m_vault, *m_backend, QStringLiteral("Two minds?"));
        QSignalSpy finished(&turn, &TurnJob::finished);
        turn.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(turn.m_streams.size(), 2);
        for (AnswerStream *stream : std::as_const(turn.m_streams))
            QVERIFY(stream->result().isComplete());

        const QList<Message> stored = messages(turn.conversation().id);
        QCOMPARE(stored.size(), 3);
        QStringList answers;
        for (const Message &m : stored) {
            if (m.role == Role::Assistant) {
                answers << m.content;
                QCOMPARE(m.status, MessageStatus::Complete);
                QCOMPARE(m.parentId, turn.userMessage().id);
            }
        }
        answers.sort();
        QCOMPARE(answers, QStringList({QStringLiteral("First answer."), QStringLiteral("Second answer.")}));
        // Both requests of the one answer share its turn id in the audit.
        const QList<AuditRecord> records = audit();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).turnId, turn.answer().turnId);
        QCOMPARE(records.at(1).turnId, turn.answer().turnId);
    }

    void aTurnIsOneVaultJobBeforeTheRequest()
    {
        m_server->enqueue(FakeResponse::text(QStringLiteral("Hi.")));
        TurnRequest request;
        request.prompt = QStringLiteral("Hello?");
        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_backend, request);
        QSignalSpy ready(job.get(), &TurnJob::answerStarted);
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(ready.wait(10000));
        // When the answer has started, the conversation, the question and the
        // pending answer are all stored (one transaction).
        const QList<Message> during = messages(job->conversation().id);
        QCOMPARE(during.size(), 2);
        QCOMPARE(during.at(0).content, QStringLiteral("Hello?"));
        QCOMPARE(during.at(1).id, job->answer().id);
        QVERIFY(finished.wait(10000));
        const Message answer = finished.at(0).at(0).value<Message>();
        QCOMPARE(answer.content, QStringLiteral("Hi."));
        QCOMPARE(messages(job->conversation().id).at(1).content, QStringLiteral("Hi."));
    }

    void aTurnThatKeepsNoTextStillStreamsAndStoresItAll()
    {
        // `sotto ask` prints the deltas and leaves the answer to the vault.
        const QString text = QStringLiteral("Kept once, in the vault: ") + QString(3000, QLatin1Char('k'));
        m_server->enqueue(FakeResponse::text(text).drip(40, 2));
        TurnRequest request;
        request.prompt = QStringLiteral("Long?");
        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_backend, request);
        job->setAnswerTextKept(false);
        QString streamed;
        connect(job.get(), &TurnJob::textReceived, this, [&streamed](const QString &delta) {
            streamed += delta;
        });
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(streamed, text);
        const Message answer = finished.at(0).at(0).value<Message>();
        QCOMPARE(answer.status, MessageStatus::Complete);
        QCOMPARE(answer.content, QString());
        QCOMPARE(messages(job->conversation().id).at(1).content, text);
    }

    void aFastStreamReachesTheStoreInSmallBatches()
    {
        // As fast as loopback goes: the store still gets the answer in batches of
        // about MAX_BATCH, not in whatever piled up in 50 ms, and all of it in order.
        m_server->enqueue(FakeResponse::tokens(100'000));
        auto recording = std::make_unique<RecordingStore>();
        RecordingStore &store = *recording;
        AnswerStream stream(std::move(recording));
        stream.setKeepsText(false);
        QSignalSpy finished(&stream, &AnswerStream::finished);
        ChatRequest request;
        Message question;
        question.role = Role::User;
        question.content = QStringLiteral("Fast?");
        request.history << question;
        SendContext context;
        context.turnId = QStringLiteral("fast");
        stream.start(*m_backend, request, context);
        QVERIFY(finished.wait(60000));
        QCOMPARE(stream.result().status, ChatResult::Status::Complete);
        QCOMPARE(store.text, FakeResponse::tokenText(100'000));
        QVERIFY(store.batches > 20);
        // A batch is handed over as soon as it reaches MAX_BATCH: at most one delta more.
        QVERIFY2(store.largest < AnswerStream::MAX_BATCH + 1024, qPrintable(QString::number(store.largest)));
    }

    void eachRegeneratedAnswerHasItsOwnTurnId()
    {
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("An answer.")));
        TurnRequest first;
        first.prompt = QStringLiteral("Pick a number.");
        const std::unique_ptr<TurnJob> asked = TurnJob::create(*m_vault, *m_backend, first);
        QSignalSpy askedDone(asked.get(), &TurnJob::finished);
        asked->start();
        QVERIFY(askedDone.wait(10000));

        TurnRequest again;
        again.conversation = asked->conversation();
        again.history = {asked->userMessage()};
        again.answerTo = asked->userMessage().id;
        const std::unique_ptr<TurnJob> regenerated = TurnJob::create(*m_vault, *m_backend, again);
        QSignalSpy questionSpy(regenerated.get(), &TurnJob::userMessageReady);
        QSignalSpy againDone(regenerated.get(), &TurnJob::finished);
        regenerated->start();
        QVERIFY(againDone.wait(10000));
        QCOMPARE(questionSpy.size(), 0); // the question was not stored again

        const QList<Message> stored = messages(asked->conversation().id);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(1).parentId, stored.at(0).id);
        QCOMPARE(stored.at(2).parentId, stored.at(0).id);
        QVERIFY(!stored.at(1).turnId.isEmpty());
        QVERIFY(stored.at(1).turnId != stored.at(2).turnId);

        // The audit groups each answer's request under that answer's turn id,
        // in the vault and as `sotto audit --json` prints it.
        const QList<AuditRecord> records = audit();
        QCOMPARE(records.size(), 2);
        QSet<QString> turnIds{records.at(0).turnId, records.at(1).turnId};
        QCOMPARE(turnIds, (QSet<QString>{stored.at(1).turnId, stored.at(2).turnId}));

        m_vault->lock().waitForFinished();
        QProcessEnvironment env = m_temp->environment();
        env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QString::fromLatin1(PASSPHRASE));
        const ProcessResult printed = runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, env);
        QCOMPARE(printed.exitCode, 0);
        QSet<QString> printedIds;
        const QJsonArray rows = QJsonDocument::fromJson(printed.out).array();
        for (const QJsonValue &row : rows)
            printedIds << row.toObject().value(QStringLiteral("turn_id")).toString();
        QCOMPARE(printedIds, turnIds);
    }

    void theRequestCarriesOnlyTheTurnsThatFit()
    {
        m_server->enqueue(FakeResponse::text(QStringLiteral("ok")));
        TurnRequest request;
        request.conversation.incognito = true;
        request.contextTokens = 2000;
        Message system;
        system.role = Role::System;
        system.content = QStringLiteral("You are a terse assistant.");
        request.history << system;
        for (int i = 0; i < 60; ++i) {
            Message q;
            q.role = Role::User;
            q.content = QStringLiteral("Question %1 ").arg(i) + QString(400, QLatin1Char('q'));
            Message a;
            a.role = Role::Assistant;
            a.content = QStringLiteral("Answer %1 ").arg(i) + QString(400, QLatin1Char('a'));
            request.history << q << a;
        }
        request.prompt = QStringLiteral("And the newest question?");
        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_backend, request);
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_server->requestCount(), 1);

        const QJsonArray sent = m_server->lastRequest().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(sent.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(sent.first().toObject().value(QStringLiteral("content")).toString(), system.content);
        QCOMPARE(sent.last().toObject().value(QStringLiteral("content")).toString(), request.prompt);
        // Whole turns, the newest ones: the first after the system prompt is a question.
        const int turns = (int(sent.size()) - 2) / 2;
        QVERIFY(turns > 0);
        QVERIFY(turns < 60);
        QCOMPARE(
            sent.at(1).toObject().value(QStringLiteral("content")).toString().section(QLatin1Char(' '), 0, 1),
            QStringLiteral("Question %1").arg(60 - turns));
        QCOMPARE(job->context().sentMessages, 1 + turns * 2 + 1);
        QCOMPARE(job->context().withheldMessages, (60 - turns) * 2);
        QVERIFY(job->context().estimatedTokens <= 2000);
        // One more turn would not have fitted.
        QVERIFY(job->context().estimatedTokens + 2 * (4 + 103) > 2000);
        const QList<AuditRecord> records = audit();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).historySent, job->context().sentMessages);
        QCOMPARE(records.at(0).historyWithheld, job->context().withheldMessages);
    }

    void aQuestionOverTheBudgetIsRefusedBeforeAnythingHappens()
    {
        TurnRequest request;
        request.contextTokens = 100;
        request.prompt = QString(1000, QLatin1Char('x'));
        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_backend, request);
        QSignalSpy started(job.get(), &TurnJob::conversationReady);
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(finished.wait(5000));
        const ChatResult result = finished.at(0).at(1).value<ChatResult>();
        QCOMPARE(result.error, ChatError::ContextTooLong);
        QVERIFY(result.message.contains(QStringLiteral("100 tokens")));
        QCOMPARE(started.size(), 0);
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(audit().size(), 0);
        auto conversations = m_vault->run([](Vault &vault) {
            return MessageRepository(vault).listLatest(1, 10);
        });
        QVERIFY(!conversations.result() || conversations.result()->isEmpty());
    }

private:
    QList<Message> messages(qint64 conversationId) { return storedMessages(*m_vault, conversationId); }

    QList<AuditRecord> audit() { return storedAudit(*m_vault); }

    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<VaultService> m_vault;
    std::unique_ptr<VaultAuditJournal> m_journal;
    std::unique_ptr<EgressGate> m_gate;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<HttpBackend> m_backend;
};

QTEST_GUILESS_MAIN(TestTurnJob)
#include "TestTurnJob.moc"
