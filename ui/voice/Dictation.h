// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace sotto {
class Session;
} // namespace sotto

namespace sotto::ui {

class AudioInput;
class AudioInputs;
class Composer;
class RecordingStrip;

/// Voice dictation for the composer: the microphone button (and its shortcut)
/// records from the input chosen in Settings › Voice, in memory, shown in the
/// RecordingStrip with a level meter and a timer; Stop (or MAX_LENGTH) sends the
/// recording as a WAV to the transcription provider through Session::transcribe()
/// (the egress gate: policy, ask-before-send, audit), and the text is put into the
/// composer at the cursor for the user to check. Esc or Cancel discards the
/// recording (nothing sent) or the request under way. The audio inputs are looked
/// up when the button is first used, never before; with none the button is
/// disabled and says why. No transcription provider chosen: needsSettings().
/// GUI thread; never waits.
class Dictation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dictation)

public:
    enum class State {
        Idle,
        Starting, // reading the settings, opening the device
        Recording,
        Transcribing,
    };
    Q_ENUM(State)

    /// The longest recording; then it stops by itself and is transcribed.
    static constexpr std::chrono::milliseconds MAX_LENGTH{std::chrono::minutes(2)};

    Dictation(Session &session, Composer &composer, RecordingStrip &strip, QObject *parent = nullptr);
    ~Dictation() override;

    /// Where recordings come from (the injection point for tests); by default the
    /// computer's inputs (MicrophoneInputs), created at first use.
    void setAudioInputs(std::unique_ptr<AudioInputs> inputs);
    /// The longest recording (MAX_LENGTH unless a test shortens it).
    void setMaxLength(std::chrono::milliseconds length);
    State state() const { return m_state; }

    /// The button and the shortcut: starts recording, or stops and transcribes.
    void toggle();
    void stopAndTranscribe();
    /// Discards the recording, or the transcription under way.
    void cancel();

Q_SIGNALS:
    void stateChanged(sotto::ui::Dictation::State state);
    /// One sentence for the pane's message bar.
    void problem(const QString &message);
    /// No usable transcription provider: the sentence, to show with a way to Settings › Voice.
    void needsSettings(const QString &message);

private:
    void begin(const QByteArray &deviceId);
    void setState(State state);
    void finishRecording();

    Session &m_session;
    Composer &m_composer;
    RecordingStrip &m_strip;
    std::unique_ptr<AudioInputs> m_inputs;
    std::unique_ptr<AudioInput> m_input;
    QPointer<QObject> m_request; // the transcription under way; deleting it cancels
    QElapsedTimer m_clock;
    QTimer m_tick; // the strip's timer
    QTimer m_cap; // the longest recording
    State m_state = State::Idle;
    quint64 m_attempt = 0; // which press the settings being read belong to
    bool m_devicesChecked = false;
    bool m_noDevice = false;
};

} // namespace sotto::ui
