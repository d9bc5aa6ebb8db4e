// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/types/AudioClip.h"

#include <QFileInfo>
#include <QtEndian>

namespace sotto {

namespace {

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

struct Format {
    const char *extension;
    const char *contentType;
};

/// The format `bytes` start like, or nullptr.
const Format *formatOf(const QByteArray &bytes)
{
    static constexpr Format WAV{"wav", "audio/wav"};
    static constexpr Format MP3{"mp3", "audio/mpeg"};
    static constexpr Format FLAC{"flac", "audio/flac"};
    static constexpr Format OGG{"ogg", "audio/ogg"};
    static constexpr Format M4A{"m4a", "audio/mp4"};
    static constexpr Format WEBM{"webm", "audio/webm"};
    const QByteArrayView head(bytes);
    if (head.size() >= 12 && head.first(4) == "RIFF" && head.sliced(8, 4) == "WAVE")
        return &WAV;
    if (head.startsWith("fLaC"))
        return &FLAC;
    if (head.startsWith("OggS"))
        return &OGG;
    if (head.size() >= 12 && head.sliced(4, 4) == "ftyp")
        return &M4A;
    if (head.startsWith("\x1A\x45\xDF\xA3"))
        return &WEBM;
    // MP3: an ID3v2 tag, or an MPEG audio frame sync (11 bits set, layer III).
    if (head.startsWith("ID3"))
        return &MP3;
    if (head.size() >= 2 && quint8(head[0]) == 0xFF && (quint8(head[1]) & 0xE6) == 0xE2)
        return &MP3;
    return nullptr;
}

} // namespace

QByteArray AudioClip::wav(const QByteArray &pcm, int sampleRate, int channels)
{
    const quint32 dataBytes = quint32(pcm.size() & ~qsizetype(1));
    const quint16 blockAlign = quint16(channels * 2);
    QByteArray out;
    out.reserve(44 + qsizetype(dataBytes));
    out.append("RIFF", 4);
    appendLe32(out, 36 + dataBytes);
    out.append("WAVE", 4);
    out.append("fmt ", 4);
    appendLe32(out, 16); // the PCM format chunk's size
    appendLe16(out, 1); // PCM
    appendLe16(out, quint16(channels));
    appendLe32(out, quint32(sampleRate));
    appendLe32(out, quint32(sampleRate) * blockAlign); // bytes a second
    appendLe16(out, blockAlign);
    appendLe16(out, 16); // bits a sample
    out.append("data", 4);
    appendLe32(out, dataBytes);
    out.append(pcm.constData(), qsizetype(dataBytes));
    return out;
}

AudioClip AudioClip::fromPcm16(const QByteArray &pcm, int sampleRate)
{
    return AudioClip{wav(pcm, sampleRate, 1), QStringLiteral("speech.wav"), QByteArrayLiteral("audio/wav")};
}

std::optional<AudioClip> AudioClip::fromFile(const QByteArray &bytes, const QString &fileName)
{
    const Format *format = formatOf(bytes);
    if (!format)
        return std::nullopt;
    QString name = QFileInfo(fileName).completeBaseName();
    if (name.isEmpty())
        name = QStringLiteral("audio");
    return AudioClip{bytes, name + QLatin1Char('.') + QLatin1String(format->extension),
                     QByteArray(format->contentType)};
}

} // namespace sotto
