// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/voice/Dictation.h"

#include "core/orchestration/Session.h"
#include "core/orchestration/TranscriptionService.h"
#include "core/types/AudioClip.h"
#include "ui/chat/Composer.h"
#include "ui/voice/AudioInput.h"
#include "ui/voice/MicrophoneInputs.h"
#include "ui/voice/RecordingStrip.h"

namespace sotto::ui {

namespace {

/// Less than this is a click of the button, not speech: 0.2 s.
constexpr qsizetype MIN_PCM_BYTES = AudioInput::SAMPLE_RATE * 2 / 5;

} // namespace

Dictation::Dictation(Session &session, Composer &composer, RecordingStrip &strip, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_composer(composer)
    , m_strip(strip)
{
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_strip.setElapsed(std::chrono::milliseconds(m_clock.elapsed()));
    });
    m_cap.setSingleShot(true);
    m_cap.setInterval(MAX_LENGTH);
    connect(&m_cap, &QTimer::timeout, this, &Dictation::stopAndTranscribe);
    connect(&m_strip, &RecordingStrip::stopRequested, this, &Dictation::stopAndTranscribe);
    connect(&m_strip, &RecordingStrip::cancelRequested, this, &Dictation::cancel);
    // Esc in the composer while recording discards too.
    connect(&m_composer, &Composer::cancelRequested, this, [this] {
        if (m_state != State::Idle)
            cancel();
    });
    connect(&m_session, &Session::locked, this, &Dictation::cancel);
}

Dictation::~Dictation() = default;

void Dictation::setMaxLength(std::chrono::milliseconds length)
{
    m_cap.setInterval(length);
}

void Dictation::setAudioInputs(std::unique_ptr<AudioInputs> inputs)
{
    cancel();
    m_inputs = std::move(inputs);
    m_devicesChecked = false;
    m_noDevice = false;
}

void Dictation::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Dictation::toggle()
{
    if (m_state == State::Recording) {
        stopAndTranscribe();
        return;
    }
    if (m_state != State::Idle)
        return;
    if (!m_inputs)
        m_inputs = std::make_unique<MicrophoneInputs>();
    // Looked up at the first use only: a microphone plugged in later is found by
    // the settings page, and by the next start of Sotto.
    if (!m_devicesChecked) {
        m_devicesChecked = true;
        m_noDevice = m_inputs->devices().isEmpty();
        if (m_noDevice)
            m_composer.setDictationUnavailable(tr("No microphone was found on this computer."));
    }
    if (m_noDevice) {
        Q_EMIT problem(tr("No microphone was found on this computer: connect one to dictate."));
        return;
    }
    setState(State::Starting);
    const quint64 attempt = ++m_attempt; // a cancel or a later press makes these answers stale
    m_session.readSetting(QLatin1String(TranscriptionService::PROVIDER_SETTING), {}, this,
                          [this, attempt](const QString &provider) {
                              if (attempt != m_attempt || m_state != State::Starting)
                                  return;
                              if (provider.trimmed().isEmpty()) {
                                  setState(State::Idle);
                                  Q_EMIT needsSettings(TranscriptionService::notChosenMessage());
                                  return;
                              }
                              m_session.readSetting(
                                  QLatin1String(TranscriptionService::MICROPHONE_SETTING), {}, this,
                                  [this, attempt](const QString &microphone) {
                                      if (attempt == m_attempt && m_state == State::Starting)
                                          begin(QByteArray::fromBase64(microphone.toLatin1()));
                                  });
                          });
}

void Dictation::begin(const QByteArray &deviceId)
{
    m_input = m_inputs->open(deviceId);
    if (!m_input) {
        setState(State::Idle);
        Q_EMIT problem(tr("No microphone was found on this computer: connect one to dictate."));
        return;
    }
    connect(m_input.get(), &AudioInput::levelChanged, &m_strip, &RecordingStrip::setLevel);
    connect(m_input.get(), &AudioInput::failed, this, [this](const QString &message) {
        cancel();
        Q_EMIT problem(message);
    });
    if (!m_input->start()) {
        const QString why = m_input->errorString();
        m_input.reset();
        setState(State::Idle);
        Q_EMIT problem(why);
        return;
    }
    m_clock.start();
    m_tick.start();
    m_cap.start();
    setState(State::Recording);
    m_strip.showRecording(std::chrono::milliseconds(m_cap.interval()));
}

void Dictation::finishRecording()
{
    m_tick.stop();
    m_cap.stop();
    if (m_input)
        m_input->stop();
}

void Dictation::stopAndTranscribe()
{
    if (m_state != State::Recording)
        return;
    finishRecording();
    const QByteArray pcm = m_input->pcm();
    m_input.reset();
    if (pcm.size() < MIN_PCM_BYTES) {
        m_strip.hide();
        setState(State::Idle);
        Q_EMIT problem(tr("Nothing was recorded: is the microphone muted?"));
        return;
    }
    setState(State::Transcribing);
    m_strip.showTranscribing();
    auto *request = new QObject(this);
    m_request = request;
    m_session.transcribe(AudioClip::fromPcm16(pcm, AudioInput::SAMPLE_RATE), request,
                         [this, request](TranscriptionService::Result result) {
                             request->deleteLater();
                             m_strip.hide();
                             setState(State::Idle);
                             if (result) {
                                 const QString text = result->trimmed();
                                 if (text.isEmpty()) {
                                     Q_EMIT problem(tr("No speech was recognised in the recording."));
                                     return;
                                 }
                                 m_composer.insertText(text);
                                 m_composer.focusInput();
                                 return;
                             }
                             switch (result.error().code) {
                             case TranscriptionError::NotChosen:
                             case TranscriptionError::NoSuchProvider:
                             case TranscriptionError::Unsupported:
                                 Q_EMIT needsSettings(result.error().message);
                                 return;
                             case TranscriptionError::Cancelled:
                                 return;
                             case TranscriptionError::Blocked:
                             case TranscriptionError::Failed:
                                 break;
                             }
                             Q_EMIT problem(result.error().message);
                         });
}

void Dictation::cancel()
{
    if (m_state == State::Idle)
        return;
    ++m_attempt;
    finishRecording();
    m_input.reset(); // the recording is gone
    delete m_request; // a transcription under way is cancelled (audited as cancelled)
    m_strip.hide();
    setState(State::Idle);
    m_composer.focusInput();
}

} // namespace sotto::ui
