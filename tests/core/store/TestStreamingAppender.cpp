// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/StreamingAppender.h"

#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/Vault.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QTest>

using namespace sotto;
using namespace sotto::test;
using namespace std::chrono_literals;

class TestStreamingAppender final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_vault = createVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
        Conversation conversation;
        conversation.title = QStringLiteral("streaming");
        auto created = ConversationRepository(*m_vault).create(conversation);
        QVERIFY(created);
        m_draft.conversationId = created->id;
        m_draft.role = Role::Assistant;
        m_draft.mode = Mode::Thinking;
        m_draft.turnId = QStringLiteral("t1");
    }
    void cleanup()
    {
        m_vault.reset();
        m_temp.reset();
    }

    QString stored(qint64 id, MessageStatus *status = nullptr, QString *thinking = nullptr)
    {
        auto message = MessageRepository(*m_vault).get(id);
        if (!message)
            return QStringLiteral("<missing>");
        if (status)
            *status = message->status;
        if (thinking)
            *thinking = message->thinking;
        return message->content;
    }

    void beginStoresAPartialMessage()
    {
        auto appender = StreamingAppender::begin(*m_vault, m_draft);
        QVERIFY(appender);
        MessageStatus status = MessageStatus::Complete;
        QCOMPARE(stored((*appender)->messageId(), &status), QString());
        QCOMPARE(status, MessageStatus::Partial);
    }

    void deltasWaitForTheIntervalThenCommit()
    {
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 1h);
        QVERIFY(begun);
        StreamingAppender &appender = **begun;
        QVERIFY(appender.append(u"Hel", u"think"));
        QVERIFY(appender.append(u"lo"));
        QVERIFY(appender.hasPending());
        QCOMPARE(stored(appender.messageId()), QString()); // not yet: the interval is an hour
        QVERIFY(appender.flush());
        QString thinking;
        QCOMPARE(stored(appender.messageId(), nullptr, &thinking), QStringLiteral("Hello"));
        QCOMPARE(thinking, QStringLiteral("think"));
        QCOMPARE(appender.committedContentLength(), 5);
    }

    void anOverdueDeltaCommitsImmediately()
    {
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 0ms);
        QVERIFY(begun);
        QVERIFY((*begun)->append(u"now"));
        QVERIFY(!(*begun)->hasPending());
        QCOMPARE(stored((*begun)->messageId()), QStringLiteral("now"));
    }

    void theTimerCommitsWhenDeltasStop()
    {
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 50ms);
        QVERIFY(begun);
        QVERIFY((*begun)->append(u"a stalled stream"));
        QCOMPARE(stored((*begun)->messageId()), QString());
        // No further delta arrives; the event loop's timer commits anyway.
        QTRY_COMPARE(stored((*begun)->messageId()), QStringLiteral("a stalled stream"));
        QVERIFY(!(*begun)->hasPending());
    }

    void longAnswersWaitLongerBetweenCommits()
    {
        using namespace std::chrono_literals;
        const auto base = StreamingAppender::DEFAULT_INTERVAL;
        QCOMPARE(StreamingAppender::intervalFor(0, base), base);
        QCOMPARE(StreamingAppender::intervalFor(16384, base), base);
        QCOMPARE(StreamingAppender::intervalFor(16385, base), 2 * base);
        QCOMPARE(StreamingAppender::intervalFor(10 * 16384, base), 10 * base);
        // Never longer than five seconds of text at risk…
        QCOMPARE(StreamingAppender::intervalFor(100'000'000, base), StreamingAppender::LONGEST_INTERVAL);
        // …unless the caller asked for more.
        QCOMPARE(StreamingAppender::intervalFor(0, 8s), std::chrono::milliseconds(8s));
    }

    void finishStoresTheFinalState_data()
    {
        QTest::addColumn<MessageStatus>("status");
        QTest::addRow("complete") << MessageStatus::Complete;
        QTest::addRow("cancelled") << MessageStatus::Cancelled;
        QTest::addRow("error") << MessageStatus::Error;
    }

    void finishStoresTheFinalState()
    {
        QFETCH(MessageStatus, status);
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 1h);
        QVERIFY(begun);
        QVERIFY((*begun)->append(u"The answer is 42."));
        auto finished = (*begun)->finish(
            status, status == MessageStatus::Error ? QStringLiteral("boom") : QString(), Usage{10, 5});
        QVERIFY(finished);
        QCOMPARE(finished->status, status);
        auto message = MessageRepository(*m_vault).get((*begun)->messageId());
        QVERIFY(message);
        QCOMPARE(message->content, QStringLiteral("The answer is 42."));
        QCOMPARE(message->status, status);
        QCOMPARE(message->usage, std::optional<Usage>(Usage{10, 5}));
        QVERIFY(!(*begun)->append(u"more"));
    }

    void droppingAnUnfinishedAppenderKeepsThePartialText()
    {
        qint64 id = 0;
        {
            auto begun = StreamingAppender::begin(*m_vault, m_draft, 1h);
            QVERIFY(begun);
            id = (*begun)->messageId();
            QVERIFY((*begun)->append(u"cut short"));
        }
        MessageStatus status = MessageStatus::Complete;
        QCOMPARE(stored(id, &status), QStringLiteral("cut short"));
        QCOMPARE(status, MessageStatus::Partial);
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Vault> m_vault;
    Message m_draft;
};

QTEST_GUILESS_MAIN(TestStreamingAppender)
#include "TestStreamingAppender.moc"
