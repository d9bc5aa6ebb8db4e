// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// End-to-end: the real `sotto` binary's command line, without a display.
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QTest>

using namespace sotto::test;

class TestCliBasics final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_env = m_profile->environment();
        m_env.remove(QStringLiteral("DISPLAY"));
        m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        m_env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must not need one
    }

    void versionPrintsTheVersion()
    {
        const ProcessResult r = runSotto({QStringLiteral("--version")}, m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("sotto 0.1.0"));
    }

    void helpListsTheOptionsAndOnlyWhatExists()
    {
        const ProcessResult r = runSotto({QStringLiteral("--help")}, m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("--profile <dir>"), r.out.constData());
        QVERIFY(r.out.contains("--version"));
        QVERIFY(r.out.contains("private desktop AI assistant"));
        for (const char *command :
             {"ask [options] PROMPT", "providers add", "audit [--json|--csv]", "policy show",
              "redact --dry-run", "conversations list", "search QUERY", "vault check",
              "export (--conversation ID | --all)", "import [--format sotto|chatgpt|claude] FILE"})
            QVERIFY2(r.out.contains(command), command);
    }

    void unknownCommandIsAUsageError()
    {
        const ProcessResult r = runSotto({QStringLiteral("frobnicate")}, m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("unknown command 'frobnicate'"));
    }

    void profileOptionValueIsNotACommand()
    {
        // `--profile DIR --version` must not mistake DIR for a command.
        const ProcessResult r
            = runSotto({QStringLiteral("--profile"), m_profile->path(), QStringLiteral("--version")}, m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("sotto "));
    }

    void translatedForTheSystemLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QByteArray>("phrase");
        QTest::addRow("de") << QStringLiteral("de_DE.UTF-8") << QByteArray("privater KI-Assistent");
        QTest::addRow("fr") << QStringLiteral("fr_FR.UTF-8") << QByteArray("assistant IA");
        QTest::addRow("es") << QStringLiteral("es_ES.UTF-8") << QByteArray("asistente de IA");
        QTest::addRow("ja") << QStringLiteral("ja_JP.UTF-8") << QByteArray("AI アシスタント");
    }

    void translatedForTheSystemLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QByteArray, phrase);
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LANGUAGE"), locale.left(2));
        const ProcessResult r = runSotto({QStringLiteral("--help")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(phrase), r.out.constData());
    }

    void englishSaysOneRoundNotRounds_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addRow("en_US") << QStringLiteral("en_US.UTF-8");
        QTest::addRow("C: no translation, English plurals") << QStringLiteral("C.UTF-8");
    }

    void englishSaysOneRoundNotRounds()
    {
        QFETCH(QString, locale);
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANG"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("plural test passphrase"));
        ProcessResult r
            = runSotto({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("box"),
                        QStringLiteral("--api"), QStringLiteral("ollama"), QStringLiteral("--base-url"),
                        QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--no-api-key")},
                       env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runSotto({QStringLiteral("ensembles"), QStringLiteral("add"), QStringLiteral("pair"),
                      QStringLiteral("--agent"), QStringLiteral("box"), QStringLiteral("--agent"),
                      QStringLiteral("box")},
                     env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Saved ensemble pair with 2 agents."), r.out.constData());
        r = runSotto({QStringLiteral("ensembles"), QStringLiteral("list")}, env);
        QVERIFY2(r.out.contains("1 round\n"), r.out.constData());
        QVERIFY(!r.out.contains("round(s)"));
    }

private:
    std::unique_ptr<TempProfile> m_profile;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "TestCliBasics.moc"
