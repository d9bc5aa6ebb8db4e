// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Speech to text (issue 17): the in-memory WAV, the audio a file may hold, and
// TranscriptionService over the real HttpBackend and EgressGate to the fake
// provider's transcription endpoint: the multipart body, the audit, the policy.
#include "core/net/EgressGate.h"
#include "core/orchestration/TranscriptionService.h"
#include "core/providers/HttpBackend.h"
#include "core/types/AudioClip.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/MemoryJournal.h"

#include <QTest>
#include <QtEndian>

#include <cmath>
#include <memory>
#include <optional>

using namespace sotto;
using namespace sotto::test;

namespace {

/// `seconds` of a 440 Hz tone: 16 kHz mono Int16 LE, as the microphone records.
QByteArray tone(double seconds)
{
    QByteArray pcm;
    const int samples = int(seconds * AudioClip::SAMPLE_RATE);
    for (int i = 0; i < samples; ++i) {
        const auto value = qint16(8000 * std::sin(2 * M_PI * 440 * i / AudioClip::SAMPLE_RATE));
        char bytes[2];
        qToLittleEndian(value, bytes);
        pcm.append(bytes, 2);
    }
    return pcm;
}

quint32 le32(const QByteArray &bytes, int at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint16 le16(const QByteArray &bytes, int at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

} // namespace

class TestTranscription final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_journal = std::make_unique<MemoryJournal>();
        m_gate = std::make_unique<EgressGate>(*m_journal);
    }
    void cleanup()
    {
        m_gate.reset();
        m_journal.reset();
        m_server.reset();
    }

    void wavHeaderDescribes16kMonoPcm()
    {
        const QByteArray pcm = tone(0.25);
        const QByteArray wav = AudioClip::wav(pcm);
        QCOMPARE(wav.size(), 44 + pcm.size());
        QCOMPARE(wav.left(4), QByteArray("RIFF"));
        QCOMPARE(le32(wav, 4), quint32(36 + pcm.size()));
        QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
        QCOMPARE(le32(wav, 16), 16u); // PCM chunk size
        QCOMPARE(le16(wav, 20), 1); // PCM
        QCOMPARE(le16(wav, 22), 1); // mono
        QCOMPARE(le32(wav, 24), 16000u);
        QCOMPARE(le32(wav, 28), 32000u); // bytes a second
        QCOMPARE(le16(wav, 32), 2); // block align
        QCOMPARE(le16(wav, 34), 16); // bits a sample
        QCOMPARE(wav.mid(36, 4), QByteArray("data"));
        QCOMPARE(le32(wav, 40), quint32(pcm.size()));
        QCOMPARE(wav.mid(44), pcm);
        // Half a sample is not a sample.
        QCOMPARE(AudioClip::wav(QByteArray("\x01\x02\x03", 3)).size(), 46);
    }

