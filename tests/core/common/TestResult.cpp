// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/common/Result.h"

#include <QTest>

namespace {

enum class Code {
    None,
    Bad,
};

using Failure = sotto::Error<Code>;
template <typename T>
using R = sotto::Expected<T, Failure>;

R<int> parse(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return sotto::Unexpected(Failure{Code::Bad, QStringLiteral("not a number: ") + text, {}});
    return value;
}

R<void> check(int value)
{
    if (value < 0)
        return sotto::Unexpected(Failure{Code::Bad, QStringLiteral("negative"), {}});
    return {};
}

} // namespace

class TestResult final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void andThenChainsValuesAndStopsAtTheFirstError()
    {
        int calls = 0;
        const auto twice = [&calls](int v) -> R<int> {
            ++calls;
            return v * 2;
        };
        const R<int> good = parse(QStringLiteral("21")).and_then(twice);
        QVERIFY(good);
        QCOMPARE(*good, 42);
        QCOMPARE(calls, 1);

        const R<int> bad = parse(QStringLiteral("x")).and_then(twice);
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, QStringLiteral("not a number: x"));
        QCOMPARE(calls, 1); // the continuation never ran

        // Into and out of void.
        const R<void> negative = parse(QStringLiteral("-3")).and_then(check);
        QVERIFY(!negative);
        QCOMPARE(negative.error().message, QStringLiteral("negative"));
        const R<int> after = check(5).and_then([] {
            return parse(QStringLiteral("7"));
        });
        QVERIFY(after);
        QCOMPARE(*after, 7);
    }

    void transformMapsTheValueOnly()
    {
        const R<QString> text = parse(QStringLiteral("5")).transform([](int v) {
            return QString::number(v + 1);
        });
        QVERIFY(text);
        QCOMPARE(*text, QStringLiteral("6"));

        const R<QString> failed = parse(QStringLiteral("?")).transform([](int v) {
            return QString::number(v);
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Code::Bad);

        int seen = 0;
        const R<void> dropped = parse(QStringLiteral("9")).transform([&seen](int v) {
            seen = v;
        });
        QVERIFY(dropped);
        QCOMPARE(seen, 9);

        const R<int> fromVoid = check(1).transform([] {
            return 3;
        });
        QVERIFY(fromVoid);
        QCOMPARE(*fromVoid, 3);
        const R<int> fromVoidError = check(-1).transform([] {
            return 3;
        });
        QVERIFY(!fromVoidError);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"
