// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// What each protocol parser makes of the cases the recorded fixtures do not show:
// in-stream errors, malformed JSON, streams cut short, reasoning field variants,
// <think> tags, signatures, plain JSON bodies. Every case is also parsed cut at
// every byte offset and must give the same events.
#include "core/providers/StreamParser.h"

#include "tests/core/providers/StreamParserCases.h"
#include "tests/core/providers/StreamTestSupport.h"

#include <QTest>

#include <algorithm>

using namespace sotto;
using namespace sotto::test;

Q_DECLARE_METATYPE(sotto::test::ParserExpectation)

class TestStreamParsers final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<int>("api");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ParserExpectation>("expected");

        for (const ParserCase &parserCase : streamParserCases())
            QTest::addRow("%s", parserCase.name)
                << int(parserCase.api) << parserCase.body << parserCase.expected;
    }

    void parses()
    {
        QFETCH(int, api);
        QFETCH(QByteArray, body);
        QFETCH(ParserExpectation, expected);

        const QList<StreamEvent> whole = parseWhole(Api(api), body);
        const StreamSummary summary = summarize(whole);
        QCOMPARE(summary.text, expected.text);
        QCOMPARE(summary.thinking, expected.thinking);
        QCOMPARE(summary.usage.has_value(), expected.usage.has_value());
        if (expected.usage) {
            QCOMPARE(summary.usage->inputTokens, expected.usage->inputTokens);
            QCOMPARE(summary.usage->outputTokens, expected.usage->outputTokens);
        }
        QCOMPARE(summary.error, expected.error);
        QCOMPARE(summary.complete, expected.complete);
        QCOMPARE(summary.protocolErrors.size(), expected.protocolErrors);
        QCOMPARE(summary.finishReasons, expected.finishReasons);
        QCOMPARE(summary.signatures, expected.signatures);

        for (qsizetype cut = 0; cut <= body.size(); ++cut) {
            if (parseWithCuts(Api(api), body, {cut}) != whole)
                QFAIL(qPrintable(QStringLiteral("differs when cut at byte %1").arg(cut)));
        }
        QVERIFY(parseByteByByte(Api(api), body) == whole);
    }

    void doneComesOnceAndLast_data()
    {
        QTest::addColumn<int>("api");
        QTest::addColumn<QString>("fixture");
        QTest::addRow("openai") << int(Api::OpenAi) << QStringLiteral("openai-chat-stream-logprobs.sse");
        QTest::addRow("anthropic") << int(Api::Anthropic) << QStringLiteral("anthropic-stream-text.sse");
        QTest::addRow("ollama") << int(Api::Ollama) << QStringLiteral("ollama-chat-stream.ndjson");
        QTest::addRow("gemini") << int(Api::Gemini) << QStringLiteral("gemini-stream.sse");
    }

    void doneComesOnceAndLast()
    {
        QFETCH(int, api);
        QFETCH(QString, fixture);
        const auto parser = StreamParser::create(Api(api));
        QVERIFY(!parser->isComplete());
        QList<StreamEvent> events = parser->feed(readFixture(fixture));
        events += parser->finish();
        QVERIFY(parser->isComplete());
        QCOMPARE(std::count_if(events.cbegin(), events.cend(),
                               [](const StreamEvent &e) {
                                   return e.kind == StreamEvent::Kind::Done;
                               }),
                 1);
        QCOMPARE(events.last().kind, StreamEvent::Kind::Done);
    }

    void textArrivesBeforeTheStreamEnds()
    {
        // Deltas are delivered as their event completes, not held until finish().
        const auto parser = StreamParser::create(Api::OpenAi);
        const QList<StreamEvent> events
            = parser->feed("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, StreamEvent::Kind::Text);
        QCOMPARE(events.first().text, QStringLiteral("Hi"));
    }

    void anOverlongLineStopsTheStream_data() { doneComesOnceAndLast_data(); }
    void anOverlongLineStopsTheStream()
    {
        // The fixture's answer, then one line over 8 MiB: the answer's events, then
        // LimitExceeded once, and nothing after it (not even the fixture again).
        QFETCH(int, api);
        QFETCH(QString, fixture);
        const QByteArray answer = readFixture(fixture);
        const QByteArray prefix
            = Api(api) == Api::Ollama ? QByteArray("{\"response\":\"") : QByteArray("data: \"");
        const auto parser = StreamParser::create(Api(api));
        QList<StreamEvent> events = parser->feed(answer);
        const qsizetype before = events.size();
        events += parser->feed(QByteArray(prefix + QByteArray(8 * 1024 * 1024, 'x')));
        events += parser->feed(QByteArray(QByteArray(4096, 'x') + "\n\n" + answer));
        QCOMPARE(events.size(), before + 1);
        QCOMPARE(events.last().kind, StreamEvent::Kind::LimitExceeded);
        QVERIFY2(events.last().text.contains(QStringLiteral("8 MiB")), qPrintable(events.last().text));
    }
};

QTEST_GUILESS_MAIN(TestStreamParsers)
#include "TestStreamParsers.moc"
