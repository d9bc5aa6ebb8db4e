// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/voice/MicrophoneInputs.h"

#include "ui/voice/PcmConverter.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSource>
#include <QCoreApplication>
#include <QIODevice>
#include <QMediaDevices>
#include <QPointer>

namespace sotto::ui {

AudioInput::AudioInput(QObject *parent)
    : QObject(parent)
{ }

AudioInput::~AudioInput() = default;

AudioInputs::~AudioInputs() = default;

namespace {

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
