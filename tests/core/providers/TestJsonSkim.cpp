// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// JsonSkim: reads what its shape names and nothing else, as QJsonDocument read it.
#include "core/providers/JsonSkim.h"

#include <QTest>

using namespace sotto;

Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

QStringList texts(const JsonSkim::Value &array)
{
    QStringList texts;
    for (const JsonSkim::Value element : array.elements())
        texts.append(element.isString() ? element.toString() : QStringLiteral("<other>"));
    return texts;
}

} // namespace

class TestJsonSkim final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsWhatTheShapeNames()
    {
        const JsonShape shape({"a.b", "list[].name", "flag", "n", "nothing"});
        JsonSkim json(shape);
        QVERIFY(json.parse("{\"skip\":{\"a\":{\"b\":\"no\"}},\"a\":{\"b\":\"yes\",\"c\":\"skipped\"},\"n\":"
                           "42,\"flag\":true,\n"
                           "                              "
                           "\"list\":[{\"name\":\"x\",\"other\":1},\"bare\",{\"nested\":{\"name\":\"no\"}},{"
                           "\"name\":\"y\"}]}"));
        const JsonSkim::Value root = json.root();
        QVERIFY(root.isObject());
        QCOMPARE(root["a"]["b"].toString(), QStringLiteral("yes"));
        QVERIFY(root["a"]["c"].isUndefined()); // not in the shape
        QVERIFY(root["skip"].isUndefined());
        QVERIFY(root["nothing"].isUndefined()); // in the shape, not in the document
        QVERIFY(root["flag"].toBool());
        QCOMPARE(root["n"].toCount(), std::optional<qint64>(42));
        QCOMPARE(root["list"].at(1).toString(), QStringLiteral("bare"));
        QVERIFY(root["list"].at(4).isUndefined());
        QStringList names;
        for (const JsonSkim::Value element : root["list"].elements())
            names.append(element["name"].toString());
        QCOMPARE(names, QStringList({QStringLiteral("x"), QString(), QString(), QStringLiteral("y")}));
    }

    void aPathReachesAnyType()
    {
        const JsonShape shape({"v"});
        JsonSkim json(shape);
        QVERIFY(json.parse("{\"v\":{\"inner\":\"x\"}}"));
        QVERIFY(json.root()["v"].isObject());
        QVERIFY(json.root()["v"]["inner"].isUndefined());
        QVERIFY(json.parse("{\"v\":[1,2]}"));
        QVERIFY(json.root()["v"].isArray());
        QVERIFY(json.root()["v"].at(0).isUndefined());
        QVERIFY(json.parse("{\"v\":null}"));
        QVERIFY(json.root()["v"].isNull());
        QCOMPARE(json.root()["v"].toString(), QString());
        QVERIFY(!json.root()["v"].toBool());
        QVERIFY(!json.root()["v"].toCount());
        QVERIFY(json.parse("{\"v\":\"1\"}"));
        QVERIFY(!json.root()["v"].toCount());
        QVERIFY(!json.root()["v"]["x"].isObject());
    }

    void aRootArray()
    {
        const JsonShape shape({"[].x", "[][]"});
        JsonSkim json(shape);
        QVERIFY(json.parse("[{\"x\":\"a\"},[\"b\",3],{\"y\":\"c\"}]"));
        QVERIFY(json.root().isArray());
        QCOMPARE(json.root().at(0)["x"].toString(), QStringLiteral("a"));
        QCOMPARE(texts(json.root().at(1)), QStringList({QStringLiteral("b"), QStringLiteral("<other>")}));
        QVERIFY(json.root().at(2)["x"].isUndefined());
        QVERIFY(json.parse("7"));
        QVERIFY(json.root().isNumber());
    }

    void theLastOfARepeatedMemberWins()
    {
        const JsonShape shape({"a.b", "a.c"});
        JsonSkim json(shape);
        QVERIFY(json.parse(
            "{\"a\":{\"b\":\"1\",\"c\":\"kept only in the first\"},\"a\":{\"b\":\"2\",\"b\":\"3\"}}"));
        QCOMPARE(json.root()["a"]["b"].toString(), QStringLiteral("3"));
        QVERIFY(json.root()["a"]["c"].isUndefined());
    }

    void numbers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<std::optional<qint64>>("count");
        QTest::addColumn<std::optional<qint64>>("exact");
        QTest::addRow("integer") << QByteArray("5") << std::optional<qint64>(5) << std::optional<qint64>(5);
        QTest::addRow("negative") << QByteArray("-5") << std::optional<qint64>(-5)
                                  << std::optional<qint64>(-5);
        QTest::addRow("minus zero") << QByteArray("-0") << std::optional<qint64>(0)
                                    << std::optional<qint64>(0);
        QTest::addRow("whole float") << QByteArray("3.0") << std::optional<qint64>(3)
                                     << std::optional<qint64>(3);
        QTest::addRow("fraction") << QByteArray("7.9") << std::optional<qint64>(7) << std::optional<qint64>();
        QTest::addRow("exponent") << QByteArray("1e3") << std::optional<qint64>(1000)
                                  << std::optional<qint64>(1000);
        QTest::addRow("past 9e15") << QByteArray("9000000000000001") << std::optional<qint64>()
                                   << std::optional<qint64>(9000000000000001);
        QTest::addRow("uint64 max") << QByteArray("18446744073709551615") << std::optional<qint64>()
                                    << std::optional<qint64>();
        QTest::addRow("beyond uint64") << QByteArray("123456789012345678901234567890")
                                       << std::optional<qint64>() << std::optional<qint64>();
        QTest::addRow("1e300") << QByteArray("1e300") << std::optional<qint64>() << std::optional<qint64>();
    }

    void numbers()
    {
        QFETCH(QByteArray, json);
        QFETCH(std::optional<qint64>, count);
        QFETCH(std::optional<qint64>, exact);
        const JsonShape shape({"n"});
        JsonSkim skim(shape);
        QVERIFY(skim.parse(QByteArray("{\"n\":" + json + "}")));
        QVERIFY(skim.root()["n"].isNumber());
        QCOMPARE(skim.root()["n"].toCount(), count);
        QCOMPARE(skim.root()["n"].toExactInteger(), exact);
    }

    void strings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("text");
        QTest::addRow("escapes") << QByteArray("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"")
                                 << QStringLiteral("\"\\/\b\f\n\r\t");
        QTest::addRow("\\u escapes") << QByteArray("\"\\u00e9\\u4E2D\\u0000!\"")
                                     << QString(QStringLiteral("\u00e9\u4e2d") + QChar(0) + QLatin1Char('!'));
        QTest::addRow("surrogate pair") << QByteArray("\"\\ud83d\\ude00\"") << QStringLiteral("\U0001F600");
        QTest::addRow("UTF-8") << QByteArray("\"\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\"")
                               << QStringLiteral("\u00e9\u4e2d\U0001F600");
        // Repaired: what QJsonDocument accepted and strict JSON does not.
        QTest::addRow("lone high surrogate") << QByteArray("\"a\\ud83db\"") << QStringLiteral("a\uFFFDb");
        QTest::addRow("lone low surrogate") << QByteArray("\"a\\ude00\"") << QStringLiteral("a\uFFFD");
        QTest::addRow("two high surrogates")
            << QByteArray("\"\\ud83d\\ud83d\\ude00\"") << QStringLiteral("\uFFFD\U0001F600");
        QTest::addRow("surrogate at the end") << QByteArray("\"\\ud83d\"") << QStringLiteral("\uFFFD");
        QTest::addRow("raw control characters") << QByteArray("\"a\tb\x01\"") << QStringLiteral("a\tb\u0001");
        QTest::addRow("escaped byte past ASCII") << QByteArray("\"\\\xee"
                                                               "a\"")
                                                 << QStringLiteral("\u00eea");
        QTest::addRow("raw NUL") << QByteArray("\"a\0b\"", 5)
                                 << QString(QLatin1Char('a') + QChar(0) + QLatin1Char('b'));
        QTest::addRow("unknown escape") << QByteArray("\"\\x\\'\"") << QStringLiteral("x'");
        QTest::addRow("escaped backslash before u")
            << QByteArray("\"\\\\ud800\"") << QStringLiteral("\\ud800");
    }

    void strings()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, text);
        const JsonShape shape({"s"});
        JsonSkim skim(shape);
        QVERIFY(skim.parse(QByteArray("{\"s\":" + json + "}")));
        QCOMPARE(skim.root()["s"].toString(), text);
    }

    void refusesWhatIsNotJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("cut") << QByteArray("{\"s\":\"a");
        QTest::addRow("trailing garbage") << QByteArray("{\"s\":1} x");
        QTest::addRow("two documents") << QByteArray("{\"s\":1}{\"s\":2}");
        QTest::addRow("trailing comma") << QByteArray("{\"s\":1,}");
        QTest::addRow("invalid UTF-8 in a skipped member") << QByteArray("{\"x\":\"\xff\",\"s\":1}");
        QTest::addRow("UTF-8 encoded surrogate") << QByteArray("{\"s\":\"\xed\xa0\x80\"}");
        QTest::addRow("overlong UTF-8") << QByteArray("{\"s\":\"\xc0\x80\"}");
        QTest::addRow("short \\u") << QByteArray("{\"s\":\"\\u12\"}");
        QTest::addRow("number overflow") << QByteArray("{\"s\":1e400}");
        QTest::addRow("NaN") << QByteArray("{\"s\":NaN}");
        QTest::addRow("1.") << QByteArray("{\"s\":1.}");
        QTest::addRow(".5") << QByteArray("{\"s\":.5}");
        QTest::addRow("1,025 levels") << QByteArray(1025, '[') + QByteArray(1025, ']');
    }

    void refusesWhatIsNotJson()
    {
        QFETCH(QByteArray, json);
        const JsonShape shape({"s"});
        JsonSkim skim(shape);
        QVERIFY(skim.parse("{\"s\":\"before\"}"));
        QVERIFY(!skim.parse(json));
        QVERIFY(skim.root().isUndefined());
        QVERIFY(skim.parse("{\"s\":\"after\"}"));
        QCOMPARE(skim.root()["s"].toString(), QStringLiteral("after"));
    }

    void nestingUpTo1024LevelsIsRead()
    {
        const JsonShape shape({"[]"});
        JsonSkim skim(shape);
        QVERIFY(skim.parse(QByteArray(QByteArray(1024, '[') + QByteArray(1024, ']'))));
        QVERIFY(skim.root().at(0).isArray());
        QVERIFY(skim.parse("\xef\xbb\xbf [ 1 ] \r\n")); // a byte order mark and whitespace
        QVERIFY(skim.root().at(0).isNumber());
    }

    void manyDocumentsReuseOneSkim()
    {
        const JsonShape shape({"choices[].delta.content"});
        JsonSkim skim(shape);
        const QByteArray large = "{\"choices\":["
            + QByteArray("{\"delta\":{\"content\":\"many\"}},").repeated(10000)
            + "{\"delta\":{\"content\":\"last\"}}]}";
        QVERIFY(skim.parse(large));
        QCOMPARE(skim.root()["choices"].at(10000)["delta"]["content"].toString(), QStringLiteral("last"));
        for (int i = 0; i < 3; ++i) {
            const QByteArray text = QByteArray::number(i);
            QVERIFY(skim.parse(QByteArray("{\"choices\":[{\"delta\":{\"content\":\"" + text + "\"}}]}")));
            QCOMPARE(skim.root()["choices"].at(0)["delta"]["content"].toString(), QString::fromLatin1(text));
            QVERIFY(skim.root()["choices"].at(1).isUndefined());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonSkim)
#include "TestJsonSkim.moc"
