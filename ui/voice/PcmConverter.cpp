// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/voice/PcmConverter.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace sotto::ui {

PcmConverter::PcmConverter(const QAudioFormat &format)
    : m_format(format)
    , m_step(double(std::max(1, format.sampleRate())) / OUTPUT_RATE)
{ }

QByteArray PcmConverter::convert(const QByteArray &chunk, qreal &peak)
{
    const int frameBytes = m_format.bytesPerFrame();
    const int channels = m_format.channelCount();
    const int sampleBytes = m_format.bytesPerSample();
    QByteArray out;
    if (frameBytes <= 0 || channels <= 0)
        return out;
    m_pending += chunk;
    const qsizetype frames = m_pending.size() / frameBytes;
    out.reserve((qsizetype(double(frames) / m_step) + 2) * 2);
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
        while (m_position >= m_step) {
            m_position -= m_step;
            const float value = m_count > 0 ? m_sum / float(m_count) : m_last;
            m_last = value;
            m_sum = 0;
            m_count = 0;
            const auto sample = qint16(std::lround(std::clamp(value, -1.0f, 1.0f) * 32767.0f));
            char bytes[2];
            qToLittleEndian(sample, bytes);
            out.append(bytes, 2);
        }
    }
    m_pending.remove(0, frames * frameBytes);
    return out;
}

} // namespace sotto::ui
