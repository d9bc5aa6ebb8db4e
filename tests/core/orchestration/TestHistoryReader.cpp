// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// HistoryReader reads a turn's history from the vault on the vault's thread,
// from the newest message back, only as far as the budget could reach. What
// ContextBudget::fit() then sends must be exactly what it would send over the
// whole conversation held in memory (the way the window worked before it held
// only the tree), for any budget, with system messages and images among them.
#include "core/chat/ConversationPath.h"
#include "core/orchestration/ContextBudget.h"
#include "core/orchestration/HistoryReader.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/Vault.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

QList<qint64> idsOf(const QList<Message> &messages)
{
    QList<qint64> ids;
    for (const Message &message : messages)
        ids << message.id;
    return ids;
}

} // namespace

class TestHistoryReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_vault = createVault(Profile(m_profile->path()));
        QVERIFY(m_vault);
        auto conversation = ConversationRepository(*m_vault).create(Conversation());
        QVERIFY(conversation);
        // 60 turns of varied length; a system message at the start and one midway;
        // an image now and then; a regenerated answer that is not on the path.
        QRandomGenerator random(60);
        qint64 parent = 0;
        m_all.clear();
        for (int i = 0; i < 123; ++i) {
            Message message;
            message.conversationId = conversation->id;
            message.parentId = parent;
            message.role = i == 0 || i == 61 ? Role::System : (i % 2 ? Role::User : Role::Assistant);
            message.content = QStringLiteral("Message %1 ").arg(i)
                + QString(int(random.bounded(20, 900)), QLatin1Char('w'));
            if (message.role == Role::User && i % 7 == 0) {
                Attachment image;
                image.mimeType = QStringLiteral("image/png");
                image.data = QByteArray("\x89PNG", 4);
                image.pixelSize = QSize(1, 1);
                message.attachments << image;
            }
            auto appended = MessageRepository(*m_vault).append(message);
            QVERIFY(appended);
            if (i == 80) {
                // A second answer to the same question, then the first is chosen again.
                Message other = message;
                other.content = QStringLiteral("Another version");
                QVERIFY(MessageRepository(*m_vault).append(other));
            }
            parent = appended->id;
            m_all << *appended;
        }
        auto tree = MessageRepository(*m_vault).tree(conversation->id);
        QVERIFY(tree);
        QCOMPARE(tree->size(), 124);
        // The newest version would be shown; the first is chosen, so the path is m_all.
        QHash<qint64, qint64> choices;
        choices.insert(m_all.at(79).id, m_all.at(80).id);
        m_path = ConversationPath::path(*tree, choices);
        QCOMPARE(m_path.size(), m_all.size());
    }

    void cleanup()
    {
        m_vault.reset();
        m_profile.reset();
    }

    void readsWhatFitWouldSendOverTheWholeConversation_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<bool>("regenerate");
        for (qint64 budget : {0, 300, 1000, 2000, 5000, 9000, 20000, 1000000}) {
            QTest::addRow("budget %lld, new question", budget) << budget << false;
            QTest::addRow("budget %lld, regenerate", budget) << budget << true;
        }
    }

    void readsWhatFitWouldSendOverTheWholeConversation()
    {
        QFETCH(qint64, budget);
        QFETCH(bool, regenerate);
        const QString systemPrompt = QStringLiteral("Be brief.");
        Message question;
        question.role = Role::User;
        question.content = QStringLiteral("And now?");

        // As it was: the whole conversation in memory.
        QList<Message> whole = m_all;
        QList<PathEntry> path = m_path;
        if (regenerate) {
            // Answer the last question again: the history ends with it.
            while (whole.constLast().role != Role::User) {
                whole.removeLast();
                path.removeLast();
            }
        } else {
            whole << question;
        }
        const ContextFit expected = ContextBudget::fit(whole, systemPrompt, budget);

        // As it is: read on the vault's thread, from the newest back.
        const qint64 alwaysSent
            = ContextBudget::estimate(systemPrompt) + (regenerate ? 0 : ContextBudget::estimate(question));
        auto read = HistoryReader::read(*m_vault, path, budget, alwaysSent);
        QVERIFY(read);
        QList<Message> history = read->messages;
        if (!regenerate)
            history << question;
        const ContextFit fit = ContextBudget::fit(history, systemPrompt, budget);

        QCOMPARE(fit.fits, expected.fits);
        QCOMPARE(idsOf(fit.history), idsOf(expected.history));
        QCOMPARE(fit.withheldMessages + read->unread, expected.withheldMessages);
        QCOMPARE(fit.sentMessages, expected.sentMessages);
        QCOMPARE(fit.estimatedTokens, expected.estimatedTokens);
        // It read little more than it sends: at most the turn that did not fit.
        const qsizetype readCount = read->messages.size();
        QVERIFY2(readCount <= fit.history.size() + 2,
                 qPrintable(QStringLiteral("read %1, sent %2").arg(readCount).arg(fit.history.size())));
        // The images came with their messages.
        for (const Message &sent : std::as_const(fit.history)) {
            for (const Message &original : std::as_const(whole)) {
                if (original.id == sent.id && sent.id != 0)
                    QCOMPARE(sent.attachments.size(), original.attachments.size());
            }
        }
    }

private:
    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<Vault> m_vault;
    QList<Message> m_all; // the path, with text
    QList<PathEntry> m_path;
};

QTEST_GUILESS_MAIN(TestHistoryReader)
#include "TestHistoryReader.moc"
