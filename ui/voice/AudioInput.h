// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace sotto::ui {

/// One recording from an audio input, held in memory only (never a file): start()
/// it, stop() it, then take its pcm(): 16 kHz mono signed 16-bit little-endian
/// samples, whatever the device records (MicrophoneInput converts). While it
/// records, levelChanged() reports the loudness of what just came in. A device
/// that stops on its own (unplugged, taken by another program) emits failed().
/// GUI thread; owned by whoever opened it.
class AudioInput : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudioInput)

public:
    static constexpr int SAMPLE_RATE = 16000;

    ~AudioInput() override;

    /// Starts recording; false when the device cannot, with errorString() saying why.
    virtual bool start() = 0;
    /// Stops recording; pcm() keeps what was recorded.
    virtual void stop() = 0;
    /// What was recorded so far (16 kHz mono Int16 LE).
    virtual QByteArray pcm() const = 0;
    virtual QString errorString() const = 0;

Q_SIGNALS:
    /// The peak of the latest samples, 0 (silence) to 1 (full scale).
    void levelChanged(qreal level);
    /// The device stopped recording on its own; one sentence for the user.
    void failed(const QString &message);

protected:
    explicit AudioInput(QObject *parent = nullptr);
};

/// The audio inputs of this computer, and a way to record from one: the seam the
/// window's dictation records through (MicrophoneInputs on the real devices; tests
/// give a synthetic source). Asked only when the user first dictates.
class AudioInputs {
public:
    struct Device {
        QByteArray id; // stable id, kept in the vault's settings
        QString name; // as the user knows it
        bool isDefault = false;
    };

    virtual ~AudioInputs();
    /// The inputs there are now (a lookup: never at start-up).
    virtual QList<Device> devices() = 0;
    /// A recording from the device `id` (empty, or one no longer there: the default),
    /// not started; nullptr when there is no input at all.
    virtual std::unique_ptr<AudioInput> open(const QByteArray &id) = 0;

protected:
    AudioInputs() = default;
    Q_DISABLE_COPY_MOVE(AudioInputs)
};

} // namespace sotto::ui
