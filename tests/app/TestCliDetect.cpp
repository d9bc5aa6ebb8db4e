// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// `sotto providers detect [--json]` end to end: the real binary against fake model
// servers on the real ports it looks at (FakeLocalServers: Ollama on 11434, an
// OpenAI-compatible server on 1234, a web page on 8080, nothing on 8000 and 1337).
// It names each server found with its base URL and port and its models, audits every
// probe as `discovery` to loopback, still finds them in offline mode, and says so in
// one line, exit 0, when nothing runs. Needs those five ports free on this machine.
#include "tests/support/FakeLocalServers.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

class TestCliDetect final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<FakeLocalServers> m_servers;
    QProcessEnvironment m_env;

    ProcessResult detect(bool json)
    {
        QStringList arguments{QStringLiteral("providers"), QStringLiteral("detect")};
        if (json)
            arguments << QStringLiteral("--json");
        return runSottoServing(arguments, m_env);
    }

    void verifyBothServers(const QJsonArray &found)
    {
        QCOMPARE(found.size(), 2);
        const QJsonObject ollama = found.at(0).toObject();
        QCOMPARE(ollama.value(QStringLiteral("kind")).toString(), QStringLiteral("ollama"));
        QCOMPARE(ollama.value(QStringLiteral("base_url")).toString(),
                 QStringLiteral("http://127.0.0.1:11434"));
        QCOMPARE(ollama.value(QStringLiteral("api")).toString(), QStringLiteral("ollama"));
        QCOMPARE(ollama.value(QStringLiteral("models")).toArray(),
                 QJsonArray::fromStringList(FakeLocalServers::ollamaModels()));
        const QJsonObject lmStudio = found.at(1).toObject();
        QCOMPARE(lmStudio.value(QStringLiteral("kind")).toString(), QStringLiteral("lmstudio"));
        QCOMPARE(lmStudio.value(QStringLiteral("base_url")).toString(),
                 QStringLiteral("http://127.0.0.1:1234/v1"));
        QCOMPARE(lmStudio.value(QStringLiteral("api")).toString(), QStringLiteral("openai"));
        QCOMPARE(lmStudio.value(QStringLiteral("models")).toArray(),
                 QJsonArray::fromStringList(FakeLocalServers::lmStudioModels()));
    }

    /// The audit holds one `discovery` record per port looked at, each to 127.0.0.1.
    void verifyAuditedProbes()
    {
        const ProcessResult audit = runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env);
        QCOMPARE(audit.exitCode, 0);
        const QJsonArray records = QJsonDocument::fromJson(audit.out).array();
        QCOMPARE(records.size(), 5);
        QStringList urls;
        for (const QJsonValue &value : records) {
            const QJsonObject record = value.toObject();
            QCOMPARE(record.value(QStringLiteral("purpose")).toString(), QStringLiteral("discovery"));
            QCOMPARE(record.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
            QCOMPARE(record.value(QStringLiteral("destination")).toString(), QStringLiteral("loopback"));
            QVERIFY(record.value(QStringLiteral("status")).toString() != QLatin1String("blocked"));
            urls << record.value(QStringLiteral("url")).toString();
        }
        urls.sort();
        QCOMPARE(urls,
                 QStringList({QStringLiteral("http://127.0.0.1:11434/api/tags"),
                              QStringLiteral("http://127.0.0.1:1234/v1/models"),
                              QStringLiteral("http://127.0.0.1:1337/v1/models"),
                              QStringLiteral("http://127.0.0.1:8000/v1/models"),
                              QStringLiteral("http://127.0.0.1:8080/v1/models")}));
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_env = m_temp->environment();
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("detect test passphrase"));
        m_servers = std::make_unique<FakeLocalServers>();
        QVERIFY2(m_servers->start(), qPrintable(m_servers->error()));
    }

    void cleanup()
    {
        m_servers.reset();
        m_temp.reset();
    }

    void jsonNamesEachServerWithItsPortAndModels()
    {
        const ProcessResult r = detect(true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verifyBothServers(QJsonDocument::fromJson(r.out).array());
        QCOMPARE(m_servers->ollama().requestCount(), 1);
        QCOMPARE(m_servers->lmStudio().requestCount(), 1);
        QCOMPARE(m_servers->webPage().requestCount(), 1); // asked, and no model server
        verifyAuditedProbes();
    }

    void textIsOneLinePerServer()
    {
        const ProcessResult r = detect(false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // English plural forms come from translations/sotto_en.ts; until a new %n string is
        // in it, Qt prints its source form, "model(s)".
        QString text = QString::fromUtf8(r.out);
        text.replace(QStringLiteral(" model(s) "), QStringLiteral(" models "));
        QCOMPARE(text,
                 QStringLiteral("Ollama at http://127.0.0.1:11434: 4 models (llama3.2:latest, qwen2.5:7b, "
                                "gemma3:4b, …)\n"
                                "LM Studio at http://127.0.0.1:1234/v1: 2 models (lmstudio-community/phi-4, "
                                "qwen3-8b)\n"));
    }

    void offlineModeStillFindsThemOnLoopback()
    {
        const ProcessResult set = runSotto({QStringLiteral("policy"), QStringLiteral("set"),
                                            QStringLiteral("offline"), QStringLiteral("on")},
                                           m_env);
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const ProcessResult r = detect(true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        verifyBothServers(QJsonDocument::fromJson(r.out).array());
        verifyAuditedProbes();
    }

    void nothingRunningIsOneLineAndExitZero()
    {
        m_servers->ollama().stopListening();
        m_servers->lmStudio().stopListening();
        m_servers->webPage().stopListening();
        const ProcessResult r = detect(false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(
            QString::fromUtf8(r.out),
            QStringLiteral("No model server is running on this computer (looked for Ollama on port 11434, "
                           "llama.cpp on port 8080, LM Studio on port 1234, vLLM on port 8000, Jan on "
                           "port 1337).\n"));
        const ProcessResult json = detect(true);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QCOMPARE(QJsonDocument::fromJson(json.out).array(), QJsonArray());
    }

    void refusedByThePolicyExitsFiveAndTouchesNothing()
    {
        // Ask before sending, and no terminal to ask on: every probe is declined.
        const ProcessResult set = runSotto({QStringLiteral("policy"), QStringLiteral("set"),
                                            QStringLiteral("ask-before-send"), QStringLiteral("always")},
                                           m_env);
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const ProcessResult r = detect(true);
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("sotto: Not sent: ") && r.err.count('\n') == 1, r.err.constData());
        QCOMPARE(m_servers->ollama().connectionCount(), 0);
        QCOMPARE(m_servers->lmStudio().connectionCount(), 0);
        QCOMPARE(m_servers->webPage().connectionCount(), 0);
        const ProcessResult audit = runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env);
        const QJsonArray records = QJsonDocument::fromJson(audit.out).array();
        QCOMPARE(records.size(), 5);
        for (const QJsonValue &record : records) {
            QCOMPARE(record.toObject().value(QStringLiteral("purpose")).toString(),
                     QStringLiteral("discovery"));
            QCOMPARE(record.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("blocked"));
        }
    }

    void helpNamesTheAction()
    {
        const ProcessResult r = runSotto({QStringLiteral("providers"), QStringLiteral("--help")}, m_env);
        QCOMPARE(r.exitCode, 0);
        // Qt wraps the help text at 80 columns.
        QVERIFY2(QString::fromUtf8(r.out).simplified().contains(
                     QStringLiteral("detect (looks for model servers running on this computer")),
                 r.out.constData());
        const ProcessResult top = runSotto({QStringLiteral("--help")}, m_env);
        QVERIFY2(top.out.contains("providers detect [--json]"), top.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDetect)
#include "TestCliDetect.moc"
