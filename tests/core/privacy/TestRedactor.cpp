// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// The redactor: detection quality over the labelled cases (precision and recall per
// entity, docs/PRIVACY.md), stable placeholders, restoring (also streamed, cut at
// every point) and the map's serialisation.
#include "core/privacy/PiiChecksums.h"
#include "core/privacy/RedactionMap.h"
#include "core/privacy/RedactionPolicy.h"
#include "core/privacy/Redactor.h"
#include "core/privacy/StreamingRestorer.h"
#include "tests/core/privacy/RedactionCases.h"

#include <QMap>
#include <QTest>
#include <QUrl>

#include <array>

using namespace sotto;
using sotto::test::RedactionCase;

namespace {

constexpr double GOAL = 0.95;

struct Tally {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double precision() const
    {
        const int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : double(truePositives) / found;
    }
    double recall() const
    {
        const int labelled = truePositives + falseNegatives;
        return labelled == 0 ? 1.0 : double(truePositives) / labelled;
    }
};

/// The labelled entities of `c` as spans, each searched after the one before it.
QList<RedactionEntity> labelled(const RedactionCase &c, const QString &text)
{
    QList<RedactionEntity> spans;
    qsizetype from = 0;
    for (const RedactionCase::Entity &entity : c.expected) {
        const QString needle = QString::fromUtf8(entity.text);
        const qsizetype at = text.indexOf(needle, from);
        if (at < 0)
            qFatal("case label not in its text: %s", entity.text);
        spans.append({entity.kind, at, needle.size()});
        from = at + needle.size();
    }
    return spans;
}

QString describe(const QString &text, const QList<RedactionEntity> &entities)
{
    QStringList parts;
    for (const RedactionEntity &e : entities)
        parts.append(redactionKindName(e.kind) + QLatin1Char(':') + text.mid(e.start, e.length));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

constexpr std::array<RedactionKind, 7> KINDS{
    RedactionKind::Email, RedactionKind::Phone,  RedactionKind::Card, RedactionKind::Iban,
    RedactionKind::Ip,    RedactionKind::Secret, RedactionKind::Term};

} // namespace

class TestRedactor final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detectionMeetsTheGoal();
    void checksums();
    void checksums_data();
    void placeholdersAreStablePerConversation();
    void termsAreWholeWordsLongestFirst();
    void restoreIsTheInverse();
    void restoreIsTheInverse_data();
    void unknownPlaceholdersStay();
    void mapRoundTripsThroughJson();
    void damagedMapJsonIsRefused();
    void streamingRestoreAtEverySplitPoint();
    void streamingRestoreAtEverySplitPoint_data();
    void streamingHoldsBackOnlyPossiblePlaceholders();
    void policyJudgesTheUrlWithoutDns();
    void policyJudgesTheUrlWithoutDns_data();
};

void TestRedactor::detectionMeetsTheGoal()
{
    const QList<RedactionCase> &cases = test::redactionCases();
    QVERIFY2(cases.size() >= 300, qPrintable(QString::number(cases.size())));
    const Redactor redactor(test::redactionCaseTerms());
    QMap<RedactionKind, Tally> tallies;
    int wrongCases = 0;
    for (const RedactionCase &c : cases) {
        const QString text = QString::fromUtf8(c.text);
        const QList<RedactionEntity> expected = labelled(c, text);
        const QList<RedactionEntity> found = redactor.detect(text);
        for (const RedactionEntity &e : found) {
            if (expected.contains(e))
                ++tallies[e.kind].truePositives;
            else
                ++tallies[e.kind].falsePositives;
        }
        for (const RedactionEntity &e : expected) {
            if (!found.contains(e))
                ++tallies[e.kind].falseNegatives;
        }
        if (found != expected) {
            ++wrongCases;
            qInfo().noquote() << "differs:" << text << "expected" << describe(text, expected) << "found"
                              << describe(text, found);
        }
    }
    qInfo().noquote()
        << QStringLiteral("%1 cases, %2 not exactly as labelled").arg(cases.size()).arg(wrongCases);
    qInfo().noquote() << "| entity | labelled | found | correct | precision | recall |";
    for (RedactionKind kind : KINDS) {
        const Tally t = tallies.value(kind);
        qInfo().noquote() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                                 .arg(redactionKindName(kind))
                                 .arg(t.truePositives + t.falseNegatives)
                                 .arg(t.truePositives + t.falsePositives)
                                 .arg(t.truePositives)
                                 .arg(t.precision(), 0, 'f', 3)
                                 .arg(t.recall(), 0, 'f', 3);
    }
    for (RedactionKind kind : KINDS) {
        const Tally t = tallies.value(kind);
        QVERIFY2(t.truePositives + t.falseNegatives >= 20, qPrintable(redactionKindName(kind)));
        if (kind == RedactionKind::Term)
            continue; // the user's own list: exact by construction, not a pattern
        QVERIFY2(t.precision() >= GOAL, qPrintable(redactionKindName(kind)));
        QVERIFY2(t.recall() >= GOAL, qPrintable(redactionKindName(kind)));
    }
}

