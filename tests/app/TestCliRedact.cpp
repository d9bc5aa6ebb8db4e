// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// `sotto redact` and `policy … redact` with the real binary and a real vault:
// the dry run shows what would be sent and what was replaced, the terms live in
// the vault, the policy key validates and shows; and `sotto ask` sends placeholders
// and prints the originals (the fake provider on loopback, so under `always`).
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

class TestCliRedact final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_env = m_profile->environment();
        m_env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("redact test passphrase"));
    }

    void dryRunShowsWhatWouldBeSent()
    {
        const ProcessResult r = runSotto(
            {QStringLiteral("redact"), QStringLiteral("--dry-run"),
             QStringLiteral("Mail ann@example.com, card 4111 1111 1111 1111, call +44 20 7946 0958")},
            m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Mail ⟨EMAIL_1⟩, card ⟨CARD_1⟩, call ⟨PHONE_1⟩\n"));
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("⟨EMAIL_1⟩ ← ann@example.com")), r.err.constData());
        QVERIFY(err.contains(QStringLiteral("⟨CARD_1⟩ ← 4111 1111 1111 1111")));
        QVERIFY(err.contains(QStringLiteral("⟨PHONE_1⟩ ← +44 20 7946 0958")));
    }

    void termsAreKeptAndUsed()
    {
        ProcessResult r = runSotto({QStringLiteral("redact"), QStringLiteral("terms"), QStringLiteral("add"),
                                    QStringLiteral("Wombat Labs")},
                                   m_env);
        QCOMPARE(r.exitCode, 0);
        r = runSotto({QStringLiteral("redact"), QStringLiteral("terms"), QStringLiteral("add"),
                      QStringLiteral("Dana")},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        r = runSotto({QStringLiteral("redact"), QStringLiteral("terms"), QStringLiteral("add"),
                      QStringLiteral("wombat labs")},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("already"), r.err.constData());

        r = runSotto({QStringLiteral("redact"), QStringLiteral("terms"), QStringLiteral("list")}, m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("Wombat Labs\nDana\n"));

        r = runSotto({QStringLiteral("redact"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                      QStringLiteral("dana from WOMBAT LABS writes to dana@example.org")},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(QStringLiteral("text")).toString(),
                 QStringLiteral("⟨TERM_1⟩ from ⟨TERM_2⟩ writes to ⟨EMAIL_1⟩"));
        QCOMPARE(shown.value(QStringLiteral("redactions")).toInt(), 3);
        QCOMPARE(shown.value(QStringLiteral("policy")).toString(), QStringLiteral("internet"));
        const QJsonArray replacements = shown.value(QStringLiteral("replacements")).toArray();
        QCOMPARE(replacements.size(), 3);
        QCOMPARE(replacements.at(1).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("term"));
        QCOMPARE(replacements.at(1).toObject().value(QStringLiteral("original")).toString(),
                 QStringLiteral("WOMBAT LABS"));
        QCOMPARE(replacements.at(2).toObject().value(QStringLiteral("placeholder")).toString(),
                 QStringLiteral("⟨EMAIL_1⟩"));

        r = runSotto({QStringLiteral("redact"), QStringLiteral("terms"), QStringLiteral("remove"),
                      QStringLiteral("DANA")},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        r = runSotto({QStringLiteral("redact"), QStringLiteral("terms"), QStringLiteral("remove"),
                      QStringLiteral("Dana")},
                     m_env);
        QCOMPARE(r.exitCode, 2);
        r = runSotto({QStringLiteral("redact"), QStringLiteral("terms"), QStringLiteral("list"),
                      QStringLiteral("--json")},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array(), QJsonArray({QStringLiteral("Wombat Labs")}));
    }

    void policyKeyValidatesAndShows()
    {
        ProcessResult r
            = runSotto({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--json")}, m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("redact")).toString(),
                 QStringLiteral("internet"));
        r = runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact"),
                      QStringLiteral("sometimes")},
                     m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("off, internet or always"), r.err.constData());
        r = runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact"),
                      QStringLiteral("off")},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        r = runSotto({QStringLiteral("policy"), QStringLiteral("show")}, m_env);
        QVERIFY2(r.out.contains("redact off\n"), r.out.constData());

        // Off: the dry run sends the text as it is, and says so.
        r = runSotto(
            {QStringLiteral("redact"), QStringLiteral("--dry-run"), QStringLiteral("ann@example.com")},
            m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("ann@example.com\n"));
        QVERIFY(r.err.contains("redact off"));

        r = runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact"),
                      QStringLiteral("Always")},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        r = runSotto({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--json")}, m_env);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("redact")).toString(),
                 QStringLiteral("always"));
    }

    void askSendsPlaceholdersAndPrintsOriginals()
    {
        FakeProviderServer server;
        QVERIFY(server.listen());
        const QStringList ask = {QStringLiteral("ask"),
                                 QStringLiteral("--api"),
                                 QStringLiteral("openai"),
                                 QStringLiteral("--base-url"),
                                 server.apiRoot(Api::OpenAi).toString(),
                                 QStringLiteral("--model"),
                                 QStringLiteral("fake-model")};
        const QString prompt = QStringLiteral("Write to ann@example.com about Wombat Labs.");
        QCOMPARE(runSotto({QStringLiteral("redact"), QStringLiteral("terms"), QStringLiteral("add"),
                           QStringLiteral("Wombat Labs")},
                          m_env)
                     .exitCode,
                 0);

        // Loopback under the default policy (internet): sent as typed.
        server.enqueue(FakeResponse::text(QStringLiteral("Done.")));
        ProcessResult r = runSottoServing(QStringList(ask) << prompt, m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromUtf8(server.lastRequest().body).contains(QStringLiteral("ann@example.com")));

        // Always: the server sees placeholders; the answer quoting them, cut into
        // 2-character deltas, is printed and stored with the originals.
        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact"),
                           QStringLiteral("always")},
                          m_env)
                     .exitCode,
                 0);
        server.enqueue(FakeResponse::text(QStringLiteral("Dear ⟨EMAIL_1⟩, ⟨TERM_1⟩ says hi."), 2));
        r = runSottoServing(QStringList(ask) << QStringLiteral("--json") << prompt, m_env);
        QCOMPARE(r.exitCode, 0);
        const QString body = QString::fromUtf8(server.lastRequest().body);
        QVERIFY2(body.contains(QStringLiteral("Write to ⟨EMAIL_1⟩ about ⟨TERM_1⟩.")), qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("ann@example.com")));
        const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(answer.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Dear ann@example.com, Wombat Labs says hi."));

        r = runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env);
        const QJsonArray records = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("redactions")).toInt(), 2); // newest first
        QCOMPARE(records.at(1).toObject().value(QStringLiteral("redactions")).toInt(), 0);
    }

    void providerOverrideIsSetShownAndReset()
    {
        QCOMPARE(runSotto({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("local"),
                           QStringLiteral("--api"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                           QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("--no-api-key")},
                          m_env)
                     .exitCode,
                 0);
        const auto shownFor = [this](const QString &name) {
            const ProcessResult r = runSotto(
                {QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--json")}, m_env);
            return QJsonDocument::fromJson(r.out)
                .object()
                .value(QStringLiteral("providers"))
                .toObject()
                .value(name)
                .toObject()
                .value(QStringLiteral("redact"))
                .toString();
        };
        const auto listedFor = [this](const QString &name) {
            const ProcessResult r = runSotto(
                {QStringLiteral("providers"), QStringLiteral("list"), QStringLiteral("--json")}, m_env);
            for (const QJsonValue &value : QJsonDocument::fromJson(r.out).array()) {
                if (value.toObject().value(QStringLiteral("name")).toString() == name)
                    return value.toObject().value(QStringLiteral("redact")).toString();
            }
            return QStringLiteral("(not listed)");
        };
        // A new provider follows the global policy.
        QCOMPARE(shownFor(QStringLiteral("local")), QStringLiteral("default"));
        QCOMPARE(listedFor(QStringLiteral("local")), QStringLiteral("default"));

        ProcessResult r
            = runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact"),
                        QStringLiteral("Always"), QStringLiteral("--provider"), QStringLiteral("local")},
                       m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(shownFor(QStringLiteral("local")), QStringLiteral("always"));
        QCOMPARE(listedFor(QStringLiteral("local")), QStringLiteral("always"));
        r = runSotto({QStringLiteral("policy"), QStringLiteral("show")}, m_env);
        QVERIFY2(r.out.contains("redact always --provider local\n"), r.out.constData());
        // The global policy is untouched by a provider's override.
        QVERIFY2(r.out.contains("redact internet\n"), r.out.constData());

        r = runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact"),
                      QStringLiteral("off"), QStringLiteral("--provider"), QStringLiteral("local")},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(listedFor(QStringLiteral("local")), QStringLiteral("off"));

        r = runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact"),
                      QStringLiteral("default"), QStringLiteral("--provider"), QStringLiteral("local")},
                     m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(shownFor(QStringLiteral("local")), QStringLiteral("default"));
        QCOMPARE(listedFor(QStringLiteral("local")), QStringLiteral("default"));

        // Usage errors: a value that is none of them, a provider that does not exist, and
        // "default" for the global policy (which has no policy to follow).
        r = runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact"),
                      QStringLiteral("sometimes"), QStringLiteral("--provider"), QStringLiteral("local")},
                     m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("off, internet, always or default"), r.err.constData());
        r = runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact"),
                      QStringLiteral("off"), QStringLiteral("--provider"), QStringLiteral("nobody")},
                     m_env);
        QCOMPARE(r.exitCode, 2);
        r = runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact"),
                      QStringLiteral("default")},
                     m_env);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(shownFor(QStringLiteral("local")), QStringLiteral("default"));
    }

    void providerOverrideDecidesWhatIsSent()
    {
        FakeProviderServer server;
        QVERIFY(server.listen());
        QCOMPARE(runSotto({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("local"),
                           QStringLiteral("--api"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                           server.apiRoot(Api::OpenAi).toString(), QStringLiteral("--model"),
                           QStringLiteral("fake-model"), QStringLiteral("--no-api-key")},
                          m_env)
                     .exitCode,
                 0);
        const auto set = [this](QStringList args) {
            return runSotto(
                       QStringList{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("redact")}
                           + args,
                       m_env)
                .exitCode;
        };
        const auto ask = [this, &server](const QString &prompt) {
            server.enqueue(FakeResponse::text(QStringLiteral("Noted.")));
            const ProcessResult r = runSottoServing(
                {QStringLiteral("ask"), QStringLiteral("--provider"), QStringLiteral("local"), prompt},
                m_env);
            return r.exitCode == 0 ? QString::fromUtf8(server.lastRequest().body) : QString();
        };

        // Global internet, this loopback provider overridden to always: placeholders.
        QCOMPARE(set({QStringLiteral("always"), QStringLiteral("--provider"), QStringLiteral("local")}), 0);
        QString body = ask(QStringLiteral("Write to ann@example.com."));
        QVERIFY2(body.contains(QStringLiteral("Write to ⟨EMAIL_1⟩.")), qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("ann@example.com")));

        // Global always, the provider overridden to off: the original.
        QCOMPARE(set({QStringLiteral("always")}), 0);
        QCOMPARE(set({QStringLiteral("off"), QStringLiteral("--provider"), QStringLiteral("local")}), 0);
        body = ask(QStringLiteral("Write to bob@example.com."));
        QVERIFY2(body.contains(QStringLiteral("Write to bob@example.com.")), qPrintable(body));

        // Back to following the global policy (always): placeholders again.
        QCOMPARE(set({QStringLiteral("default"), QStringLiteral("--provider"), QStringLiteral("local")}), 0);
        body = ask(QStringLiteral("Write to cy@example.com."));
        QVERIFY2(body.contains(QStringLiteral("Write to ⟨EMAIL_1⟩.")), qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("cy@example.com")));
    }

    void usageErrors()
    {
        for (const QStringList &args :
             {QStringList{QStringLiteral("redact")},
              QStringList{QStringLiteral("redact"), QStringLiteral("hello")},
              QStringList{QStringLiteral("redact"), QStringLiteral("terms"), QStringLiteral("add")},
              QStringList{QStringLiteral("redact"), QStringLiteral("terms"), QStringLiteral("frob")}}) {
            const ProcessResult r = runSotto(args, m_env);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(!r.err.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        }
    }

private:
    std::unique_ptr<TempProfile> m_profile;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestCliRedact)
#include "TestCliRedact.moc"
