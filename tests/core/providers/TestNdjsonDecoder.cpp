// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// NDJSON framing case by case; every case is also decoded cut at every byte offset.
#include "core/providers/NdjsonDecoder.h"

#include <QTest>

using sotto::NdjsonDecoder;

namespace {

QList<QByteArray> decode(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    NdjsonDecoder decoder;
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype cut : cuts) {
        lines += decoder.feed(QByteArrayView(stream).sliced(start, cut - start));
        start = cut;
    }
    lines += decoder.feed(QByteArrayView(stream).sliced(start));
    lines += decoder.finish();
    return lines;
}

} // namespace

class TestNdjsonDecoder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<QByteArray>>("expected");

        QTest::addRow("lines") << QByteArray("{\"a\":1}\n{\"b\":2}\n")
                               << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"};
        QTest::addRow("CRLF") << QByteArray("{\"a\":1}\r\n{\"b\":2}\r\n")
                              << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"};
        QTest::addRow("blank and whitespace lines skipped")
            << QByteArray("\n{\"a\":1}\n\n  \t\n\r\n{\"b\":2}\n\n")
            << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"};
        QTest::addRow("last line without newline")
            << QByteArray("{\"a\":1}\n{\"done\":true}") << QList<QByteArray>{"{\"a\":1}", "{\"done\":true}"};
        QTest::addRow("whitespace inside a line kept")
            << QByteArray("  {\"a\": \"x y\"}  \n") << QList<QByteArray>{"  {\"a\": \"x y\"}  "};
        QTest::addRow("UTF-8 passed through") << QByteArray("{\"t\":\"Ol\xC3\xA1 \xF0\x9F\x98\x80\"}\n")
                                              << QList<QByteArray>{"{\"t\":\"Ol\xC3\xA1 \xF0\x9F\x98\x80\"}"};
        QTest::addRow("U+2028 is not a line break") << QByteArray("{\"t\":\"a\xE2\x80\xA8 b\"}\n")
                                                    << QList<QByteArray>{"{\"t\":\"a\xE2\x80\xA8 b\"}"};
        QTest::addRow("not JSON is still a line") << QByteArray("garbage\n") << QList<QByteArray>{"garbage"};
        QTest::addRow("empty") << QByteArray() << QList<QByteArray>{};
        QTest::addRow("only newlines") << QByteArray("\n\r\n\n") << QList<QByteArray>{};
    }

    void decodes()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<QByteArray>, expected);
        QCOMPARE(decode(stream, {}), expected);
        for (qsizetype cut = 0; cut <= stream.size(); ++cut)
            QCOMPARE(decode(stream, {cut}), expected);
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < stream.size(); ++i)
            everyByte << i;
        QCOMPARE(decode(stream, everyByte), expected);
    }

    void linesArriveAsSoonAsTheyAreComplete()
    {
        NdjsonDecoder decoder;
        QVERIFY(decoder.feed("{\"a\":").isEmpty());
        QCOMPARE(decoder.feed("1}\n{\"b\""), QList<QByteArray>{"{\"a\":1}"});
        QCOMPARE(decoder.finish(), QList<QByteArray>{"{\"b\""});
        QVERIFY(decoder.finish().isEmpty());
    }

    void anOverlongLineOverflows_data()
    {
        constexpr qsizetype MAX = NdjsonDecoder::MAX_LINE_BYTES;
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<bool>("overflows");
        QTest::addRow("a line at the limit") << "{}\n" + QByteArray(MAX, 'x') + "\n{\"never\":1}\n" << false;
        QTest::addRow("with its CR") << "{}\n" + QByteArray(MAX - 1, 'x') + "\r\n{\"never\":1}\n" << false;
        QTest::addRow("one byte over") << "{}\n" + QByteArray(MAX + 1, 'x') + "\n{\"never\":1}\n" << true;
        QTest::addRow("an unterminated line") << "{}\n" + QByteArray(MAX + 1, 'x') << true;
    }

    void anOverlongLineOverflows()
    {
        QFETCH(QByteArray, stream);
        QFETCH(bool, overflows);
        for (const qsizetype piece : {stream.size(), qsizetype(64 * 1024 + 3)}) {
            NdjsonDecoder decoder;
            QList<QByteArray> lines;
            for (qsizetype at = 0; at < stream.size(); at += piece)
                lines += decoder.feed(QByteArrayView(stream).sliced(at, std::min(piece, stream.size() - at)));
            QCOMPARE(decoder.hasOverflowed(), overflows);
            lines += decoder.finish();
            QCOMPARE(lines.first(), QByteArray("{}"));
            QCOMPARE(lines.size(), overflows ? 1 : 3);
            QVERIFY(!decoder.hasOverflowed()); // finish() resets
        }
    }
};

QTEST_GUILESS_MAIN(TestNdjsonDecoder)
#include "TestNdjsonDecoder.moc"
