// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The WHATWG event-stream rules, case by case; every case is also decoded cut at
// every byte offset and byte by byte, and must give the same events.
#include "core/providers/SseDecoder.h"

#include <QTest>

using sotto::SseDecoder;
using sotto::SseEvent;

using Events = QList<SseEvent>;
Q_DECLARE_METATYPE(Events)

namespace {

SseEvent sse(const char *data, const char *type = "", const char *id = "")
{
    return SseEvent{QByteArray(type), QByteArray(data), QByteArray(id)};
}

Events decode(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    SseDecoder decoder;
    Events events;
    qsizetype start = 0;
    for (qsizetype cut : cuts) {
        events += decoder.feed(QByteArrayView(stream).sliced(start, cut - start));
        start = cut;
    }
    events += decoder.feed(QByteArrayView(stream).sliced(start));
    events += decoder.finish();
    return events;
}

QString dump(const Events &events)
{
    QStringList parts;
    for (const SseEvent &e : events)
        parts << QStringLiteral("{type=%1 data=%2 id=%3}")
                     .arg(QString::fromUtf8(e.type), QString::fromUtf8(e.data.toPercentEncoding()),
                          QString::fromUtf8(e.id));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestSseDecoder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<Events>("expected");

        QTest::addRow("one event") << QByteArray("data: hello\n\n") << Events{sse("hello")};
        QTest::addRow("no space after colon") << QByteArray("data:hello\n\n") << Events{sse("hello")};
        QTest::addRow("only one space is removed") << QByteArray("data:  two\n\n") << Events{sse(" two")};
        QTest::addRow("colon inside the value") << QByteArray("data: a: b\n\n") << Events{sse("a: b")};
        QTest::addRow("multi-line data joined with LF")
            << QByteArray("data: first\ndata:second\ndata\n\n") << Events{sse("first\nsecond\n")};
        QTest::addRow("event type") << QByteArray("event: message_start\ndata: {}\n\n")
                                    << Events{sse("{}", "message_start")};
        QTest::addRow("event type resets after dispatch")
            << QByteArray("event: ping\ndata: 1\n\ndata: 2\n\n") << Events{sse("1", "ping"), sse("2")};
        QTest::addRow("event without data is not dispatched, and forgets its type")
            << QByteArray("event: lonely\n\ndata: x\n\n") << Events{sse("x")};
        QTest::addRow("comments ignored")
            << QByteArray(": keep-alive\ndata: a\n: inside\ndata: b\n\n:\n\n") << Events{sse("a\nb")};
        QTest::addRow("unknown fields ignored")
            << QByteArray("foo: bar\ndata: x\nData: y\n\n") << Events{sse("x")};
        QTest::addRow("empty data line dispatches an empty event")
            << QByteArray("data:\n\n") << Events{sse("")};
        QTest::addRow("blank lines alone dispatch nothing") << QByteArray("\n\n\r\n\r\r\n") << Events{};
        QTest::addRow("CRLF") << QByteArray("data: a\r\ndata: b\r\n\r\ndata: c\r\n\r\n")
                              << Events{sse("a\nb"), sse("c")};
        QTest::addRow("CR only") << QByteArray("data: a\rdata: b\r\rdata: c\r\r")
                                 << Events{sse("a\nb"), sse("c")};
        QTest::addRow("mixed endings")
            << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n") << Events{sse("a\nb\nc")};
        QTest::addRow("CR then LF is one line end, LF then CR two")
            << QByteArray("data: a\r\n\n\rdata: b\n\r") << Events{sse("a"), sse("b")};
        QTest::addRow("id is kept for later events")
            << QByteArray("id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n")
            << Events{sse("a", "", "7"), sse("b", "", "7"), sse("c", "", "")};
        QTest::addRow("id containing NUL is ignored") << QByteArray("id: 1\n\nid: 2") + '\0'
                + QByteArray("x\ndata: a\n\n") << Events{sse("a", "", "1")};
        QTest::addRow("BOM at the start is dropped") << QByteArray("\xEF\xBB\xBF"
                                                                   "data: a\n\n")
                                                     << Events{sse("a")};
        QTest::addRow("only one BOM is dropped") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                               "data: a\n\ndata: b\n\n")
                                                 << Events{sse("b")};
        QTest::addRow("BOM later is content") << QByteArray("data: a\n\n\xEF\xBB\xBF"
                                                            "data: b\n\n")
                                              << Events{sse("a")};
        QTest::addRow("a partial BOM is content") << QByteArray("\xEF\xBB"
                                                                "data: a\n\ndata: b\n\n")
                                                  << Events{sse("b")};
        QTest::addRow("final event without blank line")
            << QByteArray("data: a\n\ndata: last\n") << Events{sse("a"), sse("last")};
        QTest::addRow("final line without newline")
            << QByteArray("event: message_stop\ndata: {\"x\":1}") << Events{sse("{\"x\":1}", "message_stop")};
        QTest::addRow("final field without newline after CR")
            << QByteArray("data: a\r\rdata: b\r") << Events{sse("a"), sse("b")};
        QTest::addRow("UTF-8 is passed through as bytes") << QByteArray("data: Ol\xC3\xA1 40\xC2\xB0"
                                                                        "C \xF0\x9F\x98\x80\n\n")
                                                          << Events{sse("Ol\xC3\xA1 40\xC2\xB0"
                                                                        "C \xF0\x9F\x98\x80")};
        QTest::addRow("U+2028 is not a line break") << QByteArray("data: a\xE2\x80\xA8"
                                                                  "b\n\n")
                                                    << Events{sse("a\xE2\x80\xA8"
                                                                  "b")};
        QTest::addRow("[DONE] sentinel is plain data")
            << QByteArray("data: {}\n\ndata: [DONE]\n\n") << Events{sse("{}"), sse("[DONE]")};
        QTest::addRow("retry lines are not events")
            << QByteArray("retry: 3000\ndata: a\n\n") << Events{sse("a")};
        QTest::addRow("empty stream") << QByteArray() << Events{};
    }

    void decodes()
    {
        QFETCH(QByteArray, stream);
        QFETCH(Events, expected);

        const Events whole = decode(stream, {});
        QVERIFY2(whole == expected, qPrintable(dump(whole)));
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            const Events split = decode(stream, {cut});
            QVERIFY2(split == expected, qPrintable(QStringLiteral("cut at %1: ").arg(cut) + dump(split)));
        }
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < stream.size(); ++i)
            everyByte << i;
        QVERIFY2(decode(stream, everyByte) == expected, "byte by byte");
    }

    void retryIsRemembered_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<qint64>("retry");
        QTest::addRow("digits") << QByteArray("retry: 2500\n") << qint64(2500);
        QTest::addRow("not digits") << QByteArray("retry: 25x\n") << qint64(-1);
        QTest::addRow("empty") << QByteArray("retry:\n") << qint64(-1);
        QTest::addRow("last valid wins") << QByteArray("retry: 10\nretry: 20\nretry: -5\n") << qint64(20);
        QTest::addRow("overflow ignored") << QByteArray("retry: 99999999999999999999999\n") << qint64(-1);
    }

    void retryIsRemembered()
    {
        QFETCH(QByteArray, stream);
        QFETCH(qint64, retry);
        SseDecoder decoder;
        QVERIFY(decoder.feed(stream).isEmpty());
        QCOMPARE(decoder.retryMs().value_or(-1), retry);
    }

    void eventsArriveAsSoonAsTheyAreComplete()
    {
        SseDecoder decoder;
        QVERIFY(decoder.feed("data: a\n").isEmpty());
        QCOMPARE(decoder.feed("\ndata: b").size(), 1);
        QVERIFY(decoder.feed("\r").isEmpty());
        const Events last = decoder.feed("\n\r\n");
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().data, QByteArray("b"));
        QVERIFY(decoder.finish().isEmpty());
    }

    void finishResetsForANewStream()
    {
        SseDecoder decoder;
        QCOMPARE(decoder.feed("\xEF\xBB\xBFid: 1\nevent: x\ndata: a").size(), 0);
        QCOMPARE(decoder.finish(), (Events{sse("a", "x", "1")}));
        QCOMPARE(decoder.feed("\xEF\xBB\xBF"
                              "data: b\n\n"),
                 (Events{sse("b")}));
    }

    void longLineAcrossManyChunks()
    {
        // One 1 MB data line arriving in 1-byte and odd-sized pieces stays linear and exact.
        const QByteArray payload(1 << 20, 'x');
        const QByteArray stream = "data: " + payload + "\n\n";
        SseDecoder decoder;
        Events events;
        for (qsizetype i = 0; i < stream.size(); i += 7)
            events
                += decoder.feed(QByteArrayView(stream).sliced(i, std::min<qsizetype>(7, stream.size() - i)));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data.size(), payload.size());
    }

    void anOverlongLineOrEventOverflows_data()
    {
        constexpr qsizetype MAX = SseDecoder::MAX_LINE_BYTES;
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<bool>("overflows");
        const QByteArray before = "data: first\n\n";
        const QByteArray after = "\n\ndata: never\n\n";
        QTest::addRow("a line at the limit") << before + "data: " + QByteArray(MAX - 6, 'x') + after << false;
        QTest::addRow("one byte over") << before + "data: " + QByteArray(MAX - 5, 'x') + after << true;
        QTest::addRow("a comment line") << before + ":" + QByteArray(MAX, 'x') + after << true;
        QTest::addRow("an unterminated line") << before + "data: " + QByteArray(MAX, 'x') << true;
        const QByteArray half = "data: " + QByteArray(MAX / 2, 'x') + "\n";
        QTest::addRow("data lines of one event") << before + half + half + after << true;
        QTest::addRow("the same lines as two events") << before + half + "\n" + half + after << false;
    }

    void anOverlongLineOrEventOverflows()
    {
        // However the bytes arrive, the events before the overflow are delivered, the
        // decoder holds nothing more, and what follows is ignored.
        QFETCH(QByteArray, stream);
        QFETCH(bool, overflows);
        for (const qsizetype piece : {stream.size(), qsizetype(64 * 1024 + 3)}) {
            SseDecoder decoder;
            Events events;
            for (qsizetype at = 0; at < stream.size(); at += piece)
                events
                    += decoder.feed(QByteArrayView(stream).sliced(at, std::min(piece, stream.size() - at)));
            QCOMPARE(decoder.hasOverflowed(), overflows);
            events += decoder.finish();
            QVERIFY(!events.isEmpty());
            QCOMPARE(events.first().data, QByteArray("first"));
            QCOMPARE(events.last().data == "never", !overflows);
            if (overflows)
                QCOMPARE(events.size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "TestSseDecoder.moc"
