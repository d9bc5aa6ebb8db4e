// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/orchestration/Session.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/VaultService.h"
#include "tests/support/TempProfile.h"
#include "ui/chat/ConversationListModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPoint>
#include <QSignalSpy>
#include <QTest>

using namespace sotto;
using namespace sotto::ui;

class TestConversationListModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        m_session = std::make_unique<Session>(Profile(m_profile->path()));
        QSignalSpy unlocked(m_session.get(), &Session::unlocked);
        m_session->create(QStringLiteral("list model passphrase"));
        QVERIFY(unlocked.wait(20000));
        // Three conversations; the middle one pinned; one message mentions a "résumé".
        auto done = m_session->vault().run([](Vault &vault) -> VaultResult<bool> {
            ConversationRepository conversations(vault);
            MessageRepository messages(vault);
            const QStringList titles
                = {QStringLiteral("Oldest"), QStringLiteral("Pinned one"), QStringLiteral("Newest")};
            for (const QString &title : titles) {
                Conversation c;
                c.title = title;
                c.pinned = title.startsWith(QLatin1String("Pinned"));
                auto stored = conversations.create(c);
                if (!stored)
                    return Unexpected(stored.error());
                Message m;
                m.conversationId = stored->id;
                m.content = title == QLatin1String("Oldest") ? QStringLiteral("How long is a good résumé?")
                                                             : QStringLiteral("Something else");
                if (auto appended = messages.append(m); !appended)
                    return Unexpected(appended.error());
                QTest::qSleep(5); // distinct update times
            }
            return true;
        });
        done.waitForFinished();
        QVERIFY(done.result().has_value());
        m_model = std::make_unique<ConversationListModel>(m_session->conversations());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
    }

    void pinnedFirstThenNewest()
    {
        QSignalSpy reloaded(m_model.get(), &ConversationListModel::reloaded);
        m_model->reload();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("Pinned one"));
        QVERIFY(m_model->index(0).data(ConversationListModel::PinnedRole).toBool());
        QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("Newest"));
        QCOMPARE(m_model->index(2).data().toString(), QStringLiteral("Oldest"));
    }

    void filterUsesFullTextSearch()
    {
        QSignalSpy reloaded(m_model.get(), &ConversationListModel::reloaded);
        m_model->setFilter(QStringLiteral("resume"));
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("Oldest"));
        QVERIFY(m_model->index(0)
                    .data(ConversationListModel::SnippetRole)
                    .toString()
                    .contains(QStringLiteral("résumé")));
        m_model->setFilter(QString());
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(m_model->rowCount(), 3);
    }

    void groupsByDate_data()
    {
        QTest::addColumn<QDate>("updated");
        QTest::addColumn<bool>("pinned");
        QTest::addColumn<QString>("group");
        const QDate today(2026, 12, 6);
        QTest::addRow("pinned, whenever") << QDate(2024, 1, 2) << true << QStringLiteral("Pinned");
        QTest::addRow("today") << today << false << QStringLiteral("Today");
        QTest::addRow("yesterday") << today.addDays(-1) << false << QStringLiteral("Yesterday");
        QTest::addRow("two days ago") << today.addDays(-2) << false << QStringLiteral("Previous 7 days");
        QTest::addRow("a week ago") << today.addDays(-7) << false << QStringLiteral("Previous 7 days");
        QTest::addRow("eight days ago") << today.addDays(-8) << false << QStringLiteral("Previous 30 days");
        QTest::addRow("thirty days ago") << today.addDays(-30) << false << QStringLiteral("Previous 30 days");
        QTest::addRow("earlier this year") << QDate(2026, 3, 14) << false << QLocale().standaloneMonthName(3);
        QTest::addRow("last year") << QDate(2025, 11, 20) << false
                                   << QLocale().toString(QDate(2025, 11, 20), QStringLiteral("MMMM yyyy"));
        QTest::addRow("a clock running ahead") << today.addDays(1) << false << QStringLiteral("Today");
    }

    void groupsByDate()
    {
        QFETCH(QDate, updated);
        QFETCH(bool, pinned);
        QFETCH(QString, group);
        const QDateTime at(updated, QTime(12, 0));
        QCOMPARE(ConversationListModel::groupOf(at.toUTC(), pinned, QDate(2026, 12, 6)), group);
    }

    void rowsCarryTheirGroupExceptInASearch()
    {
        QSignalSpy reloaded(m_model.get(), &ConversationListModel::reloaded);
        m_model->setToday(QDate::currentDate());
        m_model->reload();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(m_model->index(0).data(ConversationListModel::GroupRole).toString(),
                 QStringLiteral("Pinned"));
        QCOMPARE(m_model->index(1).data(ConversationListModel::GroupRole).toString(),
                 QStringLiteral("Today"));
        QCOMPARE(m_model->index(2).data(ConversationListModel::GroupRole).toString(),
                 QStringLiteral("Today"));
        // The whole title is the tooltip's first line (the row may elide it).
        QVERIFY(m_model->index(1).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Newest\n")));

        m_model->setFilter(QStringLiteral("resume"));
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(ConversationListModel::GroupRole).toString(), QString());
        // Where the words found are in the snippet, and which message it is from.
        const QString snippet = m_model->index(0).data(ConversationListModel::SnippetRole).toString();
        const QVariantList highlights
            = m_model->index(0).data(ConversationListModel::HighlightsRole).toList();
        QCOMPARE(highlights.size(), 1);
        const QPoint range = highlights.constFirst().toPoint();
        QCOMPARE(snippet.mid(range.x(), range.y()), QStringLiteral("résumé"));
        QVERIFY(m_model->index(0).data(ConversationListModel::HitMessageRole).toLongLong() > 0);
    }

    void renameIsStored()
    {
        QSignalSpy reloaded(m_model.get(), &ConversationListModel::reloaded);
        m_model->reload();
        QVERIFY(reloaded.wait(10000));
        QVERIFY(m_model->setData(m_model->index(1), QStringLiteral("  Renamed   newest ")));
        QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("Renamed newest"));
        QVERIFY(!m_model->setData(m_model->index(1), QStringLiteral("   "))); // an empty title is refused
        QVERIFY(reloaded.wait(10000)); // the vault's change signal reloads the list
        QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("Pinned one")); // pinned stays on top
        QCOMPARE(m_model->index(1).data().toString(),
                 QStringLiteral("Renamed newest")); // read back from the vault
    }

    void deleteCanBeUndoneOrCommitted()
    {
        QSignalSpy reloaded(m_model.get(), &ConversationListModel::reloaded);
        m_model->reload();
        QVERIFY(reloaded.wait(10000));
        const qint64 id = m_model->index(2).data(ConversationListModel::IdRole).toLongLong();
        m_model->markDeleted(id);
        QCOMPARE(m_model->rowCount(), 2);
        m_model->undoDelete();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(m_model->rowCount(), 3);

        m_model->markDeleted(id);
        m_model->commitDeletions();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOf(id), -1);
        auto gone = m_session->vault().run([id](Vault &vault) {
            return ConversationRepository(vault).get(id);
        });
        gone.waitForFinished();
        QCOMPARE(gone.result().error().code, VaultError::NotFound);
    }

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ConversationListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestConversationListModel)
#include "TestConversationListModel.moc"
