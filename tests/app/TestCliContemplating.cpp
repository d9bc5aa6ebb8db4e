// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// End-to-end: `sotto ask --mode contemplating`, `ensembles` and
// `conversations set ID local-only` with the real binary, a real vault in a
// temporary profile and the fake provider on loopback, which answers each
// request by its role (tests/support/ContemplatingRoles.h).
#include "tests/support/ContemplatingRoles.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::test::contemplating;

namespace {

const QString SYNTHESIS = QStringLiteral("All three agree: 391.");

QStringList contemplate(const QStringList &extra)
{
    return QStringList{QStringLiteral("ask"), QStringLiteral("--provider"), QStringLiteral("local"),
                       QStringLiteral("--mode"), QStringLiteral("contemplating")}
    + extra;
}

QJsonArray auditRecords(const QProcessEnvironment &env)
{
    const ProcessResult r = runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, env);
    return QJsonDocument::fromJson(r.out).array();
}

} // namespace

class TestCliContemplating final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_env = m_profile->environment();
        m_env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("contemplating test passphrase"));
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_server->setResponder([](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (isSynthesis(request))
                return FakeResponse::text(SYNTHESIS);
            if (const int agent = agentOf(request))
                return agentAnswer(agent, isRevision(request) ? 2 : 1);
            return std::nullopt;
        });
        QCOMPARE(runSotto({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("local"),
                           QStringLiteral("--api"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                           m_server->apiRoot(Api::OpenAi).toString(), QStringLiteral("--model"),
                           QStringLiteral("fake-model"), QStringLiteral("--no-api-key")},
                          m_env)
                     .exitCode,
                 0);
    }
    void cleanup() { m_server.reset(); }

    void jsonHasEveryAgentAndTheAuditOneTurn()
    {
        const ProcessResult r = runSottoServing(
            contemplate({QStringLiteral("--json"), QStringLiteral("What is 17 times 23?")}), m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject object = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(object.value(QStringLiteral("text")).toString(), SYNTHESIS);
        QVERIFY(object.value(QStringLiteral("error")).isNull());
        const QJsonArray agents = object.value(QStringLiteral("agents")).toArray();
        QCOMPARE(agents.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject agent = agents.at(i).toObject();
            QCOMPARE(agent.value(QStringLiteral("provider")).toString(), QStringLiteral("local"));
            QCOMPARE(agent.value(QStringLiteral("model")).toString(), QStringLiteral("fake-model"));
            QVERIFY(!agent.value(QStringLiteral("perspective")).toString().isEmpty());
            QCOMPARE(agent.value(QStringLiteral("text")).toString(), answerOf(i + 1));
            QCOMPARE(agent.value(QStringLiteral("thinking")).toString(), reasoningOf(i + 1));
            QVERIFY(agent.value(QStringLiteral("error")).isNull());
            QCOMPARE(agent.value(QStringLiteral("usage"))
                         .toObject()
                         .value(QStringLiteral("output_tokens"))
                         .toInt(),
                     20 + i + 1);
        }
        QCOMPARE(m_server->requestCount(), 4);

        const QJsonArray records = auditRecords(m_env);
        QCOMPARE(records.size(), 4);
        const QString turnId = records.at(0).toObject().value(QStringLiteral("turn_id")).toString();
        QVERIFY(!turnId.isEmpty());
        for (const QJsonValue &record : records) {
            QCOMPARE(record.toObject().value(QStringLiteral("turn_id")).toString(), turnId);
            QCOMPARE(record.toObject().value(QStringLiteral("mode")).toString(),
                     QStringLiteral("contemplating"));
        }

        // The lanes are kept with the answer and shown later.
        const qint64 id = object.value(QStringLiteral("conversation_id")).toInteger();
        const ProcessResult shown = runSotto({QStringLiteral("conversations"), QStringLiteral("show"),
                                              QString::number(id), QStringLiteral("--json")},
                                             m_env);
        const QJsonArray messages
            = QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(), SYNTHESIS);
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("agents")).toArray().size(), 3);
    }

    void failingAndStalledAgentsAreReported()
    {
        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("agent-deadline"),
                           QStringLiteral("5")},
                          m_env)
                     .exitCode,
                 0);
        m_server->setResponder([](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (isSynthesis(request))
                return FakeResponse::text(SYNTHESIS);
            switch (agentOf(request)) {
            case 1:
                return FakeResponse::error(FakeError::ServerError);
            case 2:
                return FakeResponse::text(QStringLiteral("Stalled.")).stallAfter(10);
            default:
                return agentAnswer(3);
            }
        });
        const ProcessResult r
            = runSottoServing(contemplate({QStringLiteral("--json"), QStringLiteral("Hm?")}), m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject object = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(object.value(QStringLiteral("text")).toString(), SYNTHESIS);
        const QJsonArray agents = object.value(QStringLiteral("agents")).toArray();
        QCOMPARE(agents.size(), 3);
        QVERIFY(agents.at(0)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("500")));
        QVERIFY(agents.at(1)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("deadline")));
        QVERIFY(agents.at(2).toObject().value(QStringLiteral("error")).isNull());
        QVERIFY(QString::fromUtf8(m_server->lastRequest().body)
                    .contains(QStringLiteral("Only 1 of 3 agents answered")));

        // As text: the synthesis on stdout, each failed agent one line on stderr.
        const ProcessResult text = runSottoServing(contemplate({QStringLiteral("Hm?")}), m_env);
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.trimmed(), SYNTHESIS.toUtf8());
        QCOMPARE(text.err.count('\n'), 2);
        QVERIFY(text.err.contains("agent 1"));
        QVERIFY(text.err.contains("agent 2"));
    }

    void withEveryAgentFailingItExits4()
    {
        m_server->setResponder([](const RecordedRequest &) -> std::optional<FakeResponse> {
            return FakeResponse::error(FakeError::ServerError);
        });
        const ProcessResult r = runSottoServing(contemplate({QStringLiteral("Hello?")}), m_env);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.trimmed().isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("No agent answered"), r.err.constData());
        QCOMPARE(m_server->requestCount(), 3);
    }

    void localOnlyRefusesARemoteAgentBeforeSending()
    {
        // A stored conversation, then marked local-only.
        m_server->setResponder({});
        const ProcessResult first
            = runSottoServing({QStringLiteral("ask"), QStringLiteral("--provider"), QStringLiteral("local"),
                               QStringLiteral("--json"), QStringLiteral("Start.")},
                              m_env);
        QCOMPARE(first.exitCode, 0);
        const QString id = QString::number(
            QJsonDocument::fromJson(first.out).object().value(QStringLiteral("conversation_id")).toInteger());
        QCOMPARE(runSotto({QStringLiteral("conversations"), QStringLiteral("set"), id,
                           QStringLiteral("local-only"), QStringLiteral("on")},
                          m_env)
                     .exitCode,
                 0);
        QCOMPARE(runSotto({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("cloud"),
                           QStringLiteral("--api"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                           QStringLiteral("https://models.example.com/v1"), QStringLiteral("--no-api-key")},
                          m_env)
                     .exitCode,
                 0);
        QCOMPARE(
            runSotto({QStringLiteral("ensembles"), QStringLiteral("add"), QStringLiteral("mixed"),
                      QStringLiteral("--agent"), QStringLiteral("local"), QStringLiteral("--agent"),
                      QStringLiteral("cloud:big-model"), QStringLiteral("--agent"), QStringLiteral("local")},
                     m_env)
                .exitCode,
            0);
        const int before = m_server->connectionCount();
        const ProcessResult r = runSottoServing(
            {QStringLiteral("ask"), QStringLiteral("--provider"), QStringLiteral("local"),
             QStringLiteral("--conversation"), id, QStringLiteral("--mode"), QStringLiteral("contemplating"),
             QStringLiteral("--ensemble"), QStringLiteral("mixed"), QStringLiteral("Private.")},
            m_env);
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(m_server->connectionCount(), before); // not even the local agents were asked
        const QJsonArray records = auditRecords(m_env);
        QCOMPARE(records.size(), 2);
        const QJsonObject blocked
            = records.at(0).toObject().value(QStringLiteral("status")).toString() == QLatin1String("blocked")
            ? records.at(0).toObject()
            : records.at(1).toObject();
        QCOMPARE(blocked.value(QStringLiteral("status")).toString(), QStringLiteral("blocked"));
        QCOMPARE(blocked.value(QStringLiteral("host")).toString(), QStringLiteral("models.example.com"));
        QVERIFY(
            blocked.value(QStringLiteral("policy_reason")).toString().contains(QStringLiteral("local-only")));

        // Off again: the same ensemble may go.
        QCOMPARE(runSotto({QStringLiteral("conversations"), QStringLiteral("set"), id,
                           QStringLiteral("local-only"), QStringLiteral("off")},
                          m_env)
                     .exitCode,
                 0);
        const ProcessResult shown = runSotto(
            {QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--json")}, m_env);
        QCOMPARE(QJsonDocument::fromJson(shown.out)
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("local_only"))
                     .toBool(),
                 false);
    }

    void theEstimateSendsNothingAndMatchesTheBodies()
    {
        const QString question = QStringLiteral("How many days are there in 3 leap years?");
        const ProcessResult estimate = runSottoServing(
            contemplate({QStringLiteral("--estimate"), QStringLiteral("--json"), question}), m_env);
        QVERIFY2(estimate.exitCode == 0, estimate.err.constData());
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(auditRecords(m_env).size(), 0);
        const QJsonArray planned
            = QJsonDocument::fromJson(estimate.out).object().value(QStringLiteral("requests")).toArray();
        QCOMPARE(planned.size(), 4);

        const ProcessResult text
            = runSottoServing(contemplate({QStringLiteral("--estimate"), question}), m_env);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("synthesis") && text.out.contains("loopback"), text.out.constData());
        QCOMPARE(m_server->connectionCount(), 0);

        const ProcessResult asked = runSottoServing(contemplate({question}), m_env);
        QCOMPARE(asked.exitCode, 0);
        QCOMPARE(m_server->requestCount(), 4);
        for (const RecordedRequest &sent : m_server->requests()) {
            const int agent = agentOf(sent);
            for (const QJsonValue &value : planned) {
                const QJsonObject e = value.toObject();
                const qint64 bytes = e.value(QStringLiteral("body_bytes")).toInteger();
                if (agent > 0 && e.value(QStringLiteral("agent")).toInt() == agent) {
                    QCOMPARE(sent.bodyBytes(), bytes);
                } else if (isSynthesis(sent)
                           && e.value(QStringLiteral("kind")).toString() == QLatin1String("synthesis")) {
                    qint64 answers = 0;
                    for (int a = 1; a <= 3; ++a)
                        answers += answerOf(a).toUtf8().size();
                    QVERIFY(std::abs(sent.bodyBytes() - (bytes + answers)) <= question.size());
                }
            }
        }
    }

    void theEstimateCountsTheBodiesAsRedactionSendsThem()
    {
        // Redaction on for every destination (loopback too), and a term of the user's.
        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact"),
                           QStringLiteral("always")},
                          m_env)
                     .exitCode,
                 0);
        QCOMPARE(runSotto({QStringLiteral("redact"), QStringLiteral("terms"), QStringLiteral("add"),
                           QStringLiteral("Project Bluebird")},
                          m_env)
                     .exitCode,
                 0);
        estimateMatchesRedactedBodies();
    }

    void theEstimateFollowsTheProviderOverride()
    {
        // The global policy stays internet (the loopback provider is not redacted by it);
        // the provider's own override redacts it, in the estimate as in what is sent.
        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact"),
                           QStringLiteral("always"), QStringLiteral("--provider"), QStringLiteral("local")},
                          m_env)
                     .exitCode,
                 0);
        QCOMPARE(runSotto({QStringLiteral("redact"), QStringLiteral("terms"), QStringLiteral("add"),
                           QStringLiteral("Project Bluebird")},
                          m_env)
                     .exitCode,
                 0);
        estimateMatchesRedactedBodies();
    }

    void ensemblesAreKeptInTheVault()
    {
        QCOMPARE(runSotto({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("ollama"),
                           QStringLiteral("--api"), QStringLiteral("ollama"), QStringLiteral("--base-url"),
                           m_server->apiRoot(Api::Ollama).toString(), QStringLiteral("--no-api-key")},
                          m_env)
                     .exitCode,
                 0);
        ProcessResult r
            = runSotto({QStringLiteral("ensembles"), QStringLiteral("add"), QStringLiteral("home"),
                        QStringLiteral("--agent"), QStringLiteral("ollama:qwen3:8b"),
                        QStringLiteral("--agent"), QStringLiteral("ollama:llama3.2"),
                        QStringLiteral("--agent"), QStringLiteral("local"), QStringLiteral("--perspective"),
                        QStringLiteral("Answer as a chemist would."), QStringLiteral("--synthesizer"),
                        QStringLiteral("ollama:qwen3:32b"), QStringLiteral("--rounds"), QStringLiteral("2")},
                       m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runSotto({QStringLiteral("ensembles"), QStringLiteral("list"), QStringLiteral("--json")}, m_env);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject home = list.at(0).toObject();
        QCOMPARE(home.value(QStringLiteral("name")).toString(), QStringLiteral("home"));
        QCOMPARE(home.value(QStringLiteral("rounds")).toInt(), 2);
        const QJsonArray agents = home.value(QStringLiteral("agents")).toArray();
        QCOMPARE(agents.size(), 3);
        // Split at the first ':': Ollama model names carry their own.
        QCOMPARE(agents.at(0).toObject().value(QStringLiteral("provider")).toString(),
                 QStringLiteral("ollama"));
        QCOMPARE(agents.at(0).toObject().value(QStringLiteral("model")).toString(),
                 QStringLiteral("qwen3:8b"));
        QCOMPARE(agents.at(2).toObject().value(QStringLiteral("model")).toString(), QString());
        // The first --perspective is the first agent's; the others keep the defaults (empty here).
        QCOMPARE(agents.at(0).toObject().value(QStringLiteral("perspective")).toString(),
                 QStringLiteral("Answer as a chemist would."));
        QCOMPARE(agents.at(1).toObject().value(QStringLiteral("perspective")).toString(), QString());
        QCOMPARE(
            home.value(QStringLiteral("synthesizer")).toObject().value(QStringLiteral("model")).toString(),
            QStringLiteral("qwen3:32b"));

        // Unknown providers, too few agents and more perspectives than agents are refused.
        r = runSotto({QStringLiteral("ensembles"), QStringLiteral("add"), QStringLiteral("x"),
                      QStringLiteral("--agent"), QStringLiteral("local"), QStringLiteral("--agent"),
                      QStringLiteral("local"), QStringLiteral("--perspective"), QStringLiteral("a"),
                      QStringLiteral("--perspective"), QStringLiteral("b"), QStringLiteral("--perspective"),
                      QStringLiteral("c")},
                     m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--perspective"), r.err.constData());
        r = runSotto({QStringLiteral("ensembles"), QStringLiteral("add"), QStringLiteral("x"),
                      QStringLiteral("--agent"), QStringLiteral("nowhere"), QStringLiteral("--agent"),
                      QStringLiteral("local")},
                     m_env);
        QCOMPARE(r.exitCode, 2);
        r = runSotto({QStringLiteral("ensembles"), QStringLiteral("add"), QStringLiteral("x"),
                      QStringLiteral("--agent"), QStringLiteral("local")},
                     m_env);
        QCOMPARE(r.exitCode, 2);

        // Used by name: three agents across two protocols, two rounds, one synthesis.
        const ProcessResult asked = runSottoServing(
            {QStringLiteral("ask"), QStringLiteral("--mode"), QStringLiteral("contemplating"),
             QStringLiteral("--ensemble"), QStringLiteral("home"), QStringLiteral("--json"),
             QStringLiteral("Which is heavier?")},
            m_env);
        QVERIFY2(asked.exitCode == 0, asked.err.constData());
        QCOMPARE(m_server->requestCount(), 2 * 3 + 1);
        // Of the first round's three requests, one agent's carries its own perspective.
        int chemist = 0;
        for (int i = 0; i < 3; ++i)
            chemist += m_server->request(i).body.contains("Answer as a chemist would.") ? 1 : 0;
        QCOMPARE(chemist, 1);
        QCOMPARE(m_server->lastRequest().model(), QStringLiteral("qwen3:32b"));
        QVERIFY(m_server->lastRequest().route == Route::OllamaChat);

        r = runSotto({QStringLiteral("ensembles"), QStringLiteral("remove"), QStringLiteral("home")}, m_env);
        QCOMPARE(r.exitCode, 0);
        r = runSotto({QStringLiteral("ensembles"), QStringLiteral("list"), QStringLiteral("--json")}, m_env);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        r = runSotto({QStringLiteral("ensembles"), QStringLiteral("remove"), QStringLiteral("home")}, m_env);
        QCOMPARE(r.exitCode, 2);
    }

    void optionsAreChecked_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("agents without contemplating")
            << QStringList{QStringLiteral("ask"),      QStringLiteral("--provider"), QStringLiteral("local"),
                           QStringLiteral("--agents"), QStringLiteral("3"),          QStringLiteral("q")};
        QTest::addRow("one agent") << contemplate(
            {QStringLiteral("--agents"), QStringLiteral("1"), QStringLiteral("q")});
        QTest::addRow("nine agents") << contemplate(
            {QStringLiteral("--agents"), QStringLiteral("9"), QStringLiteral("q")});
        QTest::addRow("three rounds")
            << contemplate({QStringLiteral("--rounds"), QStringLiteral("3"), QStringLiteral("q")});
    }

    void optionsAreChecked()
    {
        QFETCH(QStringList, args);
        const ProcessResult r = runSotto(args, m_env);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(m_server->connectionCount(), 0);
    }

private:
    /// Estimates, then asks, a question with an e-mail address, a phone number and the
    /// term "Project Bluebird" that is redacted for the provider: no original reaches the
    /// server, and each agent's body is byte for byte the estimate's.
    void estimateMatchesRedactedBodies()
    {
        const QString question = QStringLiteral("Mail jane.doe@example.com and +44 20 7946 0958 about "
                                                "Project Bluebird: is 391 = 17 × 23?");
        const ProcessResult estimate = runSottoServing(
            contemplate({QStringLiteral("--estimate"), QStringLiteral("--json"), question}), m_env);
        QVERIFY2(estimate.exitCode == 0, estimate.err.constData());
        QCOMPARE(m_server->connectionCount(), 0);
        const QJsonArray planned
            = QJsonDocument::fromJson(estimate.out).object().value(QStringLiteral("requests")).toArray();
        QCOMPARE(planned.size(), 4);

        const ProcessResult asked = runSottoServing(contemplate({question}), m_env);
        QVERIFY2(asked.exitCode == 0, asked.err.constData());
        QCOMPARE(m_server->requestCount(), 4);
        int agents = 0;
        for (const RecordedRequest &sent : m_server->requests()) {
            QVERIFY(!sent.body.contains("jane.doe@example.com"));
            QVERIFY(!sent.body.contains("Bluebird"));
            const int agent = agentOf(sent);
            if (agent == 0)
                continue;
            ++agents;
            for (const QJsonValue &value : planned) {
                const QJsonObject e = value.toObject();
                // Byte for byte the placeholders the turn gave, not the originals.
                if (e.value(QStringLiteral("agent")).toInt() == agent)
                    QCOMPARE(sent.bodyBytes(), e.value(QStringLiteral("body_bytes")).toInteger());
            }
        }
        QCOMPARE(agents, 3);
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<FakeProviderServer> m_server;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestCliContemplating)
#include "TestCliContemplating.moc"
