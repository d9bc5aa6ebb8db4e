// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Voice dictation in the real window (issue 17): a synthetic audio input behind the
// window's AudioInputs seam, a real vault, the fake provider's transcription
// endpoint on loopback. HOME and TMPDIR point at empty folders during each test,
// which must stay empty: no recording ever touches the disk.
#include "core/orchestration/ChatController.h"
#include "core/orchestration/Session.h"
#include "core/orchestration/TranscriptionService.h"
#include "core/types/AudioClip.h"
#include "tests/support/FakeProviderServer.h"
#include "tests/support/TempProfile.h"
#include "ui/MainWindow.h"
#include "ui/chat/ChatPane.h"
#include "ui/chat/Composer.h"
#include "ui/voice/AudioInput.h"
#include "ui/voice/Dictation.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/Prompter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <optional>

using namespace sotto;
using namespace sotto::test;
using namespace sotto::ui;

namespace {

/// Speech as a test can make it: the PCM it is fed, nothing else.
class SyntheticInput final : public AudioInput {
public:
    bool start() override
    {
        m_recording = true;
        return true;
    }
    void stop() override { m_recording = false; }
    QByteArray pcm() const override { return m_pcm; }
    QString errorString() const override { return {}; }

    bool isRecording() const { return m_recording; }
    void feed(const QByteArray &pcm)
    {
        m_pcm += pcm;
        Q_EMIT levelChanged(0.6);
    }

private:
    QByteArray m_pcm;
    bool m_recording = false;
};

class SyntheticInputs final : public AudioInputs {
public:
    explicit SyntheticInputs(QPointer<SyntheticInput> &opened, bool hasDevice = true)
        : m_opened(opened)
        , m_hasDevice(hasDevice)
    { }

    QList<Device> devices() override
    {
        ++lookups;
        if (!m_hasDevice)
            return {};
        return {Device{QByteArrayLiteral("synthetic"), QStringLiteral("Synthetic microphone"), true}};
    }
    std::unique_ptr<AudioInput> open(const QByteArray &) override
    {
        auto input = std::make_unique<SyntheticInput>();
        m_opened = input.get();
        return input;
    }

