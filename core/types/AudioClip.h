// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sotto {

/// A piece of recorded speech as it is sent for transcription: the encoded bytes,
/// the file name and the content type its multipart part carries. Made from the
/// microphone's PCM in memory (fromPcm16(): a WAV, never a file on disk), or from
/// a file's bytes, whose format is judged by content (fromFile()). A value type.
struct AudioClip {
    /// The most a transcription endpoint takes (OpenAI's limit, which compatible
    /// servers follow): 25 MB.
    static constexpr qsizetype MAX_BYTES = 25 * 1000 * 1000;
    /// What the microphone records: 16 kHz mono 16-bit PCM.
    static constexpr int SAMPLE_RATE = 16000;

    QByteArray data;
    QString fileName; // "speech.wav"
    QByteArray contentType; // "audio/wav"

    /// A RIFF/WAVE file (PCM format 1, 16 bits a sample) holding `pcm`: little-endian
    /// signed 16-bit samples, `channels` interleaved. An odd trailing byte is dropped.
    static QByteArray wav(const QByteArray &pcm, int sampleRate = SAMPLE_RATE, int channels = 1);
    /// A clip of `pcm` (16-bit little-endian, mono, `sampleRate`) as a WAV.
    static AudioClip fromPcm16(const QByteArray &pcm, int sampleRate = SAMPLE_RATE);
    /// A clip of a file's bytes when they are WAV, MP3, FLAC, Ogg, M4A (MP4) or
    /// WebM, judged by their first bytes, never by `fileName`'s extension (which
    /// is replaced by the format's own); nullopt otherwise. The size is not checked.
    static std::optional<AudioClip> fromFile(const QByteArray &bytes, const QString &fileName);
};

} // namespace sotto
