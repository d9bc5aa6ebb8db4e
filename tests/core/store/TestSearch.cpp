// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Full-text search on a small real corpus: diacritics folded, bm25 ranking,
// highlighted snippets, hostile input, and deleted conversations gone.
#include "core/store/SearchRepository.h"

#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/StreamingAppender.h"
#include "core/store/Vault.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QTest>

using namespace sotto;
using namespace sotto::test;

class TestSearch final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_vault = createVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
        // A small corpus of the kind people really have.
        m_cv
            = add(QStringLiteral("Job hunting"),
                  {QStringLiteral("Can you improve my résumé? I am applying for a data engineer role."),
                   QStringLiteral("Here is a stronger résumé summary: data engineer with five years of Spark "
                                  "pipelines, Airflow scheduling and warehouse modelling.")});
        m_paella
            = add(QStringLiteral("Paella for six"),
                  {QStringLiteral("What rice do I need for a Valencian paella?"),
                   QStringLiteral("Use bomba or senia rice; never rinse it. Saffron, rosemary and garrofó "
                                  "beans are traditional.")});
        m_french = add(QStringLiteral("Lettre de motivation"),
                       {QStringLiteral("Écris une lettre pour un poste à Zürich."),
                        QStringLiteral("Madame, Monsieur, je souhaite rejoindre votre équipe à Zürich…")});
        m_resumeTitle = add(QStringLiteral("Resume template"), {QStringLiteral("A plain layout, please.")});
        Message thinking;
        thinking.conversationId = m_paella;
        thinking.role = Role::Assistant;
        thinking.content = QStringLiteral("Serves six.");
        thinking.thinking = QStringLiteral("The socarrat forms when the liquid is gone.");
        QVERIFY(MessageRepository(*m_vault).append(thinking));
    }
    void cleanup()
    {
        m_vault.reset();
        m_temp.reset();
    }

    qint64 add(const QString &title, const QStringList &texts)
    {
        Conversation conversation;
        conversation.title = title;
        auto created = ConversationRepository(*m_vault).create(conversation);
        if (!created)
            return 0;
        Role role = Role::User;
        for (const QString &text : texts) {
            Message message;
            message.conversationId = created->id;
            message.role = role;
            message.content = text;
            if (!MessageRepository(*m_vault).append(message))
                return 0;
            role = role == Role::User ? Role::Assistant : Role::User;
        }
        return created->id;
    }

    QList<SearchHit> search(const QString &query)
    {
        auto hits = SearchRepository(*m_vault).search(query);
        if (!hits) {
            QTest::qFail(qPrintable(hits.error().detail), __FILE__, __LINE__);
            return {};
        }
        return *hits;
    }

    void diacriticsAreFolded_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("highlighted");
        QTest::addRow("resume finds résumé") << QStringLiteral("resume") << QStringLiteral("résumé");
        QTest::addRow("zurich finds Zürich") << QStringLiteral("zurich") << QStringLiteral("Zürich");
        QTest::addRow("EQUIPE finds équipe") << QStringLiteral("EQUIPE") << QStringLiteral("équipe");
        QTest::addRow("garrofo finds garrofó") << QStringLiteral("garrofo") << QStringLiteral("garrofó");
    }

    void diacriticsAreFolded()
    {
        QFETCH(QString, query);
        QFETCH(QString, highlighted);
        const auto hits = search(query);
        QVERIFY(!hits.isEmpty());
        bool found = false;
        for (const SearchHit &hit : hits) {
            for (const auto &[start, length] : hit.highlights)
                found |= hit.snippet.mid(start, length) == highlighted;
        }
        QVERIFY2(found, qPrintable(hits.first().snippet));
    }

    void rankingPrefersTitlesAndDenserMatches()
    {
        const auto hits = search(QStringLiteral("resume"));
        // The conversation named "Resume template" first, then the message that
        // is about résumés most densely.
        QVERIFY(hits.size() >= 3);
        QCOMPARE(hits.at(0).conversationId, m_resumeTitle);
        QCOMPARE(hits.at(0).messageId, qint64(0));
        QCOMPARE(hits.at(0).markedSnippet(QStringLiteral("["), QStringLiteral("]")),
                 QStringLiteral("[Resume] template"));
        QCOMPARE(hits.at(1).conversationId, m_cv);
        QCOMPARE(hits.at(1).conversationTitle, QStringLiteral("Job hunting"));
        QVERIFY(hits.at(1).score <= hits.at(2).score);
    }

    void allWordsMustMatch()
    {
        QCOMPARE(search(QStringLiteral("data engineer")).size(), 2);
        QVERIFY(search(QStringLiteral("data engin")).isEmpty());
        QVERIFY(search(QStringLiteral("data paella")).isEmpty());
    }

    void theLastWordCanBeAPrefix()
    {
        SearchOptions options;
        options.prefixLastWord = true;
        auto hits = SearchRepository(*m_vault).search(QStringLiteral("data engin"), options);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        for (const SearchHit &hit : *hits)
            QCOMPARE(hit.conversationId, m_cv);
        QCOMPARE(SearchRepository::matchExpression(QStringLiteral("a \"b\" c"), true),
                 QStringLiteral("\"a\" \"b\" \"c\"*"));
    }

    void broadQueriesRankTheNewestCandidates()
    {
        // With one candidate per index, only the newest match of each is ranked.
        SearchOptions options;
        options.candidates = 1;
        auto hits = SearchRepository(*m_vault).search(QStringLiteral("resume"), options);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).conversationId, m_resumeTitle); // the title index's only candidate
        QCOMPARE(hits->at(1).conversationId, m_cv); // the newest message about résumés
        QCOMPARE(hits->at(1).snippet.contains(QLatin1String("summary")), true);
    }

    void thinkingIsSearchedToo()
    {
        const auto hits = search(QStringLiteral("socarrat"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().conversationId, m_paella);
        QCOMPARE(hits.first().role, Role::Assistant);
        QCOMPARE(hits.first().htmlSnippet(),
                 QStringLiteral("The <b>socarrat</b> forms when the liquid is gone."));
    }

    void snippetsAreShortAndMarked()
    {
        const auto hits = search(QStringLiteral("airflow"));
        QCOMPARE(hits.size(), 1);
        const SearchHit &hit = hits.first();
        QCOMPARE(hit.highlights.size(), 1);
        QCOMPARE(hit.snippet.mid(hit.highlights.first().first, hit.highlights.first().second),
                 QStringLiteral("Airflow"));
        QVERIFY(hit.snippet.startsWith(QStringLiteral("…")));
        QVERIFY(!hit.snippet.contains(QChar(0xE000)));
    }

    void hostileInputIsJustWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::addRow("unbalanced quote") << QStringLiteral("\"rice") << 2;
        QTest::addRow("fts operators") << QStringLiteral("rice AND NOT (bomba") << 0;
        QTest::addRow("column filter") << QStringLiteral("content:rice") << 0;
        QTest::addRow("star and caret") << QStringLiteral("^rice*") << 2;
        QTest::addRow("near is a word") << QStringLiteral("NEAR(rice bomba)") << 0;
        QTest::addRow("only punctuation") << QStringLiteral("\"*()-:^") << 0;
        QTest::addRow("empty") << QString() << 0;
        QTest::addRow("sql") << QStringLiteral("'); DROP TABLE messages; --") << 0;
    }

    void hostileInputIsJustWords()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        auto result = SearchRepository(*m_vault).search(query);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().detail));
        QCOMPARE(result->size(), hits);
        QVERIFY(!search(QStringLiteral("rice")).isEmpty());
    }

    void deletedConversationsAreNotFound()
    {
        QVERIFY(!search(QStringLiteral("bomba")).isEmpty());
        QVERIFY(!search(QStringLiteral("paella")).isEmpty());
        QVERIFY(ConversationRepository(*m_vault).remove(m_paella));
        QVERIFY(search(QStringLiteral("bomba")).isEmpty());
        QVERIFY(search(QStringLiteral("paella")).isEmpty());
        QVERIFY(search(QStringLiteral("socarrat")).isEmpty());
        auto check = m_vault->checkIntegrity();
        QVERIFY(check && check->ok);
    }

    void editsAndRenamesAreReindexed()
    {
        QVERIFY(ConversationRepository(*m_vault).rename(m_french, QStringLiteral("Cover letter")));
        QVERIFY(search(QStringLiteral("motivation")).isEmpty());
        QCOMPARE(search(QStringLiteral("cover")).size(), 1);
        auto messages = MessageRepository(*m_vault).list(m_french);
        QVERIFY(messages);
        Message edited = messages->first();
        edited.content = QStringLiteral("Write a letter for a job in Geneva.");
        QVERIFY(MessageRepository(*m_vault).update(edited));
        QCOMPARE(search(QStringLiteral("geneva")).size(), 1);
        QCOMPARE(search(QStringLiteral("zurich")).size(), 1); // only the answer still says it
    }

    void streamedTextIsSearchable()
    {
        Message draft;
        draft.conversationId = m_cv;
        draft.role = Role::Assistant;
        auto begun = StreamingAppender::begin(*m_vault, draft);
        QVERIFY(begun);
        QVERIFY((*begun)->append(u"Kubernetes "));
        QVERIFY((*begun)->flush());
        QCOMPARE(search(QStringLiteral("kubernetes")).size(), 1);
        QVERIFY((*begun)->append(u"and Terraform"));
        QVERIFY((*begun)->finish(MessageStatus::Complete));
        QCOMPARE(search(QStringLiteral("kubernetes terraform")).size(), 1);
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Vault> m_vault;
    qint64 m_cv = 0;
    qint64 m_paella = 0;
    qint64 m_french = 0;
    qint64 m_resumeTitle = 0;
};

QTEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"
