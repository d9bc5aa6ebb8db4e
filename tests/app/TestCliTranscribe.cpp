// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// End-to-end: `sotto transcribe` (issue 17) with the real binary, a real vault in a
// temporary profile and the fake provider's transcription endpoint on loopback.
#include "core/types/AudioClip.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/SottoProcess.h"
#include "tests/support/TempProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

class TestCliTranscribe final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_env = m_profile->environment();
        m_env.insert(QStringLiteral("SOTTO_KDF"), QStringLiteral("interactive"));
        m_env.insert(QStringLiteral("SOTTO_PASSPHRASE"), QStringLiteral("transcribe test passphrase"));
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        QVERIFY(m_files.isValid());
        // Half a second of a quiet ramp, 16 kHz mono.
        QByteArray pcm;
        for (int i = 0; i < 8000; ++i) {
            const auto sample = qint16((i % 200) * 40);
            pcm.append(char(sample & 0xff)).append(char((sample >> 8) & 0xff));
        }
        m_wav = write(QStringLiteral("memo.wav"), AudioClip::wav(pcm));
    }
    void cleanup() { m_server.reset(); }

    void printsTheTextAndAuditsTheRequest()
    {
        m_server->setTranscript(QStringLiteral("Buy oat milk and “good” bread."));
        const ProcessResult r = runSottoServing(
            {QStringLiteral("transcribe"), QStringLiteral("--api"), QStringLiteral("openai"),
             QStringLiteral("--base-url"), m_server->apiRoot(Api::OpenAi).toString(),
             QStringLiteral("--model"), QStringLiteral("whisper-small"), m_wav},
            m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Buy oat milk and “good” bread.\n"));
        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest &sent = m_server->lastRequest();
        QCOMPARE(toString(sent.route), QStringLiteral("openai-transcription"));
        QFile file(m_wav);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(sent.multipartPart("file").data, file.readAll());
        QCOMPARE(sent.multipartPart("file").contentType, QByteArray("audio/wav"));
        QCOMPARE(sent.multipartPart("model").data, QByteArray("whisper-small"));

        const QJsonArray audit = QJsonDocument::fromJson(
                                     runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env).out)
                                     .array();
        QCOMPARE(audit.size(), 1);
        const QJsonObject record = audit.at(0).toObject();
        QCOMPARE(record.value(QStringLiteral("purpose")).toString(), QStringLiteral("transcription"));
        QCOMPARE(record.value(QStringLiteral("body_bytes")).toInteger(), sent.bodyBytes());
        QCOMPARE(record.value(QStringLiteral("destination")).toString(), QStringLiteral("loopback"));
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    }

    void aStoredProviderAndTheStoredChoiceWork()
    {
        QCOMPARE(runSotto({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("whisper"),
                           QStringLiteral("--api"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                           m_server->apiRoot(Api::OpenAi).toString(), QStringLiteral("--no-api-key")},
                          m_env)
                     .exitCode,
                 0);
        ProcessResult r = runSottoServing(
            {QStringLiteral("transcribe"), QStringLiteral("--provider"), QStringLiteral("whisper"), m_wav},
            m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_server->lastRequest().multipartPart("model").data, QByteArray("whisper-1"));
        // Nothing chosen in the settings, nothing named: a usage error that says what to do.
        r = runSotto({QStringLiteral("transcribe"), m_wav}, m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--provider"), r.err.constData());
    }

    void aTextFileIsABadInput()
    {
        const QString text = write(QStringLiteral("notes.wav"), "These are notes, not speech.\n");
        const ProcessResult r
            = runSotto({QStringLiteral("transcribe"), QStringLiteral("--api"), QStringLiteral("openai"),
                        QStringLiteral("--base-url"), m_server->apiRoot(Api::OpenAi).toString(), text},
                       m_env);
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("notes.wav"), r.err.constData());
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void offlineModeRefusesARemoteProvider()
    {
        QCOMPARE(runSotto({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("offline"),
                           QStringLiteral("on")},
                          m_env)
                     .exitCode,
                 0);
        // TEST-NET-1 from an empty network namespace: the refusal must be the policy's.
        const ProcessResult r = runSottoWithoutNetwork(
            {QStringLiteral("transcribe"), QStringLiteral("--api"), QStringLiteral("openai"),
             QStringLiteral("--base-url"), QStringLiteral("https://192.0.2.1/v1"), m_wav},
            m_env);
        QVERIFY2(!r.err.contains("unshare:"), r.err.constData());
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("offline mode is on"), r.err.constData());
        const QJsonArray audit = QJsonDocument::fromJson(
                                     runSotto({QStringLiteral("audit"), QStringLiteral("--json")}, m_env).out)
                                     .array();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("blocked"));
        QCOMPARE(audit.at(0).toObject().value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("transcription"));
    }

    void providerErrorsExitFour()
    {
        m_server->enqueue(Route::OpenAiTranscription, FakeResponse::error(FakeError::Unauthorized));
        const ProcessResult r = runSottoServing({QStringLiteral("transcribe"), QStringLiteral("--api"),
                                                 QStringLiteral("openai"), QStringLiteral("--base-url"),
                                                 m_server->apiRoot(Api::OpenAi).toString(), m_wav},
                                                m_env);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("API key"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<TempProfile> m_profile;
    QProcessEnvironment m_env;
    std::unique_ptr<FakeProviderServer> m_server;
    QTemporaryDir m_files;
    QString m_wav;
};

QTEST_GUILESS_MAIN(TestCliTranscribe)
#include "TestCliTranscribe.moc"
