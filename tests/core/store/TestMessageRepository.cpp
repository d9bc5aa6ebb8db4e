// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/MessageRepository.h"

#include "core/store/AgentLaneRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/Vault.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QCryptographicHash>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

class TestMessageRepository final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_vault = createVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
        Conversation conversation;
        conversation.title = QStringLiteral("messages");
        auto created = ConversationRepository(*m_vault).create(conversation);
        QVERIFY(created);
        m_conversation = created->id;
    }
    void cleanup()
    {
        m_vault.reset();
        m_temp.reset();
    }

    void appendAndListRoundTripEveryField()
    {
        MessageRepository repository(*m_vault);
        Message question;
        question.conversationId = m_conversation;
        question.turnId = QStringLiteral("turn-1");
        question.role = Role::User;
        question.content = QStringLiteral("What is in this picture? 🖼️");
        question.mode = Mode::Thinking;
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(300, '\x01');
        question.attachments.append(Attachment{0, QStringLiteral("image/png"), png, QSize(640, 480), {}, {}});
        auto storedQuestion = repository.append(question);
        QVERIFY(storedQuestion);

        Message answer;
        answer.conversationId = m_conversation;
        answer.parentId = storedQuestion->id;
        answer.turnId = QStringLiteral("turn-1");
        answer.role = Role::Assistant;
        answer.content = QStringLiteral("A cat.");
        answer.thinking = QStringLiteral("Whiskers, therefore cat.");
        answer.mode = Mode::Thinking;
        answer.provider = QStringLiteral("local");
        answer.model = QStringLiteral("llava");
        answer.usage = Usage{120, 7};
        answer.status = MessageStatus::Error;
        answer.errorText = QStringLiteral("connection dropped");
        QVERIFY(repository.append(answer));

        auto list = repository.list(m_conversation);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        const Message &q = list->at(0);
        QCOMPARE(q.content, question.content);
        QCOMPARE(q.role, Role::User);
        QCOMPARE(q.usage, std::optional<Usage>());
        QCOMPARE(q.attachments.size(), 1);
        QCOMPARE(q.attachments.first().data, png);
        QCOMPARE(q.attachments.first().pixelSize, QSize(640, 480));
        QCOMPARE(q.attachments.first().sha256, QCryptographicHash::hash(png, QCryptographicHash::Sha256));
        const Message &a = list->at(1);
        QCOMPARE(a.parentId, storedQuestion->id);
        QCOMPARE(a.turnId, QStringLiteral("turn-1"));
        QCOMPARE(a.thinking, answer.thinking);
        QCOMPARE(a.provider, answer.provider);
        QCOMPARE(a.model, answer.model);
        QCOMPARE(a.usage, answer.usage);
        QCOMPARE(a.status, MessageStatus::Error);
        QCOMPARE(a.errorText, answer.errorText);
        QCOMPARE(a.mode, Mode::Thinking);

        // Metadata only: no bytes, but the hash and size to fetch them later.
        auto light = repository.list(m_conversation, AttachmentLoading::MetadataOnly);
        QVERIFY(light);
        QVERIFY(light->at(0).attachments.first().data.isEmpty());
        const auto attachmentId = light->at(0).attachments.first().id;
        QCOMPARE(*repository.attachmentData(attachmentId), png);
        QVERIFY(m_vault->takeChanges().messages.contains(m_conversation));
    }

    void streamingStatusIsStoredAsPartial()
    {
        Message message;
        message.conversationId = m_conversation;
        message.status = MessageStatus::Streaming;
        auto stored = MessageRepository(*m_vault).append(message);
        QVERIFY(stored);
        QCOMPARE(MessageRepository(*m_vault).get(stored->id)->status, MessageStatus::Partial);
    }

    void appendToAMissingConversationFails()
    {
        Message message;
        message.conversationId = 4242;
        auto stored = MessageRepository(*m_vault).append(message);
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, VaultError::NotFound);
    }

    void updateAndSetStatus()
    {
        MessageRepository repository(*m_vault);
        Message message;
        message.conversationId = m_conversation;
        message.role = Role::Assistant;
        message.content = QStringLiteral("draft");
        auto stored = repository.append(message);
        QVERIFY(stored);
        Message changed = *stored;
        changed.content = QStringLiteral("final");
        changed.usage = Usage{1, 2};
        QVERIFY(repository.update(changed));
        QVERIFY(repository.setStatus(stored->id, MessageStatus::Cancelled, QStringLiteral("stopped")));
        auto got = repository.get(stored->id);
        QVERIFY(got);
        QCOMPARE(got->content, QStringLiteral("final"));
        QCOMPARE(got->usage, changed.usage);
        QCOMPARE(got->status, MessageStatus::Cancelled);
        QCOMPARE(got->errorText, QStringLiteral("stopped"));
        changed.id = 777;
        QCOMPARE(repository.update(changed).error().code, VaultError::NotFound);
    }

    void removingAParentKeepsItsRegenerations()
    {
        MessageRepository repository(*m_vault);
        Message first;
        first.conversationId = m_conversation;
        first.content = QStringLiteral("first answer");
        auto original = repository.append(first);
        QVERIFY(original);
        Message regenerated = first;
        regenerated.parentId = original->id;
        regenerated.content = QStringLiteral("second answer");
        auto second = repository.append(regenerated);
        QVERIFY(second);
        QVERIFY(repository.remove(original->id));
        auto got = repository.get(second->id);
        QVERIFY(got);
        QCOMPARE(got->parentId, qint64(0));
        QCOMPARE(*repository.count(m_conversation), qint64(1));
    }

    void removingTheOnlyVersionJoinsWhatFollowedToItsParent()
    {
        // q1 → a1 → q2 → a2; q2 goes: a2 follows a1.
        MessageRepository repository(*m_vault);
        const auto add = [&](qint64 parent, Role role, const char *text) {
            return append(repository, parent, role, text);
        };
        const qint64 q1 = add(0, Role::User, "q1");
        const qint64 a1 = add(q1, Role::Assistant, "a1");
        const qint64 q2 = add(a1, Role::User, "q2");
        const qint64 a2 = add(q2, Role::Assistant, "a2");
        QVERIFY(repository.remove(q2));
        QCOMPARE(repository.get(a2)->parentId, a1);
        QCOMPARE(*repository.count(m_conversation), qint64(3));
    }

    void removingOneVersionTakesItsBranch()
    {
        // q1 → a1 → {q2 → a2 → q3, q2' → a2'}; q2 goes with a2 and q3; q2' stays.
        MessageRepository repository(*m_vault);
        const auto add = [&](qint64 parent, Role role, const char *text) {
            return append(repository, parent, role, text);
        };
        const qint64 q1 = add(0, Role::User, "q1");
        const qint64 a1 = add(q1, Role::Assistant, "a1");
        const qint64 q2 = add(a1, Role::User, "q2");
        const qint64 a2 = add(q2, Role::Assistant, "a2");
        add(a2, Role::User, "q3");
        const qint64 q2edited = add(a1, Role::User, "q2'");
        const qint64 a2edited = add(q2edited, Role::Assistant, "a2'");
        QVERIFY(repository.remove(q2));
        QCOMPARE(*repository.count(m_conversation), qint64(4));
        QVERIFY(!repository.get(a2));
        QCOMPARE(repository.get(q2edited)->parentId, a1);
        QCOMPARE(repository.get(a2edited)->parentId, q2edited);
    }

    void latestPageOpensALongConversationAtItsEnd()
    {
        MessageRepository repository(*m_vault);
        auto transaction = m_vault->transaction();
        QVERIFY(transaction);
        for (int i = 0; i < 50; ++i) {
            Message message;
            message.conversationId = m_conversation;
            message.content = QString::number(i);
            QVERIFY(repository.append(message));
        }
        QVERIFY(transaction->commit());
        auto last = repository.listLatest(m_conversation, 10);
        QVERIFY(last);
        QCOMPARE(last->size(), 10);
        QCOMPARE(last->first().content, QStringLiteral("40"));
        QCOMPARE(last->last().content, QStringLiteral("49"));
        auto before = repository.listLatest(m_conversation, 10, last->first().id);
        QVERIFY(before);
        QCOMPARE(before->first().content, QStringLiteral("30"));
        QCOMPARE(before->last().content, QStringLiteral("39"));
    }

    void agentLanesAreKeptPerTurn()
    {
        AgentLaneRepository lanes(*m_vault);
        for (int agent = 0; agent < 3; ++agent) {
            AgentLane lane;
            lane.conversationId = m_conversation;
            lane.turnId = QStringLiteral("turn-c");
            lane.agentIndex = agent;
            lane.model = QStringLiteral("model-%1").arg(agent);
            lane.text = QStringLiteral("answer %1").arg(agent);
            lane.status = MessageStatus::Streaming;
            QVERIFY(lanes.save(lane));
        }
        AgentLane failed;
        failed.conversationId = m_conversation;
        failed.turnId = QStringLiteral("turn-c");
        failed.agentIndex = 2;
        failed.status = MessageStatus::Error;
        failed.errorText = QStringLiteral("timed out");
        auto saved = lanes.save(failed); // replaces agent 2's lane
        QVERIFY(saved);
        QCOMPARE(saved->status, MessageStatus::Error);

        Message synthesis;
        synthesis.conversationId = m_conversation;
        synthesis.turnId = QStringLiteral("turn-c");
        synthesis.role = Role::Assistant;
        synthesis.mode = Mode::Contemplating;
        auto stored = MessageRepository(*m_vault).append(synthesis);
        QVERIFY(stored);
        QVERIFY(lanes.attachToMessage(QStringLiteral("turn-c"), stored->id));
        auto list = lanes.listForTurn(QStringLiteral("turn-c"));
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).status, MessageStatus::Partial);
        QCOMPARE(list->at(1).text, QStringLiteral("answer 1"));
        QCOMPARE(list->at(2).errorText, QStringLiteral("timed out"));
        QCOMPARE(list->at(2).messageId, stored->id);
        QVERIFY(ConversationRepository(*m_vault).remove(m_conversation));
        QVERIFY(lanes.listForConversation(m_conversation)->isEmpty());
    }

    void nestedTransactionsRollBackTogether()
    {
        MessageRepository repository(*m_vault);
        {
            auto outer = m_vault->transaction();
            QVERIFY(outer);
            Message message;
            message.conversationId = m_conversation;
            QVERIFY(repository.append(message)); // a savepoint inside
            // `outer` is dropped without commit: everything goes
        }
        QCOMPARE(*repository.count(m_conversation), qint64(0));
    }

private:
    /// A message of the test conversation following `parent`; its id.
    qint64 append(MessageRepository &repository, qint64 parent, Role role, const char *text)
    {
        Message m;
        m.conversationId = m_conversation;
        m.parentId = parent;
        m.role = role;
        m.content = QString::fromLatin1(text);
        auto stored = repository.append(m);
        return stored ? stored->id : 0;
    }

    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Vault> m_vault;
    qint64 m_conversation = 0;
};

QTEST_GUILESS_MAIN(TestMessageRepository)
#include "TestMessageRepository.moc"
