// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// "Find local models": LocalServerDiscovery against fake servers listening on the
// real ports it looks at (FakeLocalServers: Ollama on 11434, an OpenAI-compatible
// server on 1234, a web page on 8080, nothing on 8000 and 1337), through the real
// EgressGate. Every probe is audited as `discovery` and goes to 127.0.0.1 only, in
// offline mode too. Needs those five ports free on this machine (fails, naming the
// port, when one is taken); ctest runs the tests that use them one at a time.
#include "core/net/EgressGate.h"
#include "core/providers/LocalServerDiscovery.h"
#include "tests/core/net/support/ScriptedPrompter.h"
#include "tests/core/net/support/TableHostResolver.h"
#include "tests/support/FakeLocalServers.h"
#include "tests/support/MemoryJournal.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

Q_DECLARE_METATYPE(sotto::test::FakeResponse)

class TestLocalServerDiscovery final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeLocalServers> m_servers;
    std::unique_ptr<MemoryJournal> m_journal;
    std::unique_ptr<TableHostResolver> m_resolver;
    std::unique_ptr<EgressGate> m_gate;

    /// Runs one search with the real list of servers and returns what it found.
    LocalServerSearch search(LocalServerDiscovery &discovery)
    {
        QSignalSpy finished(&discovery, &LocalServerDiscovery::finished);
        discovery.start();
        if (!finished.wait(2 * int(LocalServerDiscovery::SEARCH_DEADLINE.count())) || finished.size() != 1)
            qFatal("the search did not finish once");
        return finished.constFirst().constFirst().value<LocalServerSearch>();
    }

    LocalServerSearch search()
    {
        LocalServerDiscovery discovery(*m_gate);
        return search(discovery);
    }

    /// Every record is a discovery probe of 127.0.0.1, one per port looked at.
    void verifyProbesAudited(AuditStatus ollamaStatus)
    {
        const QList<AuditRecord> &records = m_journal->records();
        QCOMPARE(records.size(), LocalServers::common().size());
        QStringList urls;
        for (const AuditRecord &record : records) {
            QCOMPARE(record.purpose, QStringLiteral("discovery"));
            QCOMPARE(record.host, QStringLiteral("127.0.0.1"));
            QCOMPARE(record.destination, Destination::Loopback);
            QCOMPARE(record.method, QStringLiteral("GET"));
            QCOMPARE(record.bodyBytes, 0);
            QCOMPARE(record.turnId, records.constFirst().turnId); // one search, one unit
            urls << record.url;
            if (record.url.contains(QLatin1String(":11434/")))
                QCOMPARE(record.status, ollamaStatus);
        }
        urls.sort();
        QCOMPARE(urls,
                 QStringList({QStringLiteral("http://127.0.0.1:11434/api/tags"),
                              QStringLiteral("http://127.0.0.1:1234/v1/models"),
                              QStringLiteral("http://127.0.0.1:1337/v1/models"),
                              QStringLiteral("http://127.0.0.1:8000/v1/models"),
                              QStringLiteral("http://127.0.0.1:8080/v1/models")}));
    }

    void verifyBothServersFound(const LocalServerSearch &found)
    {
        QCOMPARE(found.blockedReason, QString());
        QCOMPARE(found.servers.size(), 2);
        const LocalServer &ollama = found.servers.at(0);
        QCOMPARE(ollama.kind, LocalServerKind::Ollama);
        QCOMPARE(ollama.api, Api::Ollama);
        QCOMPARE(ollama.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:11434")));
        QCOMPARE(ollama.models, FakeLocalServers::ollamaModels());
        const LocalServer &lmStudio = found.servers.at(1);
        QCOMPARE(lmStudio.kind, LocalServerKind::LmStudio);
        QCOMPARE(lmStudio.api, Api::OpenAi);
        QCOMPARE(lmStudio.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:1234/v1")));
        QCOMPARE(lmStudio.models, FakeLocalServers::lmStudioModels());
    }

private Q_SLOTS:
    void init()
    {
        m_servers = std::make_unique<FakeLocalServers>();
        QVERIFY2(m_servers->start(), qPrintable(m_servers->error()));
        m_journal = std::make_unique<MemoryJournal>();
        m_resolver = std::make_unique<TableHostResolver>();
        m_gate = std::make_unique<EgressGate>(*m_journal);
        m_gate->setResolver(m_resolver.get());
    }

    void cleanup()
    {
        m_gate.reset();
        m_resolver.reset();
        m_journal.reset();
        m_servers.reset();
    }

    void findsTheServersRunningOnThisComputer()
    {
        verifyBothServersFound(search());
        // The web page on llama.cpp's port was asked and is no server; 8000 and 1337 refused.
        QCOMPARE(m_servers->webPage().requestCount(), 1);
        QCOMPARE(m_servers->ollama().requestCount(), 1);
        QCOMPARE(m_servers->ollama().request(0).path, QStringLiteral("/api/tags"));
        QCOMPARE(m_servers->lmStudio().requestCount(), 1);
        QCOMPARE(m_servers->lmStudio().request(0).path, QStringLiteral("/v1/models"));
        verifyProbesAudited(AuditStatus::Completed);
    }

    void offlineModeStillFindsThemAndTouchesOnlyLoopback()
    {
        // A decoy on another loopback address: the search must ask 127.0.0.1 and nothing else.
        FakeProviderServer decoy;
        QVERIFY(decoy.listen(QHostAddress(QStringLiteral("127.0.0.2")), 11434));
        EgressPolicy offline;
        offline.offline = true;
        m_gate->setPolicy(offline);

        verifyBothServersFound(search());
        verifyProbesAudited(AuditStatus::Completed);
        for (const AuditRecord &record : m_journal->records())
            QCOMPARE(record.policyReason, QString());
        QCOMPARE(m_resolver->lookups(), QStringList()); // no name was looked up: no DNS
        QCOMPARE(decoy.connectionCount(), 0);
    }

    void nothingButAModelListIsAServer_data()
    {
        QTest::addColumn<FakeResponse>("answer");
        QTest::addRow("html page") << FakeResponse::raw(200, "<html><body>Hello</body></html>", "text/html");
        QTest::addRow("not found") << FakeResponse::errorForStatus(404);
        QTest::addRow("server error") << FakeResponse::errorForStatus(500);
        QTest::addRow("json without a model list")
            << FakeResponse::raw(200, R"({"object":"list","models":3})");
        QTest::addRow("hangs up") << FakeResponse::hangUp();
        QTest::addRow("never answers") << FakeResponse::neverAnswer();
    }

    void nothingButAModelListIsAServer()
    {
        QFETCH(FakeResponse, answer);
        m_servers->ollama().setResponder([answer](const RecordedRequest &) {
            return std::optional<FakeResponse>(answer);
        });
        m_servers->lmStudio().setResponder([answer](const RecordedRequest &) {
            return std::optional<FakeResponse>(answer);
        });

        const LocalServerSearch found = search();
        QCOMPARE(found.servers.size(), 0);
        QCOMPARE(found.blockedReason, QString()); // nothing there is no error
        QCOMPARE(m_servers->ollama().requestCount(), 1);
        QCOMPARE(m_servers->lmStudio().requestCount(), 1);
        for (const AuditRecord &record : m_journal->records()) {
            QCOMPARE(record.purpose, QStringLiteral("discovery"));
            QVERIFY2(record.status != AuditStatus::Sent, qPrintable(record.url)); // every record completed
        }
    }

    void aServerWithoutModelsIsStillFound()
    {
        m_servers->ollama().setModels({});
        const LocalServerSearch found = search();
        QCOMPARE(found.servers.size(), 2);
        QCOMPARE(found.servers.at(0).kind, LocalServerKind::Ollama);
        QCOMPARE(found.servers.at(0).models, QStringList());
    }

    void policyBlocksTheProbesLikeAnyRequest()
    {
        // Ask before sending, and the user says no: nothing reaches any port.
        ScriptedPrompter prompter(ScriptedPrompter::Reply::Decline);
        m_gate->setPrompter(&prompter);
        EgressPolicy asking;
        asking.askBeforeSend = AskBeforeSend::Always;
        m_gate->setPolicy(asking);

        const LocalServerSearch found = search();
        QCOMPARE(found.servers.size(), 0);
        QCOMPARE(found.blockedReason, EgressPolicy::declinedReason());
        // Each server is its own destination, so each probe is asked about, and all were declined.
        QCOMPARE(prompter.questions().size(), LocalServers::common().size());
        for (const SendQuestion &question : prompter.questions()) {
            QCOMPARE(question.purpose, QStringLiteral("discovery"));
            QCOMPARE(question.host, QStringLiteral("127.0.0.1"));
        }
        QCOMPARE(m_servers->ollama().connectionCount(), 0);
        QCOMPARE(m_servers->lmStudio().connectionCount(), 0);
        QCOMPARE(m_servers->webPage().connectionCount(), 0);
        verifyProbesAudited(AuditStatus::Blocked);
        for (const AuditRecord &record : m_journal->records())
            QCOMPARE(record.status, AuditStatus::Blocked);
        m_gate->setPrompter(nullptr);
    }

    void neverProbesAHostThatIsNotLoopback()
    {
        LocalServerDiscovery discovery(*m_gate, LocalServers::common(),
                                       QHostAddress(QStringLiteral("192.168.1.20")));
        const LocalServerSearch found = search(discovery);
        QCOMPARE(found.servers.size(), 0);
        QCOMPARE(m_journal->records().size(), 0);
        QCOMPARE(m_resolver->lookups(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestLocalServerDiscovery)
#include "TestLocalServerDiscovery.moc"
