// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QAudioFormat>
#include <QByteArray>

namespace sotto::ui {

/// Turns a device's samples (any rate, channel count and sample format Qt reports)
/// into what is sent for transcription, 16 kHz mono Int16 LE, a chunk at a time as
/// they arrive: channels are averaged, and each output sample is the mean of the
/// input frames it covers (a box filter: enough for speech); a slower device's
/// samples are repeated. Keeps a partial frame for the next chunk. Pure; any thread.
class PcmConverter final {
public:
    static constexpr int OUTPUT_RATE = 16000;

    explicit PcmConverter(const QAudioFormat &format);

    /// The output for `chunk`; `peak` is raised to the loudest input sample (0 to 1).
    QByteArray convert(const QByteArray &chunk, qreal &peak);

private:
    QAudioFormat m_format;
    double m_step; // input frames per output sample
    double m_position = 0;
    float m_sum = 0;
    int m_count = 0;
    float m_last = 0;
    QByteArray m_pending; // a partial frame from the last chunk
};

} // namespace sotto::ui
