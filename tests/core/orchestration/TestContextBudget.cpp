// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/ContextBudget.h"

#include <QTest>

using namespace sotto;

namespace {

Message message(Role role, const QString &content, qint64 id)
{
    Message m;
    m.id = id;
    m.role = role;
    m.content = content;
    return m;
}

/// `turns` question/answer pairs of `chars` characters each, then the question.
QList<Message> conversation(int turns, int chars, const QString &question)
{
    QList<Message> history;
    qint64 id = 1;
    for (int i = 0; i < turns; ++i) {
        history << message(Role::User, QString(chars, QLatin1Char('q')), id++);
        history << message(Role::Assistant, QString(chars, QLatin1Char('a')), id++);
    }
    history << message(Role::User, question, id);
    return history;
}

} // namespace

class TestContextBudget final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void estimatesFourCharactersATokenAndAFixedCostPerImage()
    {
        QCOMPARE(ContextBudget::estimate(QString(400, QLatin1Char('x'))), 100);
        QCOMPARE(ContextBudget::estimate(QStringLiteral("abcde")), 2);
        Message withImages = message(Role::User, QString(40, QLatin1Char('x')), 1);
        withImages.attachments << Attachment() << Attachment();
        QCOMPARE(ContextBudget::estimate(withImages),
                 ContextBudget::TOKENS_PER_MESSAGE + 10 + 2 * ContextBudget::TOKENS_PER_IMAGE);
    }

    void everythingFitsUnderALargeBudget()
    {
        const QList<Message> history = conversation(5, 100, QStringLiteral("Now?"));
        const ContextFit fit = ContextBudget::fit(history, QStringLiteral("Be brief."), 100000);
        QVERIFY(fit.fits);
        QCOMPARE(fit.history.size(), history.size());
        QCOMPARE(fit.sentMessages, 11);
        QCOMPARE(fit.withheldMessages, 0);
    }

    void theOldestWholeTurnsAreLeftOut()
    {
        // Each earlier message: 4 + 100 tokens, a turn 208; the question 4 + 2; the prompt 3.
        const QList<Message> history = conversation(60, 400, QStringLiteral("Last?"));
        const qint64 budget = 2000;
        const ContextFit fit = ContextBudget::fit(history, QStringLiteral("Be brief."), budget);
        QVERIFY(fit.fits);
        const int keptTurns = int((budget - 3 - 6) / 208); // 9
        QCOMPARE(fit.sentMessages, keptTurns * 2 + 1);
        QCOMPARE(fit.withheldMessages, 120 - keptTurns * 2);
        QVERIFY(fit.estimatedTokens <= budget);
        QCOMPARE(fit.estimatedTokens, 3 + 6 + keptTurns * 208);
        // The newest turns, whole and in order, then the question.
        QCOMPARE(fit.history.constFirst().role, Role::User);
        QCOMPARE(fit.history.constFirst().id, history.at(history.size() - 1 - keptTurns * 2).id);
        QCOMPARE(fit.history.constLast().content, QStringLiteral("Last?"));
        for (qsizetype i = 1; i < fit.history.size(); ++i)
            QCOMPARE(fit.history.at(i).id, fit.history.at(i - 1).id + 1);
    }

    void systemMessagesAreAlwaysKept()
    {
        QList<Message> history = conversation(30, 400, QStringLiteral("Last?"));
        history.prepend(message(Role::System, QStringLiteral("You are terse."), 100));
        const ContextFit fit = ContextBudget::fit(history, {}, 1000);
        QVERIFY(fit.fits);
        QCOMPARE(fit.history.constFirst().role, Role::System);
        QVERIFY(fit.withheldMessages > 0);
        QCOMPARE(fit.sentMessages + fit.withheldMessages, int(history.size()));
    }

    void anAnswerWithoutItsQuestionIsNeverSentAlone()
    {
        // A turn that would fit only without its question is left out whole.
        QList<Message> history;
        history << message(Role::User, QString(4000, QLatin1Char('q')), 1)
                << message(Role::Assistant, QStringLiteral("short"), 2)
                << message(Role::User, QStringLiteral("Next?"), 3);
        const ContextFit fit = ContextBudget::fit(history, {}, 500);
        QVERIFY(fit.fits);
        QCOMPARE(fit.sentMessages, 1);
        QCOMPARE(fit.withheldMessages, 2);
    }

    void aQuestionOverTheBudgetDoesNotFit()
    {
        const QList<Message> history = conversation(2, 10, QString(9000, QLatin1Char('z')));
        const ContextFit fit = ContextBudget::fit(history, {}, 2000);
        QVERIFY(!fit.fits);
        QVERIFY(fit.estimatedTokens > 2000);
    }

    void theBudgetIsChosenInOrder_data()
    {
        QTest::addColumn<qint64>("option"); // --context-tokens; 0: none
        QTest::addColumn<int>("setting"); // the provider's; 0: none set
        QTest::addColumn<int>("reported"); // for the model asked; 0: none
        QTest::addColumn<qint64>("tokens");
        QTest::addColumn<QString>("source");
        QTest::addRow("nothing known") << qint64(0) << 0 << 0 << qint64(DEFAULT_CONTEXT_TOKENS) << "default";
        QTest::addRow("reported") << qint64(0) << 0 << 131072 << qint64(131072) << "reported";
        QTest::addRow("reported, below the default") << qint64(0) << 0 << 2000 << qint64(2000) << "reported";
        QTest::addRow("setting") << qint64(0) << 8000 << 0 << qint64(8000) << "setting";
        QTest::addRow("setting under the reported figure")
            << qint64(0) << 8000 << 131072 << qint64(8000) << "setting";
        QTest::addRow("setting over the reported figure is lowered to it")
            << qint64(0) << 200000 << 131072 << qint64(131072) << "reported";
        QTest::addRow("the call's option over everything")
            << qint64(3000) << 8000 << 2000 << qint64(3000) << "option";
        QTest::addRow("the call's option alone") << qint64(50) << 0 << 0 << qint64(50) << "option";
    }

    void theBudgetIsChosenInOrder()
    {
        QFETCH(qint64, option);
        QFETCH(int, setting);
        QFETCH(int, reported);
        QFETCH(qint64, tokens);
        QFETCH(QString, source);
        ProviderConfig provider;
        provider.defaultModel = QStringLiteral("default-model");
        provider.contextTokens = setting;
        if (reported > 0)
            provider.reportedContextTokens.insert(QStringLiteral("asked-model"), reported);
        // Another model's figure never applies.
        provider.reportedContextTokens.insert(QStringLiteral("other-model"), 7);
        const ResolvedBudget budget = ContextBudget::resolve(provider, QStringLiteral("asked-model"), option);
        QCOMPARE(budget.tokens, tokens);
        QCOMPARE(budgetSourceName(budget.source), source);
    }

    void noModelAskedMeansTheProvidersDefaultModel()
    {
        ProviderConfig provider;
        provider.defaultModel = QStringLiteral("llama3.2");
        provider.reportedContextTokens.insert(QStringLiteral("llama3.2"), 4096);
        QCOMPARE(ContextBudget::resolve(provider, QString()), (ResolvedBudget{4096, BudgetSource::Reported}));
        QCOMPARE(ContextBudget::resolve(provider, QStringLiteral("qwen3")),
                 (ResolvedBudget{DEFAULT_CONTEXT_TOKENS, BudgetSource::Default}));
    }
};

QTEST_GUILESS_MAIN(TestContextBudget)
#include "TestContextBudget.moc"
