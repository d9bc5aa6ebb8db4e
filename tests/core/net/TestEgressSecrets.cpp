// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The API key never appears unmasked: not in audit records (URL, headers, error,
// request copy), not in the reply's messages, not in what is asked, and not in
// anything logged while sending, failing, redirecting or refusing — with every
// sotto.net message enabled and captured.
#include "core/net/EgressGate.h"
#include "tests/core/net/support/InMemoryAuditJournal.h"
#include "tests/core/net/support/ReplyWatcher.h"
#include "tests/core/net/support/ScriptedPrompter.h"
#include "tests/support/FakeProviderServer.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

#include <memory>

using namespace sotto;
using sotto::test::FakeProviderServer;
using sotto::test::FakeResponse;
using sotto::test::InMemoryAuditJournal;
using sotto::test::ReplyWatcher;
using sotto::test::ScriptedPrompter;

namespace {

const QByteArray KEY = "sk-ant-api03-TOPSECRET0123456789abcdefXYZ9f2a";
const QString MASKED_TAIL = QChar(0x2026) + QStringLiteral("9f2a");

QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log.append(message);
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

enum class Scenario {
    Completed,
    GeminiKeyInQuery,
    HttpError,
    Blocked,
    RedirectCarryingTheKey,
    ConnectionRefused,
    InvalidHeader,
    Asked,
};

} // namespace

class TestEgressSecrets final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("sotto.net.*=true"));
        s_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

    void init()
    {
        {
            QMutexLocker lock(&s_logMutex);
            s_log.clear();
        }
        m_journal = std::make_unique<InMemoryAuditJournal>();
        m_gate = std::make_unique<EgressGate>(*m_journal);
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        EgressPolicy policy;
        policy.keepRequestCopies = true;
        m_gate->setPolicy(policy);
    }

    void cleanup()
    {
        m_gate.reset();
        m_server.reset();
        m_journal.reset();
    }

    void theKeyNeverAppears_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addRow("completed, key in header and quoted in the prompt") << Scenario::Completed;
        QTest::addRow("gemini key in the query") << Scenario::GeminiKeyInQuery;
        QTest::addRow("401 answer") << Scenario::HttpError;
        QTest::addRow("blocked by offline mode") << Scenario::Blocked;
        QTest::addRow("redirect to a URL carrying the key") << Scenario::RedirectCarryingTheKey;
        QTest::addRow("connection refused, key in the query") << Scenario::ConnectionRefused;
        QTest::addRow("invalid header around the key") << Scenario::InvalidHeader;
        QTest::addRow("asked before sending") << Scenario::Asked;
    }

    void theKeyNeverAppears()
    {
        QFETCH(Scenario, scenario);
        ScriptedPrompter prompter(ScriptedPrompter::Reply::Send);
        EgressRequest request;
        request.provider = QStringLiteral("Anthropic");
        request.method = "POST";
        request.url = m_server->url(QStringLiteral("/v1/messages"));
        request.headers
            = {{"x-api-key", KEY}, {"anthropic-version", "2023-06-01"}, {"Content-Type", "application/json"}};
        request.body = "{\"model\":\"fake-model\",\"messages\":[{\"role\":\"user\",\"content\":\"is " + KEY
            + " my key?\"}]}";

        switch (scenario) {
        case Scenario::Completed:
            break;
        case Scenario::GeminiKeyInQuery:
            request.url = m_server->url(
                QStringLiteral("/v1beta/models/fake-model:streamGenerateContent?alt=sse&key=%1")
                    .arg(QLatin1String(KEY)));
            request.headers = {{"x-goog-api-key", KEY}, {"Content-Type", "application/json"}};
            break;
        case Scenario::HttpError:
            m_server->enqueue(FakeResponse::errorForStatus(401));
            break;
        case Scenario::Blocked: {
            EgressPolicy policy = m_gate->policy();
            policy.offline = true;
            m_gate->setPolicy(policy);
            request.url = QUrl(
                QStringLiteral("https://api.anthropic.com/v1/messages?key=%1").arg(QLatin1String(KEY)));
            break;
        }
        case Scenario::RedirectCarryingTheKey:
            m_server->enqueue(FakeResponse::redirect(
                302, m_server->url(QStringLiteral("/elsewhere?api_key=%1").arg(QLatin1String(KEY)))));
            break;
        case Scenario::ConnectionRefused:
            request.url = m_server->url(QStringLiteral("/v1/messages?key=%1").arg(QLatin1String(KEY)));
            m_server->stopListening();
            break;
        case Scenario::InvalidHeader:
            request.headers.append(qMakePair(QByteArray("X-Debug"), KEY + "\r\nX-Injected: 1"));
            break;
        case Scenario::Asked: {
            EgressPolicy policy = m_gate->policy();
            policy.askBeforeSend = AskBeforeSend::Always;
            m_gate->setPolicy(policy);
            m_gate->setPrompter(&prompter);
            request.url = m_server->url(QStringLiteral("/v1/messages?key=%1").arg(QLatin1String(KEY)));
            break;
        }
        }

        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(m_journal->count(), 1);
        const AuditRecord record = m_journal->last();

        const QString key = QString::fromLatin1(KEY);
        QStringList seen = {record.url,
                            record.error,
                            record.policyReason,
                            watcher.result().message,
                            watcher.result().policyReason,
                            QString::fromUtf8(record.requestCopy)};
        for (const auto &[name, value] : record.headers)
            seen << name << value;
        for (const SendQuestion &question : prompter.questions())
            seen << question.url << question.host;
        {
            QMutexLocker lock(&s_logMutex);
            seen << s_log;
        }
        for (const QString &text : std::as_const(seen)) {
            QVERIFY2(!text.contains(key), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("TOPSECRET")), qPrintable(text));
        }

        // Masked, not dropped: the audit still shows which key was used.
        bool maskedHeaderShown = false;
        for (const auto &header : record.headers)
            maskedHeaderShown = maskedHeaderShown || header.second == MASKED_TAIL;
        QVERIFY(maskedHeaderShown);
        if (!record.requestCopy.isEmpty())
            QVERIFY(QString::fromUtf8(record.requestCopy).contains(MASKED_TAIL));
        if (scenario == Scenario::GeminiKeyInQuery || scenario == Scenario::Blocked)
            QVERIFY2(record.url.contains(QStringLiteral("key=") + MASKED_TAIL), qPrintable(record.url));
    }

    void theServerStillGetsTheRealKey()
    {
        EgressRequest request;
        request.url = m_server->url(QStringLiteral("/v1/models"));
        request.headers = {{"x-api-key", KEY}};
        ReplyWatcher watcher(m_gate->send(request));
        QVERIFY(watcher.waitForFinished());
        QCOMPARE(m_server->request(0).header("x-api-key"), KEY);
    }

private:
    std::unique_ptr<InMemoryAuditJournal> m_journal;
    std::unique_ptr<EgressGate> m_gate;
    std::unique_ptr<FakeProviderServer> m_server;
};

QTEST_GUILESS_MAIN(TestEgressSecrets)
#include "TestEgressSecrets.moc"
