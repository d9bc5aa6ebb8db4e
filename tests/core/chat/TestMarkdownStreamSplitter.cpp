// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/chat/MarkdownStreamSplitter.h"

#include <QRandomGenerator>
#include <QTest>

using sotto::MarkdownStreamSplitter;

class TestMarkdownStreamSplitter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stablePrefix_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stable");
        QTest::addRow("nothing complete") << QStringLiteral("Hello wor") << QString();
        QTest::addRow("one paragraph done")
            << QStringLiteral("First.\n\nSecond is sti") << QStringLiteral("First.\n\n");
        QTest::addRow("single newline is not a boundary")
            << QStringLiteral("line one\nline two") << QString();
        QTest::addRow("open fence holds")
            << QStringLiteral("Intro\n\n```py\nx = 1\n\ny = 2\n") << QStringLiteral("Intro\n\n");
        QTest::addRow("closed fence is stable")
            << QStringLiteral("Intro\n\n```py\nx = 1\n\ny = 2\n```\nafter")
            << QStringLiteral("Intro\n\n```py\nx = 1\n\ny = 2\n```\n");
        QTest::addRow("tilde fence needs tilde") << QStringLiteral("~~~\na\n```\n\nb\n") << QString();
        QTest::addRow("longer closing fence") << QStringLiteral("````\na\n```\n\nstill code\n`````\n\nz")
                                              << QStringLiteral("````\na\n```\n\nstill code\n`````\n\n");
        QTest::addRow("blank lines with spaces") << QStringLiteral("a\n   \nb") << QStringLiteral("a\n   \n");
    }

    void stablePrefix()
    {
        QFETCH(QString, text);
        QFETCH(QString, stable);
        MarkdownStreamSplitter splitter;
        splitter.append(text);
        QCOMPARE(splitter.text().left(splitter.stableLength()), stable);
    }

    void anySplitGivesTheSameAnswer()
    {
        const QString text
            = QStringLiteral("# Plan\n\nSteps:\n\n1. one\n2. two\n\n```cpp\nint x;\n\nint y;\n```\n\n"
                             "| a | b |\n|---|---|\n| 1 | 2 |\n\nDone.\n\nTail");
        MarkdownStreamSplitter whole;
        whole.append(text);
        QRandomGenerator random(42);
        for (int round = 0; round < 200; ++round) {
            MarkdownStreamSplitter pieces;
            qsizetype at = 0;
            qsizetype lastStable = 0;
            while (at < text.size()) {
                const qsizetype n = std::min<qsizetype>(text.size() - at, random.bounded(1, 9));
                pieces.append(QStringView(text).mid(at, n));
                at += n;
                QVERIFY(pieces.stableLength() >= lastStable); // never shrinks
                lastStable = pieces.stableLength();
            }
            QCOMPARE(pieces.stableLength(), whole.stableLength());
        }
        QCOMPARE(whole.text().mid(whole.stableLength()), QStringLiteral("Tail"));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownStreamSplitter)
#include "TestMarkdownStreamSplitter.moc"