void TestRedactor::checksums_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("luhn");
    QTest::addColumn<bool>("issuer");
    QTest::addRow("visa") << "4111111111111111" << true << true;
    QTest::addRow("visa, check digit off") << "4111111111111112" << false << true;
    QTest::addRow("amex") << "378282246310005" << true << true;
    QTest::addRow("amex length 16") << "3782822463100050" << false << false;
    QTest::addRow("zeros") << "0000000000000000" << true << false;
    QTest::addRow("no network starts with 1") << "1234567812345670" << true << false;
    QTest::addRow("mastercard 2-series") << "2223003122003222" << true << true;
    QTest::addRow("not digits") << "41111111111111a1" << false << true;
}

void TestRedactor::checksums()
{
    QFETCH(QString, number);
    QFETCH(bool, luhn);
    QFETCH(bool, issuer);
    QCOMPARE(PiiChecksums::luhnValid(number), luhn);
    QCOMPARE(PiiChecksums::knownCardIssuer(number), issuer);

    QVERIFY(PiiChecksums::ibanValid(u"DE89370400440532013000"));
    QVERIFY(PiiChecksums::ibanValid(u"gb82west12345698765432"));
    QVERIFY(!PiiChecksums::ibanValid(u"DE89370400440532013001"));
    QVERIFY(!PiiChecksums::ibanValid(u"DE8937040044053201300")); // one short for DE
    QVERIFY(!PiiChecksums::ibanValid(u"XX89370400440532013000"));
    QCOMPARE(PiiChecksums::ibanLength(u"NO"), 15);
    QCOMPARE(PiiChecksums::ibanLength(u"LC"), 32);
    QCOMPARE(PiiChecksums::ibanLength(u"US"), 0);
}

void TestRedactor::placeholdersAreStablePerConversation()
{
    const Redactor redactor({QStringLiteral("Acme")});
    RedactionMap map;
    const Redaction first = redactor.redact(
        QStringLiteral("Mail ann@example.com or bob@example.com, call +44 20 7946 0958, at Acme."), map);
    QCOMPARE(first.text, QStringLiteral("Mail ⟨EMAIL_1⟩ or ⟨EMAIL_2⟩, call ⟨PHONE_1⟩, at ⟨TERM_1⟩."));
    QCOMPARE(first.count(), 4);
    QCOMPARE(first.replacements.at(1).original, QStringLiteral("bob@example.com"));
    QCOMPARE(first.replacements.at(1).placeholder, QStringLiteral("⟨EMAIL_2⟩"));
    QCOMPARE(first.replacements.at(1).kind, RedactionKind::Email);

    // A later message of the same conversation reuses the names and continues the numbering.
    const Redaction second = redactor.redact(
        QStringLiteral("bob@example.com again, and carol@example.com; card 4111 1111 1111 1111"), map);
    QCOMPARE(second.text, QStringLiteral("⟨EMAIL_2⟩ again, and ⟨EMAIL_3⟩; card ⟨CARD_1⟩"));
    QCOMPARE(second.count(), 3);
    QCOMPARE(map.size(), 6);

    // Another conversation starts from 1.
    RedactionMap other;
    QCOMPARE(redactor.redact(QStringLiteral("carol@example.com"), other).text, QStringLiteral("⟨EMAIL_1⟩"));

    // Nothing to hide: the text is unchanged and the map untouched.
    const Redaction plain = redactor.redact(QStringLiteral("What is 2 + 2?"), map);
    QCOMPARE(plain.text, QStringLiteral("What is 2 + 2?"));
    QCOMPARE(plain.count(), 0);
    QCOMPARE(map.size(), 6);
}

void TestRedactor::termsAreWholeWordsLongestFirst()
{
    const Redactor redactor({QStringLiteral("Acme"), QStringLiteral(" acme labs "), QStringLiteral("ACME"),
                             QString(), QStringLiteral("Zed")});
    RedactionMap map;
    QCOMPARE(redactor.redact(QStringLiteral("ACME LABS and Acme, not Acmes or Zedd; zed."), map).text,
             QStringLiteral("⟨TERM_1⟩ and ⟨TERM_2⟩, not Acmes or Zedd; ⟨TERM_3⟩."));
    QCOMPARE(Redactor::restore(QStringLiteral("⟨TERM_1⟩/⟨TERM_2⟩/⟨TERM_3⟩"), map),
             QStringLiteral("ACME LABS/Acme/zed"));
}

