// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// What a microphone records in its own format becomes 16 kHz mono Int16 in memory
// (issue 17): the path of every device that cannot record 16 kHz mono itself.
#include "ui/voice/PcmConverter.h"

#include <QTest>
#include <QtEndian>

#include <cstring>

using namespace sotto::ui;

namespace {

QAudioFormat formatOf(int rate, int channels, QAudioFormat::SampleFormat sampleFormat)
{
    QAudioFormat format;
    format.setSampleRate(rate);
    format.setChannelCount(channels);
    format.setSampleFormat(sampleFormat);
    return format;
}

/// `frames` frames of `value` (-1 to 1) on every channel.
QByteArray constant(const QAudioFormat &format, int frames, float value)
{
    QByteArray out;
    for (int i = 0; i < frames * format.channelCount(); ++i) {
        if (format.sampleFormat() == QAudioFormat::Float) {
            char bytes[4];
            std::memcpy(bytes, &value, 4);
            out.append(bytes, 4);
        } else {
            char bytes[2];
            qToLittleEndian(qint16(value * 32767.0f), bytes);
            out.append(bytes, 2);
        }
    }
    return out;
}

qint16 sampleAt(const QByteArray &pcm, qsizetype index)
{
    return qFromLittleEndian<qint16>(pcm.constData() + index * 2);
}

/// Feeds `input` in chunks of `chunkBytes` (any size, frames split across chunks).
QByteArray convertAll(PcmConverter &converter, const QByteArray &input, int chunkBytes, qreal &peak)
{
    QByteArray out;
    for (qsizetype at = 0; at < input.size(); at += chunkBytes)
        out += converter.convert(input.mid(at, chunkBytes), peak);
    return out;
}

} // namespace

class TestPcmConverter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneSecondBecomesSixteenThousandSamples_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("sampleFormat");
        QTest::addColumn<int>("chunkBytes");
        QTest::addRow("48 kHz stereo float, odd chunks") << 48000 << 2 << int(QAudioFormat::Float) << 1001;
        QTest::addRow("44.1 kHz mono int16") << 44100 << 1 << int(QAudioFormat::Int16) << 4096;
        QTest::addRow("16 kHz mono int16") << 16000 << 1 << int(QAudioFormat::Int16) << 3;
        QTest::addRow("8 kHz mono int16 (repeated)") << 8000 << 1 << int(QAudioFormat::Int16) << 512;
    }
    void oneSecondBecomesSixteenThousandSamples()
    {
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(int, sampleFormat);
        QFETCH(int, chunkBytes);
        const QAudioFormat format = formatOf(rate, channels, QAudioFormat::SampleFormat(sampleFormat));
        PcmConverter converter(format);
        qreal peak = 0;
        const QByteArray out = convertAll(converter, constant(format, rate, 0.5f), chunkBytes, peak);
        QVERIFY2(qAbs(out.size() / 2 - 16000) <= 1, qPrintable(QString::number(out.size() / 2)));
        QVERIFY(qAbs(peak - 0.5) < 0.001);
        for (const qsizetype index : {qsizetype(0), out.size() / 4, out.size() / 2 - 1})
            QVERIFY2(qAbs(sampleAt(out, index) - 16383) <= 2,
                     qPrintable(QString::number(sampleAt(out, index))));
    }

    void channelsAreAveraged()
    {
        const QAudioFormat format = formatOf(16000, 2, QAudioFormat::Int16);
        QByteArray stereo;
        for (int i = 0; i < 100; ++i) {
            char bytes[4];
            qToLittleEndian(qint16(20000), bytes); // left
            qToLittleEndian(qint16(-10000), bytes + 2); // right
            stereo.append(bytes, 4);
        }
        PcmConverter converter(format);
        qreal peak = 0;
        const QByteArray out = converter.convert(stereo, peak);
        QCOMPARE(out.size(), 200);
        QVERIFY(qAbs(sampleAt(out, 50) - 5000) <= 2);
    }
};

QTEST_GUILESS_MAIN(TestPcmConverter)
#include "TestPcmConverter.moc"
