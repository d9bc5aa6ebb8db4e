// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The context budget end to end: `sotto ask --context-tokens` on a long stored
// conversation sends only the newest turns that fit, says so in --json and in
// the audit, and refuses a question that alone is over the budget. The context
// length a provider reports (`sotto providers models`) bounds the turns that follow
// when no budget is given, and the call's own budget still wins.
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr char PASSPHRASE[] = "context test passphrase";

} // namespace

class TestCliContext final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_env = m_temp->environment();
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QString::fromLatin1(PASSPHRASE));
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void aLongConversationSendsTheNewestTurnsThatFit()
    {
        const qint64 conversation = storeConversation(60);
        QVERIFY(conversation > 0);
        m_server->enqueue(FakeResponse::text(QStringLiteral("Fine.")));
        const ProcessResult r = runSottoServing(
            {QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("--conversation"),
             QString::number(conversation), QStringLiteral("--context-tokens"), QStringLiteral("2000"),
             QStringLiteral("--api"), QStringLiteral("openai"), QStringLiteral("--base-url"),
             m_server->apiRoot(Api::OpenAi).toString(), QStringLiteral("--model"), QStringLiteral("m"),
             QStringLiteral("The newest question?")},
            m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server->requestCount(), 1);
        const QJsonArray sent = m_server->lastRequest().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(sent.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(sent.last().toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("The newest question?"));
        const int turns = (int(sent.size()) - 2) / 2;
        QVERIFY2(turns > 0 && turns < 60, qPrintable(QString::number(turns)));
        QVERIFY(sent.at(1)
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .startsWith(QStringLiteral("Question %1 ").arg(60 - turns)));

        const QJsonObject context
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("context")).toObject();
        QCOMPARE(context.value(QStringLiteral("sent_messages")).toInt(), int(sent.size()));
        QCOMPARE(context.value(QStringLiteral("withheld_messages")).toInt(), 121 - int(sent.size()) + 1);
        QVERIFY(context.value(QStringLiteral("estimated_tokens")).toInt() <= 2000);

        const ProcessResult audit = runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env);
        QCOMPARE(audit.exitCode, 0);
        const QJsonObject record = QJsonDocument::fromJson(audit.out).array().last().toObject();
        QCOMPARE(record.value(QStringLiteral("history_sent")).toInt(), int(sent.size()));
        QCOMPARE(record.value(QStringLiteral("history_withheld")).toInt(),
                 context.value(QStringLiteral("withheld_messages")).toInt());
    }

    void aQuestionOverTheBudgetExitsTwoAndSendsNothing()
    {
        const ProcessResult r = runSottoServing(
            {QStringLiteral("ask"), QStringLiteral("--context-tokens"), QStringLiteral("50"),
             QStringLiteral("--api"), QStringLiteral("ollama"), QStringLiteral("--base-url"),
             m_server->apiRoot(Api::Ollama).toString(), QString(1000, QLatin1Char('w'))},
            m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("context budget of 50 tokens"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(m_server->connectionCount(), 0);
        // Nothing stored either: no conversation, no audit record.
        const ProcessResult listed = runSotto(
            {QStringLiteral("conversations"), QStringLiteral("list"), QStringLiteral("--json")}, m_env);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
        const ProcessResult audit = runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env);
        QCOMPARE(QJsonDocument::fromJson(audit.out).array().size(), 0);
    }

    void theReportedContextLengthBoundsTheTurn()
    {
        const qint64 conversation = storeConversation(60);
        QVERIFY(conversation > 0);
        m_server->setModels({QStringLiteral("m"), QStringLiteral("big")});
        m_server->setContextLengths({{QStringLiteral("m"), 2000}, {QStringLiteral("big"), 131072}});
        const QString root = m_server->apiRoot(Api::Ollama).toString();
        QCOMPARE(runSotto({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("local"),
                           QStringLiteral("--preset"), QStringLiteral("ollama"), QStringLiteral("--base-url"),
                           root, QStringLiteral("--model"), QStringLiteral("m")},
                          m_env)
                     .exitCode,
                 0);
        QCOMPARE(m_server->requestCount(), 0); // adding sends nothing

        // Listing the models asks for each one's details, through the gate and audited.
        const ProcessResult listed = runSottoServing({QStringLiteral("providers"), QStringLiteral("models"),
                                                      QStringLiteral("local"), QStringLiteral("--json")},
                                                     m_env);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonObject catalog = QJsonDocument::fromJson(listed.out).object();
        QCOMPARE(catalog.value(QStringLiteral("models")).toArray(),
                 QJsonArray({QStringLiteral("m"), QStringLiteral("big")}));
        const QJsonObject reported = catalog.value(QStringLiteral("reported_context_tokens")).toObject();
        QCOMPARE(reported.value(QStringLiteral("m")).toInt(), 2000);
        QCOMPARE(reported.value(QStringLiteral("big")).toInt(), 131072);
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(m_server->request(0).path, QStringLiteral("/api/tags"));
        QCOMPARE(m_server->request(1).path, QStringLiteral("/api/show"));
        QCOMPARE(m_server->request(2).path, QStringLiteral("/api/show"));
        const QJsonArray records
            = QJsonDocument::fromJson(
                  runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env).out)
                  .array();
        QCOMPARE(records.size(), 3);
        QStringList paths;
        for (const QJsonValue &record : records) {
            QCOMPARE(record[QStringLiteral("status")].toString(), QStringLiteral("completed"));
            paths << QUrl(record[QStringLiteral("url")].toString()).path();
            // One listing, one turn id.
            QVERIFY(!record[QStringLiteral("turn_id")].toString().isEmpty());
            QCOMPARE(record[QStringLiteral("turn_id")], records.first()[QStringLiteral("turn_id")]);
        }
        paths.sort();
        QCOMPARE(paths,
                 QStringList({QStringLiteral("/api/show"), QStringLiteral("/api/show"),
                              QStringLiteral("/api/tags")}));

        // Stored with the provider: `providers list --json` shows the figures.
        const QJsonArray providers
            = QJsonDocument::fromJson(
                  runSotto({QStringLiteral("providers"), QStringLiteral("list"), QStringLiteral("--json")},
                           m_env)
                      .out)
                  .array();
        QCOMPARE(providers.size(), 1);
        QCOMPARE(providers.first()[QStringLiteral("reported_context_tokens")][QStringLiteral("m")].toInt(),
                 2000);
        QVERIFY(providers.first()[QStringLiteral("context_tokens")].isNull());

        // A turn under the reported 2,000 tokens sends only what fits.
        m_server->enqueue(FakeResponse::text(QStringLiteral("Fine.")));
        const ProcessResult asked = runSottoServing(
            {QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("--conversation"),
             QString::number(conversation), QStringLiteral("--provider"), QStringLiteral("local"),
             QStringLiteral("The newest question?")},
            m_env);
        QVERIFY2(asked.exitCode == 0, asked.err.constData());
        QCOMPARE(m_server->requestCount(), 4);
        const QJsonObject body = m_server->lastRequest().json();
        QCOMPARE(body.value(QStringLiteral("options")).toObject().value(QStringLiteral("num_ctx")).toInt(),
                 2000);
        const QJsonArray sent = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(sent.first()[QStringLiteral("role")].toString(), QStringLiteral("system"));
        QCOMPARE(sent.first()[QStringLiteral("content")].toString(), QStringLiteral("You are terse."));
        QCOMPARE(sent.last()[QStringLiteral("content")].toString(), QStringLiteral("The newest question?"));
        const int turns = (int(sent.size()) - 2) / 2;
        QVERIFY2(turns > 0 && turns < 60, qPrintable(QString::number(turns)));
        QVERIFY(sent.at(1)[QStringLiteral("content")].toString().startsWith(
            QStringLiteral("Question %1 ").arg(60 - turns)));
        const QJsonObject context
            = QJsonDocument::fromJson(asked.out).object().value(QStringLiteral("context")).toObject();
        QCOMPARE(context.value(QStringLiteral("sent_messages")).toInt(), int(sent.size()));
        QVERIFY(context.value(QStringLiteral("estimated_tokens")).toInt() <= 2000);
        QCOMPARE(context.value(QStringLiteral("budget_tokens")).toInt(), 2000);
        QCOMPARE(context.value(QStringLiteral("budget_source")).toString(), QStringLiteral("reported"));

        // The call's own budget wins over the reported figure.
        m_server->enqueue(FakeResponse::text(QStringLiteral("Fine.")));
        const ProcessResult wider
            = runSottoServing({QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("--provider"),
                               QStringLiteral("local"), QStringLiteral("--context-tokens"),
                               QStringLiteral("3000"), QStringLiteral("Hello?")},
                              m_env);
        QVERIFY2(wider.exitCode == 0, wider.err.constData());
        QCOMPARE(m_server->lastRequest()
                     .json()
                     .value(QStringLiteral("options"))
                     .toObject()
                     .value(QStringLiteral("num_ctx"))
                     .toInt(),
                 3000);
        const QJsonObject widerContext
            = QJsonDocument::fromJson(wider.out).object().value(QStringLiteral("context")).toObject();
        QCOMPARE(widerContext.value(QStringLiteral("budget_tokens")).toInt(), 3000);
        QCOMPARE(widerContext.value(QStringLiteral("budget_source")).toString(), QStringLiteral("option"));
    }

    void withoutAnyFigureTheDefaultApplies()
    {
        m_server->enqueue(FakeResponse::text(QStringLiteral("Fine.")));
        const ProcessResult r
            = runSottoServing({QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("--api"),
                               QStringLiteral("ollama"), QStringLiteral("--base-url"),
                               m_server->apiRoot(Api::Ollama).toString(), QStringLiteral("Hi")},
                              m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject context
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("context")).toObject();
        QCOMPARE(context.value(QStringLiteral("budget_tokens")).toInt(), DEFAULT_CONTEXT_TOKENS);
        QCOMPARE(context.value(QStringLiteral("budget_source")).toString(), QStringLiteral("default"));
        QCOMPARE(m_server->lastRequest().json()[QStringLiteral("options")][QStringLiteral("num_ctx")].toInt(),
                 DEFAULT_CONTEXT_TOKENS);
    }

    void modelsOfAnUnknownProviderIsAUsageError()
    {
        QVERIFY(storeConversation(1) > 0);
        const ProcessResult r = runSotto(
            {QStringLiteral("providers"), QStringLiteral("models"), QStringLiteral("nobody")}, m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("nobody"), r.err.constData());
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void aContextBudgetMustBeAPositiveNumber()
    {
        const ProcessResult r
            = runSotto({QStringLiteral("ask"), QStringLiteral("--context-tokens"), QStringLiteral("lots"),
                        QStringLiteral("--api"), QStringLiteral("ollama"), QStringLiteral("--base-url"),
                        m_server->apiRoot(Api::Ollama).toString(), QStringLiteral("Hi")},
                       m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--context-tokens"));
    }

private:
    /// A system message, then `turns` questions and answers of ~100 tokens each.
    qint64 storeConversation(int turns)
    {
        VaultService vault;
        VaultCreateOptions options;
        options.kdf = fastKdf();
        if (!vault.create(Profile(m_temp->path()), secret(PASSPHRASE), options).result())
            return 0;
        auto stored = vault.run([turns](Vault &v) -> VaultResult<qint64> {
            Conversation draft;
            draft.title = QStringLiteral("Long");
            auto conversation = ConversationRepository(v).create(draft);
            if (!conversation)
                return Unexpected(conversation.error());
            MessageRepository messages(v);
            qint64 parent = 0;
            const auto add = [&](Role role, const QString &content) -> VaultResult<void> {
                Message m;
                m.conversationId = conversation->id;
                m.parentId = parent;
                m.role = role;
                m.content = content;
                auto appended = messages.append(m);
                if (!appended)
                    return Unexpected(appended.error());
                parent = appended->id;
                return {};
            };
            if (auto r = add(Role::System, QStringLiteral("You are terse.")); !r)
                return Unexpected(r.error());
            for (int i = 0; i < turns; ++i) {
                if (auto r
                    = add(Role::User, QStringLiteral("Question %1 ").arg(i) + QString(400, QLatin1Char('q')));
                    !r)
                    return Unexpected(r.error());
                if (auto r = add(Role::Assistant,
                                 QStringLiteral("Answer %1 ").arg(i) + QString(400, QLatin1Char('a')));
                    !r)
                    return Unexpected(r.error());
            }
            return conversation->id;
        });
        const auto id = stored.result();
        vault.lock().waitForFinished();
        return id ? *id : 0;
    }

    std::unique_ptr<TempProfile> m_temp;
    QProcessEnvironment m_env;
    std::unique_ptr<FakeProviderServer> m_server;
};

QTEST_GUILESS_MAIN(TestCliContext)
#include "TestCliContext.moc"
