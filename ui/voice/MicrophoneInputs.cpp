// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/voice/MicrophoneInputs.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSource>
#include <QCoreApplication>
#include <QIODevice>
#include <QMediaDevices>
#include <QPointer>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace sotto::ui {

AudioInput::AudioInput(QObject *parent)
    : QObject(parent)
{ }

AudioInput::~AudioInput() = default;

AudioInputs::~AudioInputs() = default;

namespace {

/// Turns a device's samples (any rate, channel count and sample format Qt reports)
/// into 16 kHz mono Int16, a chunk at a time: channels are averaged, and each output
/// sample is the mean of the input frames it covers (enough for speech). Also the
/// chunk's peak, for the level meter.
class PcmConverter final {
public:
    explicit PcmConverter(const QAudioFormat &format)
        : m_format(format)
        , m_step(double(format.sampleRate()) / AudioInput::SAMPLE_RATE)
    { }

    QByteArray convert(const QByteArray &chunk, qreal &peak)
    {
        const int frameBytes = m_format.bytesPerFrame();
        const int channels = m_format.channelCount();
        const int sampleBytes = m_format.bytesPerSample();
        QByteArray out;
        if (frameBytes <= 0 || channels <= 0)
            return out;
        m_pending += chunk;
        const qsizetype frames = m_pending.size() / frameBytes;
        out.reserve(qsizetype(double(frames) / m_step + 2) * 2);
        const char *data = m_pending.constData();
        for (qsizetype i = 0; i < frames; ++i) {
            float mono = 0;
            for (int c = 0; c < channels; ++c)
                mono += m_format.normalizedSampleValue(data + i * frameBytes + c * sampleBytes);
            mono /= float(channels);
            peak = std::max(peak, qreal(std::fabs(mono)));
            m_sum += mono;
            ++m_count;
            m_position += 1.0;
            if (m_position >= m_step) {
                m_position -= m_step;
                const float mean = std::clamp(m_sum / float(m_count), -1.0f, 1.0f);
                const auto sample = qint16(std::lround(mean * 32767.0f));
                char bytes[2];
                qToLittleEndian(sample, bytes);
                out.append(bytes, 2);
                m_sum = 0;
                m_count = 0;
            }
        }
        m_pending.remove(0, frames * frameBytes);
        return out;
    }

private:
    QAudioFormat m_format;
    double m_step;
    double m_position = 0;
    float m_sum = 0;
    int m_count = 0;
    QByteArray m_pending; // a partial frame from the last chunk
};

QAudioFormat wantedFormat()
{
    QAudioFormat format;
    format.setSampleRate(AudioInput::SAMPLE_RATE);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

class MicrophoneInput final : public AudioInput {
    Q_DECLARE_TR_FUNCTIONS(MicrophoneInput)

public:
    explicit MicrophoneInput(const QAudioDevice &device)
        : m_device(device)
    { }

    ~MicrophoneInput() override { stop(); }

    bool start() override
    {
        QAudioFormat format = wantedFormat();
        if (!m_device.isFormatSupported(format))
            format = m_device.preferredFormat();
        if (!format.isValid()) {
            m_error = tr("%1 offers no audio format Sotto can record.").arg(m_device.description());
            return false;
        }
        m_converter = std::make_unique<PcmConverter>(format);
        m_source = new QAudioSource(m_device, format, this);
        m_io = m_source->start();
        if (!m_io || m_source->error() != QAudio::NoError) {
            m_error = tr("%1 could not be opened: it may be in use by another program.")
                          .arg(m_device.description());
            delete m_source;
            m_source = nullptr;
            return false;
        }
        connect(m_io, &QIODevice::readyRead, this, &MicrophoneInput::readAvailable);
        connect(m_source, &QAudioSource::stateChanged, this, [this](QAudio::State state) {
            if (state == QAudio::StoppedState && m_source && m_source->error() != QAudio::NoError
                && !m_stopping)
                Q_EMIT failed(tr("%1 stopped recording: it may have been unplugged or taken by another "
                                 "program.")
                                  .arg(m_device.description()));
        });
        return true;
    }

    void stop() override
    {
        if (!m_source)
            return;
        m_stopping = true;
        readAvailable();
        m_source->stop();
        delete m_source;
        m_source = nullptr;
        m_io = nullptr;
    }

    QByteArray pcm() const override { return m_pcm; }
    QString errorString() const override { return m_error; }

private:
    void readAvailable()
    {
        if (!m_io)
            return;
        const QByteArray chunk = m_io->readAll();
        if (chunk.isEmpty())
            return;
        qreal peak = 0;
        m_pcm += m_converter->convert(chunk, peak);
        Q_EMIT levelChanged(peak);
    }

    QAudioDevice m_device;
    QAudioSource *m_source = nullptr;
    QPointer<QIODevice> m_io;
    std::unique_ptr<PcmConverter> m_converter;
    QByteArray m_pcm;
    QString m_error;
    bool m_stopping = false;
};

} // namespace

QList<AudioInputs::Device> MicrophoneInputs::devices()
{
    QList<Device> out;
    const QByteArray defaultId = QMediaDevices::defaultAudioInput().id();
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    for (const QAudioDevice &input : inputs)
        out << Device{input.id(), input.description(), input.id() == defaultId};
    return out;
}

std::unique_ptr<AudioInput> MicrophoneInputs::open(const QByteArray &id)
{
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    for (const QAudioDevice &input : inputs) {
        if (!id.isEmpty() && input.id() == id)
            return std::make_unique<MicrophoneInput>(input);
    }
    const QAudioDevice fallback = QMediaDevices::defaultAudioInput();
    if (fallback.isNull())
        return nullptr;
    return std::make_unique<MicrophoneInput>(fallback);
}

} // namespace sotto::ui
