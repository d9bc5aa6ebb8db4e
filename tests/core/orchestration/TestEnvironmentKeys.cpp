// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Issue 12, item 3, for the API keys stored providers name (apiKeyEnv): the session
// reads each variable once, when it loads the providers at unlock, keeps the value
// and takes the variable out of the environment — overwritten in place, so
// /proc/self/environ no longer holds it either — and the key still reaches the
// provider. ctest starts this test with SOTTO_TEST_STORED_KEY in its environment,
// so the variable is in the block the kernel shows, as it is for a real user.
#include "core/common/EnvironmentSecrets.h"
#include "core/orchestration/Session.h"
#include "core/store/ProviderRepository.h"
#include "core/types/ProviderConfig.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

namespace {

const QByteArray VARIABLE("SOTTO_TEST_STORED_KEY");
const QByteArray KEY("sk-env-stored-key-5150aa"); // as set by ctest (tests/core/orchestration/CMakeLists.txt)

QByteArray ownEnviron()
{
    QFile file(QStringLiteral("/proc/self/environ"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestEnvironmentKeys final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aStoredProvidersKeyVariableIsTakenAtUnlockAndStillSent()
    {
        QVERIFY2(ownEnviron().contains(QByteArray(VARIABLE + "=" + KEY)),
                 "run through ctest: the variable must be in the environment the process started with");
        TempProfile profile;
        FakeProviderServer server;
        QVERIFY(server.listen());
        server.setModels({QStringLiteral("stored-model")});
        {
            std::unique_ptr<Vault> vault = createVault(Profile(profile.path()));
            QVERIFY(vault);
            ProviderConfig provider;
            provider.name = QStringLiteral("Stored");
            provider.api = Api::OpenAi;
            provider.baseUrl = server.apiRoot(Api::OpenAi);
            provider.defaultModel = QStringLiteral("stored-model");
            provider.apiKeyEnv = QString::fromLatin1(VARIABLE);
            QVERIFY(ProviderRepository(*vault).save(provider).has_value());
        }
        QCOMPARE(qgetenv(VARIABLE.constData()), KEY); // nothing read it yet

        Session session{Profile(profile.path())};
        QSignalSpy unlocked(&session, &Session::unlocked);
        session.unlock(QStringLiteral("correct horse"));
        QVERIFY(unlocked.wait(30000));
        QCOMPARE(session.providers().size(), 1);

        // Gone from the environment, and from the block /proc shows.
        QVERIFY(!qEnvironmentVariableIsSet(VARIABLE.constData()));
        QVERIFY2(!ownEnviron().contains(KEY), "the key is still in /proc/self/environ");

        // The key still reaches the provider: a model list, through the gate.
        std::optional<Session::ModelList> listed;
        session.listModels(QStringLiteral("Stored"), this, [&listed](Session::ModelList models) {
            listed = std::move(models);
        });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 30000);
        QVERIFY2(listed->has_value(), qPrintable(listed->has_value() ? QString() : listed->error().message));
        QCOMPARE((*listed)->models, QStringList({QStringLiteral("stored-model")}));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.request(0).header("authorization"), QByteArray("Bearer " + KEY));
    }

    void aKeptValueIsReadOnce()
    {
        qputenv("SOTTO_TEST_KEPT_ONCE", "first value");
        EnvironmentSecrets::keep(
            {QStringLiteral("SOTTO_TEST_KEPT_ONCE"), QStringLiteral("SOTTO_TEST_NEVER_SET")});
        QVERIFY(!qEnvironmentVariableIsSet("SOTTO_TEST_KEPT_ONCE"));
        QCOMPARE(EnvironmentSecrets::value(QStringLiteral("SOTTO_TEST_KEPT_ONCE")),
                 QByteArray("first value"));
        QCOMPARE(EnvironmentSecrets::value(QStringLiteral("SOTTO_TEST_NEVER_SET")), QByteArray());
        // Read once: a value set later does not replace the kept one.
        qputenv("SOTTO_TEST_KEPT_ONCE", "second value");
        QCOMPARE(EnvironmentSecrets::value(QStringLiteral("SOTTO_TEST_KEPT_ONCE")),
                 QByteArray("first value"));
        // A name first asked for by value() is taken out of the environment too.
        qputenv("SOTTO_TEST_ASKED_LATE", "late value");
        QCOMPARE(EnvironmentSecrets::value(QStringLiteral("SOTTO_TEST_ASKED_LATE")),
                 QByteArray("late value"));
        QVERIFY(!qEnvironmentVariableIsSet("SOTTO_TEST_ASKED_LATE"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentKeys)
#include "TestEnvironmentKeys.moc"
