// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Contemplating through the real vault, the real egress gate with its
// vault-backed write-ahead audit, and real HTTP to the fake provider, which
// answers each request by what its body says it is (an agent, a revision, the
// synthesis).
#include "core/orchestration/ContemplatingTurn.h"

#include "core/net/EgressGate.h"
#include "core/orchestration/ContemplationEstimate.h"
#include "core/orchestration/VaultAuditJournal.h"
#include "core/providers/HttpBackend.h"
#include "core/store/AgentLaneRepository.h"
#include "core/store/AuditRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/ContemplatingRoles.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::test::contemplating;

namespace {

constexpr char PASSPHRASE[] = "contemplating passphrase";

const QString SYNTHESIS = QStringLiteral("The synthesis of the agents' answers.");

} // namespace

class TestContemplatingTurn final : public QObject {
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
        m_backend = std::make_unique<HttpBackend>(fakeConfig(QStringLiteral("fake"), Api::OpenAi), *m_gate);
        // By role: each agent its own answer, the synthesis its own.
        m_server->setResponder([](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (isSynthesis(request))
                return FakeResponse::text(SYNTHESIS).drip(32, 20);
            if (const int agent = agentOf(request))
                return agentAnswer(agent, isRevision(request) ? 2 : 1);
            return std::nullopt;
        });
    }

    void cleanup()
    {
        m_backend.reset();
        m_gate.reset();
        m_journal.reset();
        m_vault.reset();
        m_server.reset();
    }

    void agentsRunTogetherThenOneSynthesisReadsTheirAnswers()
    {
        TurnRequest request = question(QStringLiteral("What is 17 times 23?"));
        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_backend, request);
        QSignalSpy lanesStarted(job.get(), &TurnJob::agentStarted);
        QSignalSpy lanesFinished(job.get(), &TurnJob::agentFinished);
        QSignalSpy text(job.get(), &TurnJob::textReceived);
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(finished.wait(30000));
        const ChatResult result = finished.at(0).at(1).value<ChatResult>();
        QVERIFY2(result.isComplete(), qPrintable(result.message));
        QCOMPARE(lanesStarted.size(), 3);
        QCOMPARE(lanesFinished.size(), 3);

        // K agent requests, all open at once at the server, then one synthesis.
        QCOMPARE(m_server->requestCount(), 4);
        QList<RecordedRequest> agents;
        for (const RecordedRequest &r : m_server->requests()) {
            if (agentOf(r) > 0)
                agents << r;
        }
        QCOMPARE(agents.size(), 3);
        qint64 lastStart = 0;
        qint64 firstEnd = std::numeric_limits<qint64>::max();
        for (const RecordedRequest &r : std::as_const(agents)) {
            lastStart = std::max(lastStart, r.msSinceStart);
            QVERIFY(r.msAtResponseEnd >= 0);
            firstEnd = std::min(firstEnd, r.msAtResponseEnd);
            QCOMPARE(r.json().value(QStringLiteral("reasoning_effort")).toString(), QStringLiteral("high"));
        }
        QVERIFY2(lastStart < firstEnd,
                 qPrintable(QStringLiteral("the last agent request arrived at %1 ms, after "
                                           "the first answer ended at %2 ms")
                                .arg(lastStart)
                                .arg(firstEnd)));
        const RecordedRequest &synthesis = m_server->lastRequest();
        QVERIFY(isSynthesis(synthesis));
        QVERIFY(synthesis.msSinceStart >= firstEnd);
        const QString body = QString::fromUtf8(synthesis.body);
        QVERIFY(body.contains(request.prompt));
        for (int agent = 1; agent <= 3; ++agent) {
            QVERIFY2(body.contains(answerOf(agent)), qPrintable(answerOf(agent)));
            QVERIFY2(!body.contains(reasoningOf(agent)), "the agents' reasoning stays local");
        }

        // The answer is the synthesis; it streamed through the turn's text.
        const Message answer = finished.at(0).at(0).value<Message>();
        QCOMPARE(answer.content, SYNTHESIS);
        QString streamed;
        for (const QList<QVariant> &delta : std::as_const(text))
            streamed += delta.at(0).toString();
        QCOMPARE(streamed, SYNTHESIS);

        // Stored: the question and the synthesis as messages, one lane per agent.
        const QList<Message> stored = messages(job->conversation().id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).content, SYNTHESIS);
        QCOMPARE(stored.at(1).status, MessageStatus::Complete);
        QCOMPARE(stored.at(1).mode, Mode::Contemplating);
        const QList<AgentLane> lanes = lanesOf(job->conversation().id);
        QCOMPARE(lanes.size(), 3);
        for (const AgentLane &lane : lanes) {
            QCOMPARE(lane.messageId, answer.id);
            QCOMPARE(lane.turnId, answer.turnId);
            QCOMPARE(lane.status, MessageStatus::Complete);
            QCOMPARE(lane.text, answerOf(lane.agentIndex + 1));
            QCOMPARE(lane.thinking, reasoningOf(lane.agentIndex + 1));
            QVERIFY(lane.usage.has_value());
            QCOMPARE(lane.provider, QStringLiteral("fake"));
            QCOMPARE(lane.model, QStringLiteral("fake-model"));
            QVERIFY(!lane.perspective.isEmpty());
        }
        QCOMPARE(job->agents().size(), 3);

        // K+1 audit records, one turn id: the answer's.
        const QList<AuditRecord> records = audit();
        QCOMPARE(records.size(), 4);
        for (const AuditRecord &record : records) {
            QCOMPARE(record.turnId, answer.turnId);
            QCOMPARE(record.mode, QStringLiteral("contemplating"));
            QCOMPARE(record.conversationId, job->conversation().id);
        }

        // A later turn carries only the synthesis as the assistant's message.
        TurnRequest next;
        next.conversation = job->conversation();
        next.history = stored;
        next.parentId = stored.last().id;
        next.prompt = QStringLiteral("And 17 times 24?");
        m_server->setResponder({});
        m_server->enqueue(FakeResponse::text(QStringLiteral("408.")));
        const std::unique_ptr<TurnJob> later = TurnJob::create(*m_vault, *m_backend, next);
        QSignalSpy laterDone(later.get(), &TurnJob::finished);
        later->start();
        QVERIFY(laterDone.wait(10000));
        const QString sent = QString::fromUtf8(m_server->lastRequest().body);
        QVERIFY(sent.contains(SYNTHESIS));
        for (int agent = 1; agent <= 3; ++agent)
            QVERIFY(!sent.contains(answerOf(agent)));
    }

    void failedAndLateAgentsAreSkippedAndReported()
    {
        m_server->setResponder([](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (isSynthesis(request))
                return FakeResponse::text(SYNTHESIS);
            switch (agentOf(request)) {
            case 1:
                return FakeResponse::error(FakeError::ServerError);
            case 2:
                return FakeResponse::text(QStringLiteral("This agent never finishes.")).stallAfter(20);
            case 3:
                return agentAnswer(3);
            }
            return std::nullopt;
        });
        TurnRequest request = question(QStringLiteral("Is 91 prime?"));
        request.contemplation.agentDeadline = std::chrono::milliseconds(5000);
        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_backend, request);
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(finished.wait(30000));
        const ChatResult result = finished.at(0).at(1).value<ChatResult>();
        QVERIFY2(result.isComplete(), qPrintable(result.message));
        QCOMPARE(finished.at(0).at(0).value<Message>().content, SYNTHESIS);

        // One synthesis, from the one answer, saying so.
        QCOMPARE(m_server->requestCount(), 4);
        const QString body = QString::fromUtf8(m_server->lastRequest().body);
        QVERIFY(isSynthesis(m_server->lastRequest()));
        QVERIFY(body.contains(answerOf(3)));
        QVERIFY(body.contains(QStringLiteral("Only 1 of 3 agents answered")));
        QVERIFY(!body.contains(QStringLiteral("never finishes")));

        const QList<AgentLane> agents = job->agents();
        QCOMPARE(agents.size(), 3);
        QCOMPARE(agents.at(0).status, MessageStatus::Error);
        QVERIFY(!agents.at(0).errorText.isEmpty());
        QCOMPARE(agents.at(1).status, MessageStatus::Error);
        QVERIFY2(agents.at(1).errorText.contains(QStringLiteral("deadline")),
                 qPrintable(agents.at(1).errorText));
        QCOMPARE(agents.at(2).status, MessageStatus::Complete);
        // As stored.
        const QList<AgentLane> lanes = lanesOf(job->conversation().id);
        QCOMPARE(lanes.size(), 3);
        QCOMPARE(lanes.at(0).status, MessageStatus::Error);
        QCOMPARE(lanes.at(1).status, MessageStatus::Error);
        QCOMPARE(lanes.at(1).text,
                 QStringLiteral("This agent never finishes.").left(lanes.at(1).text.size()));
        QCOMPARE(lanes.at(2).status, MessageStatus::Complete);
    }

    void withNoAgentLeftTheTurnFailsWithEachError()
    {
        m_server->setResponder([](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (agentOf(request) == 2)
                return FakeResponse::error(FakeError::RateLimited);
            return FakeResponse::error(FakeError::ServerError);
        });
        TurnRequest request = question(QStringLiteral("Anyone?"));
        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_backend, request);
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(finished.wait(30000));
        const ChatResult result = finished.at(0).at(1).value<ChatResult>();
        QCOMPARE(result.status, ChatResult::Status::Failed);
        QCOMPARE(m_server->requestCount(), 3); // no synthesis
        for (int agent = 1; agent <= 3; ++agent)
            QVERIFY2(result.message.contains(QStringLiteral("agent %1").arg(agent)),
                     qPrintable(result.message));
        const QList<Message> stored = messages(job->conversation().id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).status, MessageStatus::Error);
        QCOMPARE(stored.at(1).errorText, result.message);
        QVERIFY(stored.at(1).content.isEmpty());
    }

    void cancelStopsEveryRequest_data()
    {
        QTest::addColumn<bool>("duringSynthesis");
        QTest::addRow("during the agents") << false;
        QTest::addRow("during the synthesis") << true;
    }

    void cancelStopsEveryRequest()
    {
        QFETCH(bool, duringSynthesis);
        m_server->setResponder(
            [duringSynthesis](const RecordedRequest &request) -> std::optional<FakeResponse> {
                const FakeResponse stalled
                    = FakeResponse::text(QStringLiteral("Stalled words here.")).stallAfter(40);
                if (isSynthesis(request))
                    return stalled;
                return duringSynthesis ? FakeResponse::text(answerOf(agentOf(request))) : stalled;
            });
        TurnRequest request = question(QStringLiteral("Take your time."));
        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_backend, request);
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        const int expected = duringSynthesis ? 4 : 3;
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), expected, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), duringSynthesis ? 1 : 3, 10000);
        job->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).value<ChatResult>().status, ChatResult::Status::Cancelled);
        // Nothing keeps streaming: every connection is closed and nothing more is asked.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnectionCount(), 0, 10000);
        QTest::qWait(200); // a request sent after the cancel would have arrived by now
        QCOMPARE(m_server->requestCount(), expected);

        const QList<Message> stored = messages(job->conversation().id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).status, MessageStatus::Cancelled);
        const QList<AgentLane> lanes = lanesOf(job->conversation().id);
        QCOMPARE(lanes.size(), 3);
        for (const AgentLane &lane : lanes)
            QCOMPARE(lane.status, duringSynthesis ? MessageStatus::Complete : MessageStatus::Cancelled);
        const QList<AuditRecord> records = audit();
        qint64 synthesisId = 0;
        for (const AuditRecord &record : records)
            synthesisId = std::max(synthesisId, record.id);
        for (const AuditRecord &record : records) {
            const bool agentRecord = !duringSynthesis || record.id != synthesisId;
            QCOMPARE(record.status,
                     duringSynthesis && agentRecord ? AuditStatus::Completed : AuditStatus::Cancelled);
        }
    }

    void twoRoundsReviseWithTheOthersAnswers()
    {
        TurnRequest request = question(QStringLiteral("Which is larger, 2^10 or 10^3?"));
        request.contemplation.rounds = 2;
        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_backend, request);
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(finished.wait(40000));
        QVERIFY(finished.at(0).at(1).value<ChatResult>().isComplete());
        QCOMPARE(m_server->requestCount(), 2 * 3 + 1);
        int revisions = 0;
        for (const RecordedRequest &r : m_server->requests()) {
            if (!isRevision(r))
                continue;
            ++revisions;
            const int agent = agentOf(r);
            const QString body = QString::fromUtf8(r.body);
            for (int other = 1; other <= 3; ++other) {
                if (other != agent)
                    QVERIFY2(body.contains(answerOf(other, 1)), qPrintable(body));
                QVERIFY(!body.contains(reasoningOf(other)));
            }
        }
        QCOMPARE(revisions, 3);
        // The synthesis reads the revised answers.
        const QString synthesis = QString::fromUtf8(m_server->lastRequest().body);
        for (int agent = 1; agent <= 3; ++agent)
            QVERIFY(synthesis.contains(answerOf(agent, 2)));
        QCOMPARE(lanesOf(job->conversation().id).size(), 6);
        for (const AuditRecord &record : audit())
            QCOMPARE(record.turnId, job->answer().turnId);
    }

    void regeneratingMakesNewLanesAndKeepsTheOld()
    {
        TurnRequest request = question(QStringLiteral("Pick a prime."));
        const std::unique_ptr<TurnJob> first = TurnJob::create(*m_vault, *m_backend, request);
        QSignalSpy firstDone(first.get(), &TurnJob::finished);
        first->start();
        QVERIFY(firstDone.wait(30000));

        TurnRequest again = request;
        again.conversation = first->conversation();
        again.history = {first->userMessage()};
        again.answerTo = first->userMessage().id;
        const std::unique_ptr<TurnJob> second = TurnJob::create(*m_vault, *m_backend, again);
        QSignalSpy secondDone(second.get(), &TurnJob::finished);
        second->start();
        QVERIFY(secondDone.wait(30000));
        QVERIFY(first->answer().turnId != second->answer().turnId);

        const QList<AgentLane> lanes = lanesOf(first->conversation().id);
        QCOMPARE(lanes.size(), 6);
        int ofFirst = 0;
        int ofSecond = 0;
        for (const AgentLane &lane : lanes) {
            ofFirst += lane.messageId == first->answer().id && lane.turnId == first->answer().turnId;
            ofSecond += lane.messageId == second->answer().id && lane.turnId == second->answer().turnId;
        }
        QCOMPARE(ofFirst, 3);
        QCOMPARE(ofSecond, 3);
    }

    void aLocalOnlyConversationRefusesARemoteAgentBeforeSending()
    {
        ProviderConfig remote = fakeConfig(QStringLiteral("remote"), Api::OpenAi);
        remote.baseUrl = QUrl(QStringLiteral("https://models.example.com/v1"));
        TurnRequest request = question(QStringLiteral("Private matter."));
        request.conversation.localOnly = true;
        AgentPlan local;
        AgentPlan far;
        far.backend = std::make_shared<HttpBackend>(remote, *m_gate);
        request.contemplation.agents = {local, far, local};
        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_backend, request);
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(finished.wait(20000));
        const ChatResult result = finished.at(0).at(1).value<ChatResult>();
        QCOMPARE(result.status, ChatResult::Status::Blocked);
        // Not even the loopback agents were asked.
        QCOMPARE(m_server->connectionCount(), 0);
        const QList<AuditRecord> records = audit();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).status, AuditStatus::Blocked);
        QCOMPARE(records.at(0).host, QStringLiteral("models.example.com"));
        QVERIFY(records.at(0).policyReason.contains(QStringLiteral("local-only")));
        QCOMPARE(records.at(0).turnId, job->answer().turnId);
        QCOMPARE(messages(job->conversation().id).at(1).status, MessageStatus::Error);
    }

    void theEstimateCountsTheBytesLaterSent()
    {
        TurnRequest request = question(QStringLiteral("How many weekdays are there in a leap year?"));
        request.contemplation.rounds = 2;
        const QList<EstimatedRequest> estimate = ContemplationEstimate::of(request, *m_backend);
        QCOMPARE(estimate.size(), 2 * 3 + 1);
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(audit().size(), 0);

        const std::unique_ptr<TurnJob> job = TurnJob::create(*m_vault, *m_backend, request);
        QSignalSpy finished(job.get(), &TurnJob::finished);
        job->start();
        QVERIFY(finished.wait(40000));
        QCOMPARE(m_server->requestCount(), estimate.size());
        const qint64 slack = request.prompt.size();
        for (const RecordedRequest &r : m_server->requests()) {
            const int agent = agentOf(r);
            for (const EstimatedRequest &e : estimate) {
                if (e.destination != Destination::Loopback || e.host != QStringLiteral("127.0.0.1"))
                    QFAIL("the fake is a loopback destination");
                qint64 answers = 0;
                if (isSynthesis(r) && e.kind == EstimatedRequest::Kind::Synthesis) {
                    for (int a = 1; a <= 3; ++a)
                        answers += answerOf(a, 2).toUtf8().size();
                } else if (isRevision(r) && e.kind == EstimatedRequest::Kind::Refinement
                           && e.agentIndex + 1 == agent) {
                    for (int a = 1; a <= 3; ++a)
                        answers += answerOf(a, 1).toUtf8().size();
                } else if (!isSynthesis(r) && !isRevision(r) && e.kind == EstimatedRequest::Kind::Agent
                           && e.agentIndex + 1 == agent) {
                    QCOMPARE(r.bodyBytes(), e.bodyBytes); // byte for byte
                    continue;
                } else {
                    continue;
                }
                const qint64 difference = r.bodyBytes() - (e.bodyBytes + answers);
                QVERIFY2(std::abs(difference) <= slack,
                         qPrintable(QStringLiteral("sent %1 bytes, estimated %2 + %3 of answers")
                                        .arg(r.bodyBytes())
                                        .arg(e.bodyBytes)
                                        .arg(answers)));
            }
        }
        // The figures the audit shows are the same bodies.
        qint64 audited = 0;
        for (const AuditRecord &record : audit())
            audited += record.bodyBytes;
        qint64 received = 0;
        for (const RecordedRequest &r : m_server->requests())
            received += r.bodyBytes();
        QCOMPARE(audited, received);
    }

private:
    ProviderConfig fakeConfig(const QString &name, Api api) const
    {
        ProviderConfig config;
        config.name = name;
        config.api = api;
        config.baseUrl = m_server->apiRoot(api);
        config.defaultModel = QStringLiteral("fake-model");
        return config;
    }

    static TurnRequest question(const QString &prompt)
    {
        TurnRequest request;
        request.prompt = prompt;
        request.mode = Mode::Contemplating;
        return request;
    }

    QList<Message> messages(qint64 conversationId) { return storedMessages(*m_vault, conversationId); }

    QList<AgentLane> lanesOf(qint64 conversationId)
    {
        auto listed = m_vault->run([conversationId](Vault &vault) {
            return AgentLaneRepository(vault).listForConversation(conversationId);
        });
        const auto result = listed.result();
        return result ? *result : QList<AgentLane>();
    }

    QList<AuditRecord> audit() { return storedAudit(*m_vault); }

    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<VaultService> m_vault;
    std::unique_ptr<VaultAuditJournal> m_journal;
    std::unique_ptr<EgressGate> m_gate;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<HttpBackend> m_backend;
};

QTEST_GUILESS_MAIN(TestContemplatingTurn)
#include "TestContemplatingTurn.moc"
