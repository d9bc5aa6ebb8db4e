// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// End-to-end: SIGINT (Ctrl+C) or SIGTERM while `sotto ask` streams an answer. The
// real binary cancels the request, keeps what arrived in the vault marked partial
// (committed before it exits), says so in one line and exits 130 or 143, as
// DESIGN.md's exit codes promise.
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace sotto;
using namespace sotto::test;

namespace {

// Generous bounds for a shared two-core machine; none of them is a pass/fail timing.
constexpr int STREAM_TIMEOUT_MS = 60000;
constexpr int EXIT_TIMEOUT_MS = 30000;

} // namespace

class TestCliInterrupt final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_env = m_profile->environment();
        m_env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("interrupt test passphrase"));
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup()
    {
        if (m_ask && m_ask->state() != QProcess::NotRunning) {
            m_ask->kill();
            m_ask->waitForFinished(EXIT_TIMEOUT_MS);
        }
        m_ask.reset();
        m_server.reset();
    }

    void aSignalKeepsThePartialAnswer_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("name");
        QTest::addRow("SIGINT") << int(SIGINT) << 130 << QStringLiteral("SIGINT");
        QTest::addRow("SIGTERM") << int(SIGTERM) << 143 << QStringLiteral("SIGTERM");
    }

    void aSignalKeepsThePartialAnswer()
    {
        QFETCH(int, signalNumber);
        QFETCH(int, exitCode);
        QFETCH(QString, name);
        // Part of the answer, then the server holds the rest back: the answer is mid-stream.
        StreamContent content;
        content.text = QStringLiteral("Interrupted words stream here. ").repeated(100);
        content.deltaChars = 6;
        m_server->enqueue(Route::OpenAiChat, FakeResponse::stream(content).stallAfter(2000));

        m_ask = std::make_unique<QProcess>();
        m_ask->setProcessEnvironment(m_env);
        m_ask->start(sottoBinary(),
                     {QStringLiteral("ask"), QStringLiteral("--api"), QStringLiteral("openai"),
                      QStringLiteral("--base-url"), m_server->apiRoot(Api::OpenAi).toString(),
                      QStringLiteral("--model"), QStringLiteral("fake-model"),
                      QStringLiteral("Talk to me.")});
        QVERIFY(m_ask->waitForStarted());
        m_ask->closeWriteChannel();
        QByteArray printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += m_ask->readAllStandardOutput()).size() >= 20, STREAM_TIMEOUT_MS);
        QCOMPARE(m_server->requestCount(), 1);

        QCOMPARE(::kill(pid_t(m_ask->processId()), signalNumber), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_ask->state(), QProcess::NotRunning, EXIT_TIMEOUT_MS);
        QCOMPARE(m_ask->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_ask->exitCode(), exitCode);
        printed += m_ask->readAllStandardOutput();
        const QByteArray err = m_ask->readAllStandardError();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.contains(name.toUtf8()), err.constData());

        // What was printed is what the vault kept, marked partial.
        const QString text = QString::fromUtf8(printed).chopped(1); // the closing newline
        QVERIFY(content.text.startsWith(text));
        QVERIFY(text.size() < content.text.size());
        const ProcessResult shown = runSotto({QStringLiteral("conversations"), QStringLiteral("show"),
                                              QStringLiteral("1"), QStringLiteral("--json")},
                                             m_env);
        QCOMPARE(shown.exitCode, 0);
        const QJsonArray messages
            = QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        const QJsonObject answer = messages.at(1).toObject();
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QCOMPARE(answer.value(QStringLiteral("content")).toString(), text);
        QVERIFY(answer.value(QStringLiteral("error")).toString().contains(name));

        // The request was cancelled, and the audit says so.
        const ProcessResult audit = runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env);
        const QJsonArray records = QJsonDocument::fromJson(audit.out).array();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
    }

private:
    std::unique_ptr<TempProfile> m_profile;
    QProcessEnvironment m_env;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<QProcess> m_ask;
};

QTEST_GUILESS_MAIN(TestCliInterrupt)
#include "TestCliInterrupt.moc"