    int lookups = 0;

private:
    QPointer<SyntheticInput> &m_opened;
    bool m_hasDevice;
};

/// A second of something speech-like: 16 kHz mono Int16 LE.
QByteArray speech()
{
    QByteArray pcm;
    for (int i = 0; i < AudioClip::SAMPLE_RATE; ++i) {
        const auto sample = qint16(((i * 37) % 2000) - 1000);
        pcm.append(char(sample & 0xff)).append(char((sample >> 8) & 0xff));
    }
    return pcm;
}

/// Every file under `root`.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TestDictation final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        QVERIFY(m_profile->isValid());
        m_home = m_profile->root() + QStringLiteral("/home");
        m_tmp = m_profile->root() + QStringLiteral("/tmp");
        m_oldHome = qgetenv("HOME");
        m_oldTmp = qgetenv("TMPDIR");
        qputenv("HOME", m_home.toLocal8Bit());
        qputenv("TMPDIR", m_tmp.toLocal8Bit());

        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->listen());
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(QStringLiteral("dictation test passphrase"));
        QVERIFY(unlocked.wait(20000));
        ProviderConfig whisper;
        whisper.name = QStringLiteral("Whisper here");
        whisper.api = Api::OpenAi;
        whisper.baseUrl = m_server->apiRoot(Api::OpenAi);
        whisper.defaultModel = QStringLiteral("fake-model");
        m_session->saveProvider(whisper);
        QTRY_VERIFY(!m_session->providers().isEmpty());

        m_window = std::make_unique<MainWindow>(*m_session, m_prompter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_pane = m_window->findChild<ChatPane *>(QStringLiteral("chatPane"));
        QVERIFY(m_pane);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier); // a new chat
        QTRY_VERIFY(m_pane->isVisible());
        auto inputs = std::make_unique<SyntheticInputs>(m_input);
        m_inputs = inputs.get();
        m_pane->dictation()->setAudioInputs(std::move(inputs));
        m_button = m_pane->findChild<QToolButton *>(QStringLiteral("dictateButton"));
        m_strip = m_pane->findChild<QWidget *>(QStringLiteral("recordingStrip"));
        QVERIFY(m_button && m_strip);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_server.reset();
        // Nothing of a recording, or of anything else, was written outside the vault.
        const QStringList written = filesUnder(m_home) + filesUnder(m_tmp);
        qputenv("HOME", m_oldHome);
        qputenv("TMPDIR", m_oldTmp);
        QVERIFY2(written.isEmpty(), qPrintable(written.join(QLatin1Char('\n'))));
        m_profile.reset();
    }

    void theButtonIsOfferedAndTheInputsAreLookedUpOnlyWhenUsed()
    {
        QVERIFY(m_button->isVisible());
        QVERIFY(m_button->isEnabled());
        QVERIFY(!m_button->accessibleName().isEmpty());
        QCOMPARE(m_inputs->lookups, 0);
        choose(QStringLiteral("Whisper here"));
        QTest::mouseClick(m_button, Qt::LeftButton);
        QTRY_VERIFY(m_strip->isVisible());
        QCOMPARE(m_inputs->lookups, 1);
    }

    void dictatedTextLandsInTheComposerForChecking()
    {
        choose(QStringLiteral("Whisper here"), QStringLiteral("whisper-large-v3"));
        m_server->setTranscript(QStringLiteral("water the plants"));
        auto *composer = m_pane->composer();
        composer->setText(QStringLiteral("Remind me to "));

        QTest::mouseClick(m_button, Qt::LeftButton);
        QTRY_VERIFY(m_input && m_input->isRecording());
        QVERIFY(m_strip->isVisible());
        const QByteArray pcm = speech();
        m_input->feed(pcm);
        auto *level = m_strip->findChild<QProgressBar *>(QStringLiteral("recordingLevel"));
        QCOMPARE(level->value(), 60);
        QVERIFY(m_strip->findChild<QLabel *>(QStringLiteral("recordingTime"))
                    ->text()
                    .contains(QLatin1String("2:00")));

        QTest::mouseClick(m_strip->findChild<QPushButton *>(QStringLiteral("stopRecordingButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(composer->text(), QStringLiteral("Remind me to water the plants"), 15000);
        QVERIFY(!m_strip->isVisible());
        QCOMPARE(m_pane->dictation()->state(), Dictation::State::Idle);
        // Put there for the user to check: nothing was sent as a chat message.
        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest &sent = m_server->lastRequest();
        QCOMPARE(toString(sent.route), QStringLiteral("openai-transcription"));
        QCOMPARE(sent.multipartPart("file").data, AudioClip::wav(pcm));
        QCOMPARE(sent.multipartPart("model").data, QByteArray("whisper-large-v3"));
        QCOMPARE(requestsToday(), 1);
    }

    void aRecordingStopsByItselfAtItsLongestAndIsTranscribed()
    {
        choose(QStringLiteral("Whisper here"));
        m_server->setTranscript(QStringLiteral("a long story"));
        m_pane->dictation()->setMaxLength(std::chrono::milliseconds(300));
        QTest::mouseClick(m_button, Qt::LeftButton);
        QTRY_VERIFY(m_input && m_input->isRecording());
        m_input->feed(speech());
        // No Stop: the cap ends the recording and sends it.
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->composer()->text(), QStringLiteral("a long story"), 15000);
        QVERIFY(!m_input || !m_input->isRecording());
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_pane->dictation()->state(), Dictation::State::Idle);
    }

    void theShortcutStartsAndStops()
    {
        choose(QStringLiteral("Whisper here"));
        m_pane->composer()->focusInput();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_input && m_input->isRecording());
        m_input->feed(speech());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->composer()->text().contains(QLatin1String("fake transcriber")),
                                 15000);
    }

    void escapeDiscardsTheRecordingAndSendsNothing()
    {
        choose(QStringLiteral("Whisper here"));
        QTest::mouseClick(m_button, Qt::LeftButton);
        QTRY_VERIFY(m_input && m_input->isRecording());
        m_input->feed(speech());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!m_strip->isVisible());
        QVERIFY(!m_input); // the recording is gone
        QCOMPARE(m_pane->dictation()->state(), Dictation::State::Idle);
        QVERIFY(m_pane->composer()->text().isEmpty());
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(requestsToday(), 0);
    }

    void escapeWhileAnAnswerStreamsDiscardsOnlyTheRecording()
    {
        choose(QStringLiteral("Whisper here"));
        StreamContent content;
        content.text = QString(400, QLatin1Char('z'));
        content.deltaChars = 10;
        m_server->enqueue(Route::OpenAiChat, FakeResponse::stream(content).stallAfter(200));
        auto *composer = m_pane->composer();
        composer->setText(QStringLiteral("Tell me a long story"));
        composer->focusInput();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(m_window->controller().isBusy());

        QTest::mouseClick(m_button, Qt::LeftButton);
        QTRY_VERIFY(m_input && m_input->isRecording());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!m_strip->isVisible());
        QVERIFY(!m_input);
        QVERIFY(m_window->controller().isBusy()); // the answer goes on
        m_server->releaseStalled();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 15000);
    }

    void withoutAProviderItOffersTheSettings()
    {
        QTest::mouseClick(m_button, Qt::LeftButton);
        auto *message = m_pane->findChild<MessageWidget *>(QStringLiteral("messageWidget"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->findChild<QLabel *>(QStringLiteral("messageText"))
                    ->text()
                    .contains(QLatin1String("Settings")));
        QVERIFY(!m_strip->isVisible());
        QVERIFY(!m_input);
        QSignalSpy wanted(m_window.get(), &MainWindow::voiceSettingsRequested);
        QTest::mouseClick(message->findChild<QAbstractButton *>(QStringLiteral("messageAction")),
                          Qt::LeftButton);
        QCOMPARE(wanted.size(), 1);
    }

    void withoutAMicrophoneTheButtonSaysWhy()
    {
        m_pane->dictation()->setAudioInputs(std::make_unique<SyntheticInputs>(m_input, false));
        choose(QStringLiteral("Whisper here"));
        QTest::mouseClick(m_button, Qt::LeftButton);
        QTRY_VERIFY(!m_button->isEnabled());
        QVERIFY(m_button->toolTip().contains(QLatin1String("microphone")));
        QVERIFY(!m_strip->isVisible());
        QVERIFY(!m_input);
    }

    void aBlockedRequestSaysWhy()
    {
        ProviderConfig remote;
        remote.name = QStringLiteral("Cloud whisper");
        remote.api = Api::OpenAi;
        remote.baseUrl = QUrl(QStringLiteral("https://192.0.2.1/v1"));
        m_session->saveProvider(remote);
        QTRY_COMPARE(m_session->providers().size(), 2);
        EgressPolicy offline = m_session->policy();
        offline.offline = true;
        m_session->setPolicy(offline);
        choose(QStringLiteral("Cloud whisper"));
        QTest::mouseClick(m_button, Qt::LeftButton);
        QTRY_VERIFY(m_input && m_input->isRecording());
        m_input->feed(speech());
        QTest::mouseClick(m_strip->findChild<QPushButton *>(QStringLiteral("stopRecordingButton")),
                          Qt::LeftButton);
        auto *message = m_pane->findChild<MessageWidget *>(QStringLiteral("messageWidget"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->findChild<QLabel *>(QStringLiteral("messageText"))
                     ->text()
                     .contains(QLatin1String("offline")),
                 qPrintable(message->findChild<QLabel *>(QStringLiteral("messageText"))->text()));
        QVERIFY(m_pane->composer()->text().isEmpty());
    }

private:
    void choose(const QString &provider, const QString &model = {})
    {
        std::optional<bool> written;
        m_session->writeSetting(QLatin1String(TranscriptionService::PROVIDER_SETTING), provider,
                                m_window.get(), [&](VaultResult<void> ok) {
                                    written = bool(ok);
                                });
        QTRY_VERIFY(written.has_value());
        QVERIFY(*written);
        if (model.isEmpty())
            return;
        written.reset();
        m_session->writeSetting(QLatin1String(TranscriptionService::MODEL_SETTING), model, m_window.get(),
                                [&](VaultResult<void> ok) {
                                    written = bool(ok);
                                });
        QTRY_VERIFY(written.has_value());
    }

    qint64 requestsToday()
    {
        std::optional<qint64> count;
        m_session->egressToday(m_window.get(), [&](VaultResult<EgressToday> today) {
            count = today ? today->requests + today->blocked : -1;
        });
        if (!QTest::qWaitFor(
                [&] {
                    return count.has_value();
                },
                10000))
            return -2;
        return *count;
    }

    std::unique_ptr<TempProfile> m_profile;
    QString m_home;
    QString m_tmp;
    QByteArray m_oldHome;
    QByteArray m_oldTmp;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<Session> m_session;
    ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
    ChatPane *m_pane = nullptr;
    QPointer<SyntheticInput> m_input;
    SyntheticInputs *m_inputs = nullptr;
    QToolButton *m_button = nullptr;
    QWidget *m_strip = nullptr;
};

QTEST_MAIN(TestDictation)
#include "TestDictation.moc"
