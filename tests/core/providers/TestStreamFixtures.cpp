// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Every recorded wire-format fixture (tests/data/fixtures/*.expected.json) decodes to
// exactly its expected text, thinking, usage and error, whole, cut at every byte
// offset, byte by byte, and at 200 random cut patterns; SSE fixtures also with their
// line endings rewritten to LF, CRLF and CR (byte by byte and 200 random patterns).
#include "tests/core/providers/StreamTestSupport.h"

#include <QDir>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr int RANDOM_PATTERNS = 200;
constexpr quint32 SEED = 20260526;

struct Fixture {
    QString stem;
    Api api = Api::OpenAi;
    QByteArray body;
    StreamSummary expected;
};

Fixture loadFixture(const QString &stem)
{
    Fixture fixture;
    fixture.stem = stem;
    fixture.api = *apiFromString(stem.section(QLatin1Char('-'), 0, 0));
    const QDir dir(fixturesDir());
    for (const QString &extension :
         {QStringLiteral(".sse"), QStringLiteral(".ndjson"), QStringLiteral(".json")}) {
        if (dir.exists(stem + extension)) {
            fixture.body = readFixture(stem + extension);
            break;
        }
    }
    fixture.expected = expectedSummary(readFixture(stem + QStringLiteral(".expected.json")));
    // A stream is complete exactly when it ended without an error, in every fixture.
    fixture.expected.complete = !fixture.expected.error.has_value();
    return fixture;
}

// Only the fields the fixtures define, plus completeness and the absence of protocol errors.
StreamSummary comparable(StreamSummary summary)
{
    summary.finishReasons.clear();
    summary.signatures.clear();
    return summary;
}

} // namespace

class TestStreamFixtures final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixturesArePresent()
    {
        const QStringList expected
            = QDir(fixturesDir()).entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
        QVERIFY2(expected.size() >= 12, qPrintable(expected.join(QLatin1Char(' '))));
    }

    void decodes_data()
    {
        QTest::addColumn<QString>("stem");
        const QStringList files
            = QDir(fixturesDir()).entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString stem = file.chopped(int(qstrlen(".expected.json")));
            QTest::addRow("%s", qPrintable(stem)) << stem;
        }
    }

    void decodes()
    {
        QFETCH(QString, stem);
        const Fixture fixture = loadFixture(stem);
        QVERIFY2(!fixture.body.isEmpty(), qPrintable(stem));

        const QList<StreamEvent> whole = parseWhole(fixture.api, fixture.body);
        const StreamSummary summary = comparable(summarize(whole));
        QVERIFY2(summary == fixture.expected, qPrintable(describe(summary)));
        QCOMPARE(summary.text, fixture.expected.text);
        QCOMPARE(summary.thinking, fixture.expected.thinking);
        QCOMPARE(summary.usage, fixture.expected.usage);
        QCOMPARE(summary.error, fixture.expected.error);

        // The same events, in the same order, whatever the network does to the bytes.
        for (qsizetype cut = 0; cut <= fixture.body.size(); ++cut) {
            const QList<StreamEvent> split = parseWithCuts(fixture.api, fixture.body, {cut});
            if (split != whole)
                QFAIL(qPrintable(QStringLiteral("differs when cut at byte %1: %2")
                                     .arg(cut)
                                     .arg(describe(summarize(split)))));
        }
        QVERIFY(parseByteByByte(fixture.api, fixture.body) == whole);
        for (int pattern = 0; pattern < RANDOM_PATTERNS; ++pattern) {
            const QList<qsizetype> cuts = randomCuts(SEED + quint32(pattern), fixture.body.size());
            if (parseWithCuts(fixture.api, fixture.body, cuts) != whole)
                QFAIL(qPrintable(QStringLiteral("differs for random pattern %1").arg(pattern)));
        }
    }

    void lineEndings_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QByteArray>("newline");
        const QStringList files
            = QDir(fixturesDir()).entryList({QStringLiteral("*.sse")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString stem = file.chopped(4);
            QTest::addRow("%s LF", qPrintable(stem)) << stem << QByteArray("\n");
            QTest::addRow("%s CRLF", qPrintable(stem)) << stem << QByteArray("\r\n");
            QTest::addRow("%s CR", qPrintable(stem)) << stem << QByteArray("\r");
        }
    }

    void lineEndings()
    {
        QFETCH(QString, stem);
        QFETCH(QByteArray, newline);
        const Fixture fixture = loadFixture(stem);
        QByteArray body = fixture.body;
        body.replace("\r\n", "\n").replace('\n', newline);

        const QList<StreamEvent> whole = parseWhole(fixture.api, body);
        const StreamSummary summary = comparable(summarize(whole));
        QVERIFY2(summary == fixture.expected, qPrintable(describe(summary)));
        // Byte by byte puts every CR at the end of a read and its LF at the start of
        // the next; every-offset cuts of each variant are left to decodes() (original
        // framing) and TestSseDecoder, to keep the suite quick under the sanitizers.
        QVERIFY(parseByteByByte(fixture.api, body) == whole);
        for (int pattern = 0; pattern < RANDOM_PATTERNS; ++pattern) {
            const QList<qsizetype> cuts = randomCuts(SEED + quint32(pattern), body.size());
            if (parseWithCuts(fixture.api, body, cuts) != whole)
                QFAIL(qPrintable(QStringLiteral("differs for random pattern %1").arg(pattern)));
        }
    }
};

QTEST_GUILESS_MAIN(TestStreamFixtures)
#include "TestStreamFixtures.moc"
