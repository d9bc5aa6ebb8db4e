// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// `<think>…</think>` at the start of an answer becomes reasoning, wherever the
// deltas are cut: every case is checked whole, cut at every character, and one
// character at a time; reasoning never follows answer text.
#include "core/providers/ThinkTagSplitter.h"

#include <QTest>

using sotto::ThinkTagSplitter;

namespace {

struct Result {
    QString reasoning;
    QString answer;
    bool reasoningAfterAnswer = false;
};

void collect(const ThinkTagSplitter::Output &output, Result &result)
{
    if (!output.reasoning.isEmpty() && !result.answer.isEmpty())
        result.reasoningAfterAnswer = true;
    result.reasoning += output.reasoning;
    result.answer += output.answer;
}

Result split(const QStringList &chunks)
{
    ThinkTagSplitter splitter;
    Result result;
    for (const QString &chunk : chunks)
        collect(splitter.feed(chunk), result);
    collect(splitter.finish(), result);
    return result;
}

} // namespace

class TestThinkTagSplitter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splits_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QString>("answer");

        const auto row
            = [](const char *name, const char *content, const char *reasoning, const char *answer) {
                  QTest::addRow("%s", name) << QString::fromUtf8(content) << QString::fromUtf8(reasoning)
                                            << QString::fromUtf8(answer);
              };
        row("no tag", "Hello there", "", "Hello there");
        row("block then answer", "<think>Let me see.</think>Paris.", "Let me see.", "Paris.");
        row("whitespace before and after the block is dropped", "\n  <think>\nhmm\n</think>\n\nParis.",
            "\nhmm\n", "Paris.");
        row("a later <think> is ordinary text", "Use <think>tags</think> like this.", "",
            "Use <think>tags</think> like this.");
        row("only the first block counts", "<think>a</think>b<think>c</think>d", "a", "b<think>c</think>d");
        row("unterminated block is reasoning to the end", "<think>still thinking", "still thinking", "");
        row("unterminated block ending in half a closing tag", "<think>abc</thi", "abc</thi", "");
        row("half an opening tag at the end is answer text", "<thi", "", "<thi");
        row("a look-alike tag is answer text", "<thinking>no</thinking>", "", "<thinking>no</thinking>");
        row("angle bracket first", "<<think>x</think>", "", "<<think>x</think>");
        row("tags inside reasoning", "<think>if a<b then </b></think>ok", "if a<b then </b>", "ok");
        row("empty block", "<think></think>Answer", "", "Answer");
        row("block and nothing else", "<think>r</think>", "r", "");
        row("block then whitespace only", "<think>r</think>  \n", "r", "");
        row("whitespace only stays answer text", " \n ", "", " \n ");
        row("non-ASCII", "<think>ça va?</think>Olá, 40°C 😀", "ça va?", "Olá, 40°C 😀");
        row("text before the tag makes it ordinary", "x<think>y</think>", "", "x<think>y</think>");
    }

    void splits()
    {
        QFETCH(QString, content);
        QFETCH(QString, reasoning);
        QFETCH(QString, answer);

        const auto check = [&](const QStringList &chunks, const QString &how) {
            const Result result = split(chunks);
            QVERIFY2(result.reasoning == reasoning,
                     qPrintable(how + QStringLiteral(": reasoning ") + result.reasoning));
            QVERIFY2(result.answer == answer, qPrintable(how + QStringLiteral(": answer ") + result.answer));
            QVERIFY2(!result.reasoningAfterAnswer, qPrintable(how));
        };
        check({content}, QStringLiteral("whole"));
        for (qsizetype cut = 0; cut <= content.size(); ++cut)
            check({content.left(cut), content.mid(cut)}, QStringLiteral("cut at %1").arg(cut));
        QStringList characters;
        for (const QChar c : content)
            characters << QString(c);
        check(characters, QStringLiteral("one character at a time"));
    }

    void answerTextIsNotHeldBackOnceKnown()
    {
        ThinkTagSplitter splitter;
        QCOMPARE(splitter.feed(QStringLiteral("Hel")).answer, QStringLiteral("Hel"));
        QCOMPARE(splitter.feed(QStringLiteral("<think>")).answer, QStringLiteral("<think>"));
    }

    void reasoningStreamsWhileTheBlockIsOpen()
    {
        ThinkTagSplitter splitter;
        QCOMPARE(splitter.feed(QStringLiteral("<think>abc")).reasoning, QStringLiteral("abc"));
        const auto held = splitter.feed(QStringLiteral("def</"));
        QCOMPARE(held.reasoning, QStringLiteral("def")); // "</" may start the closing tag
        const auto closed = splitter.feed(QStringLiteral("think>Answer"));
        QCOMPARE(closed.reasoning, QString());
        QCOMPARE(closed.answer, QStringLiteral("Answer"));
    }

    void finishResets()
    {
        ThinkTagSplitter splitter;
        QCOMPARE(splitter.feed(QStringLiteral("<think>a")).reasoning, QStringLiteral("a"));
        QCOMPARE(splitter.finish().reasoning, QString());
        QCOMPARE(splitter.feed(QStringLiteral("<think>b</think>c")).answer, QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(TestThinkTagSplitter)
#include "TestThinkTagSplitter.moc"