void TestRedactor::restoreIsTheInverse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("plain") << QStringLiteral("Nothing personal here.");
    QTest::addRow("entities") << QStringLiteral(
        "ann@example.com, +1 415 555 2671, 4111-1111-1111-1111, DE89 3704 0044 0532 0130 00, ::1, "
        "AKIAIOSFODNN7EXAMPLE, Acme");
    QTest::addRow("looks like a placeholder") << QStringLiteral("⟨EMAIL_1⟩ is not ann@example.com");
    QTest::addRow("placeholder-like twice") << QStringLiteral("⟨EMAIL_1⟩ ⟨EMAIL_1⟩ x@example.com ⟨EMAIL_2⟩");
    QTest::addRow("half placeholders") << QStringLiteral("⟨EMAIL_ ⟨_1⟩ ⟨EMAIL_1 EMAIL_1⟩ ⟨⟨TERM_1⟩⟩");
    QTest::addRow("unicode") << QStringLiteral("Grüße 🙂 an jürgen@example.de");
}

void TestRedactor::restoreIsTheInverse()
{
    QFETCH(QString, text);
    const Redactor redactor({QStringLiteral("Acme")});
    RedactionMap map;
    // A map that already holds names, so literal placeholders collide with them.
    redactor.redact(QStringLiteral("z@example.com y@example.com Acme"), map);
    const Redaction redaction = redactor.redact(text, map);
    QCOMPARE(Redactor::restore(redaction.text, map), text);
    QVERIFY(!redaction.text.contains(QStringLiteral("@example.")));
}

void TestRedactor::unknownPlaceholdersStay()
{
    RedactionMap map;
    map.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("ann@example.com"));
    QCOMPARE(Redactor::restore(QStringLiteral("⟨EMAIL_1⟩, ⟨EMAIL_9⟩, ⟨email_1⟩, ⟨EMAIL_1"), map),
             QStringLiteral("ann@example.com, ⟨EMAIL_9⟩, ⟨email_1⟩, ⟨EMAIL_1"));
    QCOMPARE(Redactor::restore(QStringLiteral("⟨EMAIL_1⟩"), RedactionMap()), QStringLiteral("⟨EMAIL_1⟩"));
}

void TestRedactor::mapRoundTripsThroughJson()
{
    const Redactor redactor({QStringLiteral("Acme")});
    RedactionMap map;
    redactor.redact(QStringLiteral("⟨EMAIL_1⟩ ann@example.com Acme 203.0.113.9 \"quotes\"@example.com"), map);
    const std::optional<RedactionMap> copy = RedactionMap::fromJson(map.toJson());
    QVERIFY(copy.has_value());
    QCOMPARE(copy->entries(), map.entries());
    // A restored map continues the numbering where the first left off.
    RedactionMap continued = *copy;
    QCOMPARE(continued.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("new@example.com")),
             map.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("new@example.com")));
    QCOMPARE(continued.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("ann@example.com")),
             QStringLiteral("⟨EMAIL_2⟩"));
}

void TestRedactor::damagedMapJsonIsRefused()
{
    QVERIFY(!RedactionMap::fromJson("not json").has_value());
    QVERIFY(!RedactionMap::fromJson(R"({"version":2,"entries":[]})").has_value());
    QVERIFY(!RedactionMap::fromJson(R"({"version":1,"entries":[{"placeholder":"EMAIL_1","original":"a"}]})")
                 .has_value());
    QVERIFY(!RedactionMap::fromJson(QStringLiteral(R"({"version":1,"entries":[)"
                                                   R"({"placeholder":"⟨A_1⟩","original":"a"},)"
                                                   R"({"placeholder":"⟨A_1⟩","original":"b"}]})")
                                        .toUtf8())
                 .has_value());
    QVERIFY(RedactionMap::fromJson(R"({"version":1,"entries":[]})").has_value());
}

void TestRedactor::streamingRestoreAtEverySplitPoint_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addRow("placeholders") << QStringLiteral("Dear ⟨TERM_1⟩, I wrote to ⟨EMAIL_1⟩ and ⟨EMAIL_2⟩.");
    QTest::addRow("adjacent") << QStringLiteral("⟨EMAIL_1⟩⟨EMAIL_2⟩⟨PHONE_1⟩");
    QTest::addRow("unknown and broken") << QStringLiteral("⟨EMAIL_9⟩ ⟨EMA ⟨EMAIL_1 x ⟨⟨EMAIL_1⟩ ⟨TERM_1⟩⟩");
    QTest::addRow("ends mid-placeholder") << QStringLiteral("see ⟨PHONE_1⟩ or ⟨EMAIL_");
    QTest::addRow("long names") << QStringLiteral("⟨ABCDEFGHIJKLMNOPQ_1⟩ ⟨EMAIL_1234567890⟩ ⟨EMAIL_1⟩");
    QTest::addRow("surrogates") << QStringLiteral("🙂⟨EMAIL_1⟩🙂");
}

