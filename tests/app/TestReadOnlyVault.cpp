// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Write-ahead audit (DESIGN.md invariant 2) with the real journal, when the vault
// is read-only: the real `sotto ask` runs in a mount namespace of its own where the
// vault's database (or the whole profile) is bind-mounted read-only, as on a file
// system mounted read-only. It can record nothing — neither the question nor the
// audit of the request — so it sends nothing (the fake server sees no connection)
// and says why in one message. A control run on the same vault reaches the server,
// and the vault is intact afterwards. (TestWriteAheadVault shows the audit step
// itself refusing, for a full disk and for files that became read-only.)
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

class TestReadOnlyVault final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        QVERIFY(m_profile->isValid());
        m_env = m_profile->environment();
        m_env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("read-only vault passphrase"));
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_server->setDefaultChatResponse(FakeResponse::text(QStringLiteral("Recorded, then sent.")));
        // Control: the vault exists, and a question through it reaches the server.
        const ProcessResult first = runSottoServing(ask(QStringLiteral("First question")), m_env);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(m_server->requestCount(), 1);
        m_connectionsBefore = m_server->connectionCount();
    }

    void cleanup()
    {
        m_server.reset();
        m_profile.reset();
    }

    void nothingIsSentFromAReadOnlyVault_data()
    {
        QTest::addColumn<QString>("readOnly");
        QTest::addRow("the database") << QStringLiteral("vault.db");
        QTest::addRow("the profile folder") << QString();
    }

    void nothingIsSentFromAReadOnlyVault()
    {
        QFETCH(QString, readOnly);
        const QString path
            = readOnly.isEmpty() ? m_profile->path() : m_profile->path() + QLatin1Char('/') + readOnly;
        const ProcessResult r
            = runSottoServingReadOnly({path}, ask(QStringLiteral("Second question")), m_env);
        QVERIFY2(r.exitCode != 125, "could not bind-mount read-only (unshare --mount)");
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY(!r.crashed);
        QCOMPARE(m_server->connectionCount(), m_connectionsBefore);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(r.out.isEmpty());
        // One clear message: one line, that says what cannot be written.
        const QByteArray message = r.err.trimmed();
        QVERIFY2(!message.isEmpty() && !message.contains('\n'), r.err.constData());
        QVERIFY2(message.contains("cannot be written"), r.err.constData());

        // The vault is intact, writable again, and holds only the first request.
        const ProcessResult audit = runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env);
        QCOMPARE(audit.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(audit.out).array().size(), 1);
        const ProcessResult again = runSottoServing(ask(QStringLiteral("Third question")), m_env);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(m_server->requestCount(), 2);
    }

private:
    QStringList ask(const QString &question) const
    {
        return {QStringLiteral("ask"),
                QStringLiteral("--api"),
                QStringLiteral("ollama"),
                QStringLiteral("--base-url"),
                m_server->apiRoot(Api::Ollama).toString(),
                QStringLiteral("--model"),
                QStringLiteral("fake-model"),
                question};
    }

    std::unique_ptr<TempProfile> m_profile;
    QProcessEnvironment m_env;
    std::unique_ptr<FakeProviderServer> m_server;
    int m_connectionsBefore = 0;
};

QTEST_GUILESS_MAIN(TestReadOnlyVault)
#include "TestReadOnlyVault.moc"