    void filesAreJudgedByContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addRow("wav") << AudioClip::wav(tone(0.01)) << true << QStringLiteral("memo.wav")
                             << QByteArray("audio/wav");
        QTest::addRow("mp3 with ID3") << QByteArray("ID3\x04\x00\x00\x00\x00\x00\x00rest", 14) << true
                                      << QStringLiteral("memo.mp3") << QByteArray("audio/mpeg");
        QTest::addRow("flac") << QByteArray("fLaC\x00\x00\x00\x22", 8) << true << QStringLiteral("memo.flac")
                              << QByteArray("audio/flac");
        QTest::addRow("ogg") << QByteArray("OggS\x00\x02", 6) << true << QStringLiteral("memo.ogg")
                             << QByteArray("audio/ogg");
        QTest::addRow("text named .wav")
            << QByteArray("just some words\n") << false << QString() << QByteArray();
        QTest::addRow("png") << QByteArray("\x89PNG\r\n\x1a\n", 8) << false << QString() << QByteArray();
    }
    void filesAreJudgedByContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, accepted);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, contentType);
        const auto clip = TranscriptionService::clipOfFile(bytes, QStringLiteral("/tmp/memo.wav"));
        QCOMPARE(bool(clip), accepted);
        if (!accepted) {
            QCOMPARE(clip.error().code, AudioFileError::NotAudio);
            QVERIFY(clip.error().message.contains(QLatin1String("memo.wav")));
            return;
        }
        QCOMPARE(clip->fileName, fileName);
        QCOMPARE(clip->contentType, contentType);
        QCOMPARE(clip->data, bytes);
    }

    void over25MegabytesIsRefused()
    {
        QByteArray big = AudioClip::wav(QByteArray());
        big.append(QByteArray(AudioClip::MAX_BYTES, '\0'));
        const auto clip = TranscriptionService::clipOfFile(big, QStringLiteral("long.wav"));
        QVERIFY(!clip);
        QCOMPARE(clip.error().code, AudioFileError::TooLarge);
    }

    void syntheticSpeechReachesTheEndpointAsMultipartWav()
    {
        m_server->setTranscript(QStringLiteral("Remind me to water the plants."));
        const AudioClip clip = AudioClip::fromPcm16(tone(0.5));
        const auto result = transcribe(openAi(), clip, QStringLiteral("whisper-large-v3"));
        QVERIFY(result);
        QCOMPARE(*result, QStringLiteral("Remind me to water the plants."));

        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest &sent = m_server->lastRequest();
        QCOMPARE(toString(sent.route), QStringLiteral("openai-transcription"));
        QCOMPARE(sent.path, QStringLiteral("/v1/audio/transcriptions"));
        QVERIFY(sent.header("Content-Type").startsWith("multipart/form-data; boundary="));
        const MultipartPart file = sent.multipartPart("file");
        QCOMPARE(file.data, clip.data);
        QCOMPARE(file.data.left(4), QByteArray("RIFF"));
        QCOMPARE(file.fileName, QStringLiteral("speech.wav"));
        QCOMPARE(file.contentType, QByteArray("audio/wav"));
        QCOMPARE(sent.multipartPart("model").data, QByteArray("whisper-large-v3"));
        QCOMPARE(sent.multipartPart("response_format").data, QByteArray("json"));
        QCOMPARE(sent.model(), QStringLiteral("whisper-large-v3"));

        QCOMPARE(m_journal->records().size(), 1);
        const AuditRecord &record = m_journal->records().constFirst();
        QCOMPARE(record.purpose, QStringLiteral("transcription"));
        QCOMPARE(record.status, AuditStatus::Completed);
        QCOMPARE(record.model, QStringLiteral("whisper-large-v3"));
        QCOMPARE(record.destination, Destination::Loopback);
        QCOMPARE(record.bodyBytes, sent.bodyBytes());
        QVERIFY(record.bodyBytes > clip.data.size());
    }

    void withoutAModelTheDefaultIsAsked()
    {
        const auto result = transcribe(openAi(), AudioClip::fromPcm16(tone(0.2)), QString());
        QVERIFY(result);
        QCOMPARE(m_server->lastRequest().multipartPart("model").data, QByteArray("whisper-1"));
    }

    void providerErrorsBecomeOneSentence_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("401") << 401 << QStringLiteral("API key");
        QTest::addRow("429") << 429 << QStringLiteral("7");
        QTest::addRow("500") << 500 << QStringLiteral("127.0.0.1");
    }
    void providerErrorsBecomeOneSentence()
    {
        QFETCH(int, status);
        QFETCH(QString, mentions);
        m_server->enqueue(Route::OpenAiTranscription, FakeResponse::errorForStatus(status).withRetryAfter(7));
        const auto result = transcribe(openAi(), AudioClip::fromPcm16(tone(0.2)), QString());
        QVERIFY(!result);
        QCOMPARE(result.error().code, TranscriptionError::Failed);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
        QVERIFY(!result.error().message.contains(QLatin1Char('\n')));
        QCOMPARE(m_journal->records().constFirst().status, AuditStatus::Failed);
    }

    void aReplyThatIsNotATranscriptIsAnError()
    {
        m_server->enqueue(Route::OpenAiTranscription, FakeResponse::raw(200, "<html>hi</html>", "text/html"));
        const auto result = transcribe(openAi(), AudioClip::fromPcm16(tone(0.2)), QString());
        QVERIFY(!result);
        QCOMPARE(result.error().code, TranscriptionError::Failed);
        QVERIFY(result.error().message.contains(QLatin1String("transcript")));
    }

    void offlineModeBlocksARemoteProviderWithTheReason()
    {
        EgressPolicy offline;
        offline.offline = true;
        m_gate->setPolicy(offline);
        ProviderConfig remote = openAi();
        remote.name = QStringLiteral("cloud");
        remote.baseUrl = QUrl(QStringLiteral("https://transcribe.example.com/v1"));
        const auto result = transcribe(remote, AudioClip::fromPcm16(tone(0.2)), QString());
        QVERIFY(!result);
        QCOMPARE(result.error().code, TranscriptionError::Blocked);
        QVERIFY2(result.error().message.contains(QLatin1String("offline")),
                 qPrintable(result.error().message));
        QCOMPARE(m_journal->records().size(), 1);
        const AuditRecord &record = m_journal->records().constFirst();
        QCOMPARE(record.status, AuditStatus::Blocked);
        QCOMPARE(record.purpose, QStringLiteral("transcription"));
        QVERIFY(record.policyReason.contains(QLatin1String("offline")));
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void offlineModeLetsALocalProviderThrough()
    {
        EgressPolicy offline;
        offline.offline = true;
        m_gate->setPolicy(offline);
        const auto result = transcribe(openAi(), AudioClip::fromPcm16(tone(0.2)), QString());
        QVERIFY(result);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void anApiWithoutTranscriptionSendsNothing()
    {
        ProviderConfig anthropic = openAi();
        anthropic.api = Api::Anthropic;
        anthropic.baseUrl = m_server->apiRoot(Api::Anthropic);
        const auto result = transcribe(anthropic, AudioClip::fromPcm16(tone(0.2)), QString());
        QVERIFY(!result);
        QCOMPARE(result.error().code, TranscriptionError::Unsupported);
        QVERIFY(result.error().message.contains(QLatin1String("OpenAI-compatible")));
        QCOMPARE(m_journal->records().size(), 0);
        QCOMPARE(m_server->connectionCount(), 0);
    }

private:
    ProviderConfig openAi() const
    {
        ProviderConfig config;
        config.name = QStringLiteral("speaches");
        config.api = Api::OpenAi;
        config.baseUrl = m_server->apiRoot(Api::OpenAi);
        return config;
    }

    TranscriptionService::Result transcribe(const ProviderConfig &config, const AudioClip &clip,
                                            const QString &model)
    {
        auto backend = std::make_shared<HttpBackend>(config, *m_gate);
        std::optional<TranscriptionService::Result> out;
        QObject context;
        TranscriptionService::transcribe(backend, clip, model, &context,
                                         [&out](TranscriptionService::Result result) {
                                             out = std::move(result);
                                         });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        }();
        if (!out)
            return Unexpected(
                Error<TranscriptionError>{TranscriptionError::Failed, QStringLiteral("no answer"), {}});
        return *out;
    }

    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<MemoryJournal> m_journal;
    std::unique_ptr<EgressGate> m_gate;
};

QTEST_GUILESS_MAIN(TestTranscription)
#include "TestTranscription.moc"