void TestRedactor::streamingRestoreAtEverySplitPoint()
{
    QFETCH(QString, answer);
    RedactionMap map;
    map.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("ann@example.com"));
    map.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("bob@example.com"));
    map.placeholderFor(QStringLiteral("PHONE"), QStringLiteral("+44 20 7946 0958"));
    map.placeholderFor(QStringLiteral("TERM"), QStringLiteral("Dana"));
    const QString whole = Redactor::restore(answer, map);

    for (qsizetype cut = 0; cut <= answer.size(); ++cut) {
        StreamingRestorer restorer(map);
        QString shown = restorer.feed(QStringView(answer).first(cut));
        shown += restorer.feed(QStringView(answer).mid(cut));
        shown += restorer.finish();
        QCOMPARE(shown, whole);
    }
    // Two cuts, every pair, and one character at a time.
    for (qsizetype a = 0; a <= answer.size(); ++a) {
        for (qsizetype b = a; b <= answer.size(); ++b) {
            StreamingRestorer restorer(map);
            QString shown = restorer.feed(QStringView(answer).first(a));
            shown += restorer.feed(QStringView(answer).mid(a, b - a));
            shown += restorer.feed(QStringView(answer).mid(b));
            shown += restorer.finish();
            QCOMPARE(shown, whole);
        }
    }
    StreamingRestorer restorer(map);
    QString shown;
    for (QChar c : answer)
        shown += restorer.feed(QStringView(&c, 1));
    shown += restorer.finish();
    QCOMPARE(shown, whole);
}

void TestRedactor::streamingHoldsBackOnlyPossiblePlaceholders()
{
    RedactionMap map;
    map.placeholderFor(QStringLiteral("EMAIL"), QStringLiteral("ann@example.com"));
    StreamingRestorer restorer(map);
    QCOMPARE(restorer.feed(u"Hello"), QStringLiteral("Hello"));
    QCOMPARE(restorer.feed(u" ⟨"), QStringLiteral(" "));
    QCOMPARE(restorer.feed(u"EMA"), QString());
    QCOMPARE(restorer.feed(u"IL_1"), QString());
    QCOMPARE(restorer.feed(u"⟩!"), QStringLiteral("ann@example.com!"));
    QCOMPARE(restorer.feed(u"⟨x"), QStringLiteral("⟨x"));
    QCOMPARE(restorer.feed(u"a ⟨EMAIL_1x"), QStringLiteral("a ⟨EMAIL_1x"));
    QCOMPARE(restorer.feed(u"⟨IP"), QString());
    QCOMPARE(restorer.finish(), QStringLiteral("⟨IP"));
    QCOMPARE(restorer.finish(), QString());

    // No map: nothing is ever held.
    StreamingRestorer passThrough;
    QVERIFY(passThrough.isPassThrough());
    QCOMPARE(passThrough.feed(u"⟨EMA"), QStringLiteral("⟨EMA"));
}

void TestRedactor::policyJudgesTheUrlWithoutDns_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("internet");
    QTest::addRow("loopback literal") << "http://127.0.0.1:11434" << false;
    QTest::addRow("loopback v6") << "http://[::1]:8080/v1" << false;
    QTest::addRow("localhost") << "http://localhost:1234/v1" << false;
    QTest::addRow("a .localhost name") << "http://ollama.localhost:11434" << false;
    QTest::addRow("lan literal") << "http://192.168.1.20:11434" << false;
    QTest::addRow("link-local v6") << "http://[fe80::1]:11434" << false;
    QTest::addRow("mdns name") << "http://gpu-box.local:8000/v1" << false;
    QTest::addRow("public literal") << "https://203.0.113.7/v1" << true;
    QTest::addRow("vendor") << "https://api.openai.com/v1" << true;
    QTest::addRow("a name that may resolve to loopback") << "http://llm.internal:8080/v1" << true;
    QTest::addRow("no host") << "file:///tmp/x" << true;
}

void TestRedactor::policyJudgesTheUrlWithoutDns()
{
    QFETCH(QString, url);
    QFETCH(bool, internet);
    QCOMPARE(destinationOfUrl(QUrl(url)) == Destination::Internet, internet);
    QCOMPARE(redactsFor(RedactionPolicy::Internet, QUrl(url)), internet);
    QVERIFY(redactsFor(RedactionPolicy::Always, QUrl(url)));
    QVERIFY(!redactsFor(RedactionPolicy::Off, QUrl(url)));
    QCOMPARE(redactionPolicyFromString(redactionPolicyName(RedactionPolicy::Always)),
             RedactionPolicy::Always);
    QCOMPARE(redactionPolicyFromString(QStringLiteral("sometimes")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
