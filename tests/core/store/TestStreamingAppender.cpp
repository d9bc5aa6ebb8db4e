// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/StreamingAppender.h"

#include "core/store/ConversationRepository.h"
#include "core/store/MessageChunks.h"
#include "core/store/MessageRepository.h"
#include "core/store/SearchRepository.h"
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

    QString rawText(const char *sql, qint64 id)
    {
        auto select = m_vault->prepare(sql);
        if (!select)
            return QStringLiteral("<error>");
        select->bind(1, id);
        auto row = select->step();
        if (!row || !*row)
            return QStringLiteral("<no row>");
        return select->isNull(0) ? QString() : select->text(0);
    }

    /// How many messages the search index holds `word` for (without the
    /// joining that SearchRepository does first).
    int indexed(const QString &word)
    {
        auto select = m_vault->prepare("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?1");
        if (!select)
            return -1;
        select->bind(1, word);
        auto row = select->step();
        return row && *row ? int(select->int64(0)) : -1;
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

    void aLargeBatchCommitsBeforeTheInterval()
    {
        // A fast stream is not buffered for the whole interval.
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 1h);
        QVERIFY(begun);
        const QString batch(StreamingAppender::MAX_PENDING, QLatin1Char('w'));
        QVERIFY((*begun)->append(batch));
        QVERIFY(!(*begun)->hasPending());
        QCOMPARE(stored((*begun)->messageId()), batch);
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

    void eachCommitAppendsOnlyItsDelta()
    {
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 1h);
        QVERIFY(begun);
        StreamingAppender &appender = **begun;
        const QStringList deltas
            = {QStringLiteral("Wombats "), QStringLiteral("dig "), QStringLiteral("burrows.")};
        for (const QString &delta : deltas) {
            QVERIFY(appender.append(delta, u"t"));
            QVERIFY(appender.flush());
        }
        // Three chunks of one delta each; the message row and the index untouched.
        QCOMPARE(
            rawText(
                "SELECT group_concat(content, '|' ORDER BY seq) FROM message_chunks WHERE message_id = ?1",
                appender.messageId()),
            deltas.join(QLatin1Char('|')));
        QCOMPARE(rawText("SELECT content FROM messages WHERE id = ?1", appender.messageId()), QString());
        QCOMPARE(indexed(QStringLiteral("wombats")), 0);
        // Readers see the committed text all the same.
        QString thinking;
        QCOMPARE(stored(appender.messageId(), nullptr, &thinking), deltas.join(QString()));
        QCOMPARE(thinking, QStringLiteral("ttt"));
        auto listed = MessageRepository(*m_vault).list(m_draft.conversationId);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().content, deltas.join(QString()));
        auto latest = MessageRepository(*m_vault).listLatest(m_draft.conversationId, 10);
        QVERIFY(latest);
        QCOMPARE(latest->first().content, deltas.join(QString()));
    }

    void finishJoinsTheChunksAndIndexesThemOnce()
    {
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 1h);
        QVERIFY(begun);
        QVERIFY((*begun)->append(u"Platypus ", u"hmm "));
        QVERIFY((*begun)->flush());
        QVERIFY((*begun)->append(u"eggs", u"indeed"));
        QVERIFY((*begun)->finish(MessageStatus::Complete));
        const qint64 id = (*begun)->messageId();
        QCOMPARE(rawText("SELECT content || '/' || thinking FROM messages WHERE id = ?1", id),
                 QStringLiteral("Platypus eggs/hmm indeed"));
        QCOMPARE(rawText("SELECT count(*) FROM message_chunks WHERE message_id = ?1", id),
                 QStringLiteral("0"));
        QCOMPARE(indexed(QStringLiteral("platypus")), 1);
        QCOMPARE(indexed(QStringLiteral("eggs")), 1);
    }

    void finishKeepsEveryCharacterAfterTheDraftsText()
    {
        Message draft = m_draft;
        draft.content = QStringLiteral("Draft, ");
        auto begun = StreamingAppender::begin(*m_vault, draft, 1h);
        QVERIFY(begun);
        const QString first = QStringLiteral("Grüße 🦘 ");
        const QString second = QStringLiteral("a NUL: ") + QChar(0) + QStringLiteral(" and after it");
        QVERIFY((*begun)->append(first));
        QVERIFY((*begun)->flush());
        QVERIFY((*begun)->append(second, u"ü"));
        QVERIFY((*begun)->finish(MessageStatus::Complete));
        QString thinking;
        QCOMPARE(stored((*begun)->messageId(), nullptr, &thinking), draft.content + first + second);
        QCOMPARE(thinking, QStringLiteral("ü"));
        QCOMPARE(indexed(QStringLiteral("grüße")), 1);
        QCOMPARE(indexed(QStringLiteral("after")), 1);
    }

    void aSearchFindsAnAnswerStillStreaming()
    {
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 1h);
        QVERIFY(begun);
        QVERIFY((*begun)->append(u"Echidna "));
        QVERIFY((*begun)->flush());
        auto hits = SearchRepository(*m_vault).search(QStringLiteral("echidna"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().messageId, (*begun)->messageId());
        // The stream goes on after the search joined what it had: nothing twice.
        QVERIFY((*begun)->append(u"spines"));
        QVERIFY((*begun)->flush());
        QCOMPARE(stored((*begun)->messageId()), QStringLiteral("Echidna spines"));
        QVERIFY((*begun)->finish(MessageStatus::Complete));
        QCOMPARE(stored((*begun)->messageId()), QStringLiteral("Echidna spines"));
        QCOMPARE(indexed(QStringLiteral("spines")), 1);
    }

    void openingJoinsWhatAKilledStreamLeft()
    {
        // What a kill leaves: a partial message with committed chunks (written
        // here as the appender writes them, since this process must survive).
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 1h);
        QVERIFY(begun);
        const qint64 id = (*begun)->messageId();
        QVERIFY((*begun)->finish(MessageStatus::Partial));
        QVERIFY(m_vault->exec(
            "UPDATE messages SET content = 'Quoll ' WHERE id = (SELECT max(id) FROM messages)"));
        QVERIFY(MessageChunks::append(*m_vault, id, 0, QStringLiteral("numbat "), QStringLiteral("a")));
        QVERIFY(MessageChunks::append(*m_vault, id, 1, QStringLiteral("bilby"), QStringLiteral("b")));
        QCOMPARE(stored(id), QStringLiteral("Quoll numbat bilby"));
        begun->reset();
        m_vault.reset();

        m_vault = openVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
        QCOMPARE(rawText("SELECT content || '/' || thinking FROM messages WHERE id = ?1", id),
                 QStringLiteral("Quoll numbat bilby/ab"));
        QCOMPARE(rawText("SELECT count(*) FROM message_chunks WHERE message_id = ?1", id),
                 QStringLiteral("0"));
        QCOMPARE(indexed(QStringLiteral("bilby")), 1);
        MessageStatus status = MessageStatus::Complete;
        QCOMPARE(stored(id, &status), QStringLiteral("Quoll numbat bilby"));
        QCOMPARE(status, MessageStatus::Partial);
        verifyIntegrity();
    }

    void aFinalStatusJoinsTheChunks()
    {
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 1h);
        QVERIFY(begun);
        const qint64 id = (*begun)->messageId();
        QVERIFY((*begun)->finish(MessageStatus::Partial));
        QVERIFY(MessageChunks::append(*m_vault, id, 0, QStringLiteral("wallaby"), {}));
        QVERIFY(MessageRepository(*m_vault).setStatus(id, MessageStatus::Cancelled));
        MessageStatus status = MessageStatus::Complete;
        QCOMPARE(stored(id, &status), QStringLiteral("wallaby"));
        QCOMPARE(status, MessageStatus::Cancelled);
        QCOMPARE(indexed(QStringLiteral("wallaby")), 1);
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
        // Its answer has ended: joined and indexed.
        QCOMPARE(rawText("SELECT content FROM messages WHERE id = ?1", id), QStringLiteral("cut short"));
        QCOMPARE(indexed(QStringLiteral("short")), 1);
    }

    void aLongAnswerIsKeptInSegments()
    {
        // More than SegmentedAbove: words, line breaks and characters of two to
        // four bytes, with a word to find at the start, the middle and the end.
        Message draft = m_draft;
        draft.content = QStringLiteral("Draft: ");
        auto begun = StreamingAppender::begin(*m_vault, draft, 1h);
        QVERIFY(begun);
        const QString content = longText(QStringLiteral("zebu"), 20'000);
        const QString thinking = longText(QStringLiteral("okapi"), 4'000);
        QVERIFY(content.toUtf8().size() > MessageChunks::SegmentedAbove);
        streamInBatches(**begun, content, thinking);
        QVERIFY((*begun)->finish(MessageStatus::Complete));
        const qint64 id = (*begun)->messageId();

        // The row keeps what it held before the stream; the answer is in segments,
        // none longer than SegmentBytes and none cut inside a word.
        QCOMPARE(rawText("SELECT content || '|' || segmented FROM messages WHERE id = ?1", id),
                 QStringLiteral("Draft: |1"));
        QCOMPARE(rawText("SELECT count(*) FROM message_chunks WHERE message_id = ?1", id),
                 QStringLiteral("0"));
        QVERIFY(rawText("SELECT count(*) FROM message_segments WHERE message_id = ?1", id).toInt() >= 6);
        QVERIFY(rawText("SELECT max(max(length(CAST(content AS BLOB))), max(length(CAST(thinking AS BLOB)))) "
                        "FROM message_segments WHERE message_id = ?1",
                        id)
                    .toLongLong()
                <= MessageChunks::SegmentBytes);
        QCOMPARE(
            rawText("SELECT count(*) FROM message_segments WHERE message_id = ?1 AND seq < (SELECT max(seq) "
                    "FROM message_segments WHERE message_id = ?1) AND NOT ("
                    "(content <> '' AND substr(content, -1) IN (' ', char(10))) OR "
                    "(thinking <> '' AND substr(thinking, -1) IN (' ', char(10))))",
                    id),
            QStringLiteral("1")); // the last of the two columns' segments only

        // Every reader gets the whole text, in order.
        QString storedThinking;
        QCOMPARE(stored(id, nullptr, &storedThinking), draft.content + content);
        QCOMPARE(storedThinking, thinking);
        auto listed = MessageRepository(*m_vault).list(m_draft.conversationId);
        QVERIFY(listed);
        QCOMPARE(listed->last().content, draft.content + content);

        // Search finds its words wherever they are, with a snippet around them.
        for (const QString &word :
             {QStringLiteral("zebustart"), QStringLiteral("zebumiddle"), QStringLiteral("zebuend"),
              QStringLiteral("okapimiddle"), QStringLiteral("draft")}) {
            auto hits = SearchRepository(*m_vault).search(word);
            QVERIFY(hits);
            QCOMPARE(hits->size(), 1);
            QCOMPARE(hits->first().messageId, id);
            QVERIFY2(hits->first().snippet.contains(word, Qt::CaseInsensitive),
                     qPrintable(hits->first().snippet));
        }
        verifyIntegrity();
        if (QTest::currentTestFailed())
            return;

        // Replacing its text replaces the segments, in the index too.
        Message edited = *MessageRepository(*m_vault).get(id);
        edited.content = QStringLiteral("A short answer now.");
        edited.thinking.clear();
        QVERIFY(MessageRepository(*m_vault).update(edited));
        QCOMPARE(stored(id), edited.content);
        QCOMPARE(rawText("SELECT count(*) FROM message_segments WHERE message_id = ?1", id),
                 QStringLiteral("0"));
        QCOMPARE(SearchRepository(*m_vault).search(QStringLiteral("zebumiddle"))->size(), 0);
        QCOMPARE(SearchRepository(*m_vault).search(QStringLiteral("short"))->size(), 1);
        verifyIntegrity();
    }

    void aLongAnswerWithoutSpacesIsCutBetweenCharacters()
    {
        // Japanese has no spaces: a segment ends between two characters of three bytes.
        QString content;
        while (content.toUtf8().size() <= MessageChunks::SegmentedAbove + MessageChunks::SegmentBytes)
            content += QString(2'000, QChar(u'語')) + QStringLiteral("日本");
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 1h);
        QVERIFY(begun);
        streamInBatches(**begun, content, {});
        QVERIFY((*begun)->finish(MessageStatus::Complete));
        const qint64 id = (*begun)->messageId();
        const int segments
            = rawText("SELECT count(*) FROM message_segments WHERE message_id = ?1", id).toInt();
        QVERIFY(segments >= 5);
        for (int seq = 0; seq < segments; ++seq) {
            auto select
                = m_vault->prepare("SELECT content FROM message_segments WHERE message_id = ?1 AND seq = ?2");
            QVERIFY(select);
            select->bind(1, id).bind(2, seq);
            auto row = select->step();
            QVERIFY(row && *row);
            QVERIFY(select->utf8(0).size() <= MessageChunks::SegmentBytes);
            QVERIFY2(!select->text(0).contains(QChar::ReplacementCharacter),
                     qPrintable(QString::number(seq)));
        }
        QCOMPARE(stored(id), content);
    }

    void deletingALongAnswerTakesItsSegmentsOutOfTheIndex()
    {
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 1h);
        QVERIFY(begun);
        streamInBatches(**begun, longText(QStringLiteral("tapir"), 20'000), {});
        QVERIFY((*begun)->finish(MessageStatus::Complete));
        const qint64 id = (*begun)->messageId();
        QCOMPARE(SearchRepository(*m_vault).search(QStringLiteral("tapirmiddle"))->size(), 1);

        QVERIFY(ConversationRepository(*m_vault).remove(m_draft.conversationId));
        QCOMPARE(rawText("SELECT count(*) FROM message_segments WHERE message_id = ?1", id),
                 QStringLiteral("0"));
        QCOMPARE(SearchRepository(*m_vault).search(QStringLiteral("tapirmiddle"))->size(), 0);
        verifyIntegrity();
    }

    void openingSegmentsALongAnswerAKillLeft()
    {
        auto begun = StreamingAppender::begin(*m_vault, m_draft, 1h);
        QVERIFY(begun);
        const qint64 id = (*begun)->messageId();
        QVERIFY((*begun)->finish(MessageStatus::Partial));
        // What a kill leaves: the committed chunks of a long answer.
        const QString content = longText(QStringLiteral("dugong"), 20'000);
        qint64 seq = 0;
        for (qsizetype at = 0; at < content.size(); at += 50'000)
            QVERIFY(MessageChunks::append(*m_vault, id, seq++, content.mid(at, 50'000), {}));
        begun->reset();
        m_vault.reset();

        m_vault = openVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
        QCOMPARE(rawText("SELECT segmented FROM messages WHERE id = ?1", id), QStringLiteral("1"));
        QCOMPARE(rawText("SELECT count(*) FROM message_chunks WHERE message_id = ?1", id),
                 QStringLiteral("0"));
        MessageStatus status = MessageStatus::Complete;
        QCOMPARE(stored(id, &status), content);
        QCOMPARE(status, MessageStatus::Partial);
        QCOMPARE(SearchRepository(*m_vault).search(QStringLiteral("dugongend"))->size(), 1);
        verifyIntegrity();
    }

private:
    /// The vault, its search indexes included, passes its integrity check.
    void verifyIntegrity()
    {
        auto check = m_vault->checkIntegrity();
        QVERIFY(check);
        QVERIFY2(check->ok, qPrintable(check->problems.join(QLatin1Char('\n'))));
    }

    /// About `lines` lines of prose (some 65 bytes each), with `word`start,
    /// `word`middle and `word`end where they say.
    static QString longText(const QString &word, int lines)
    {
        QString text;
        text.reserve(qsizetype(lines) * 66);
        for (int line = 0; line < lines; ++line) {
            if (line == 0)
                text += word + QStringLiteral("start ");
            if (line == lines / 2)
                text += word + QStringLiteral("middle ");
            text += QStringLiteral("Line %1: Grüße aus Zürich, 🦘 hops over 日本語 text, then on. ")
                        .arg(line);
            if (line % 7 == 6)
                text += QLatin1Char('\n');
        }
        return text + word + QStringLiteral("end");
    }

    /// `text` in deltas of about `size` UTF-16 units, never between the two halves
    /// of a character, as a provider's deltas come.
    static QList<QStringView> deltas(const QString &text, qsizetype size)
    {
        QList<QStringView> pieces;
        for (qsizetype at = 0; at < text.size();) {
            qsizetype length = qMin(size, text.size() - at);
            if (at + length < text.size() && text.at(at + length).isLowSurrogate())
                ++length;
            pieces.append(QStringView(text).mid(at, length));
            at += length;
        }
        return pieces;
    }

    /// Streams `content` and `thinking` as a fast model would: deltas of a few
    /// kilobytes, committed as they come.
    static void streamInBatches(StreamingAppender &appender, const QString &content, const QString &thinking)
    {
        const QList<QStringView> text = deltas(content, 3'000);
        const QList<QStringView> thought = deltas(thinking, 3'000);
        for (qsizetype i = 0; i < qMax(text.size(), thought.size()); ++i) {
            QVERIFY(appender.append(text.value(i), thought.value(i)));
            if (i % 10 == 9)
                QVERIFY(appender.flush());
        }
    }

    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Vault> m_vault;
    Message m_draft;
};

QTEST_GUILESS_MAIN(TestStreamingAppender)
#include "TestStreamingAppender.moc"
