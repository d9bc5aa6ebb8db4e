// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/chat/ConversationPath.h"

#include <QTest>

using namespace sotto;

namespace {

Message message(qint64 id, qint64 parentId, Role role)
{
    Message m;
    m.id = id;
    m.parentId = parentId;
    m.role = role;
    m.content = QStringLiteral("message %1").arg(id);
    return m;
}

QList<qint64> idsOf(const QList<ChatEntry> &entries)
{
    QList<qint64> ids;
    for (const ChatEntry &entry : entries)
        ids << entry.message.id;
    return ids;
}

/// A question (1) answered three times (2, 3, 5), the second answer followed
/// up (4 → 6), and the question edited once (7, answered by 8).
QList<Message> branchingConversation()
{
    return {
        message(1, 0, Role::User), message(2, 1, Role::Assistant), message(3, 1, Role::Assistant),
        message(4, 3, Role::User), message(5, 1, Role::Assistant), message(6, 4, Role::Assistant),
        message(7, 0, Role::User), message(8, 7, Role::Assistant),
    };
}

} // namespace

class TestConversationPath final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aListWithoutParentsIsShownAsItIs()
    {
        const QList<Message> messages{message(10, 0, Role::User), message(11, 0, Role::Assistant),
                                      message(12, 0, Role::User)};
        const QList<ChatEntry> entries = ConversationPath::entries(messages);
        QCOMPARE(idsOf(entries), (QList<qint64>{10, 11, 12}));
        for (const ChatEntry &entry : entries) {
            QCOMPARE(entry.version, 1);
            QCOMPARE(entry.versionCount, 1);
        }
    }

    void theNewestVersionIsShownUnlessAnotherWasChosen()
    {
        const QList<Message> messages = branchingConversation();
        // The edited question (7) is newest, so it and its answer are shown.
        QList<ChatEntry> entries = ConversationPath::entries(messages);
        QCOMPARE(idsOf(entries), (QList<qint64>{7, 8}));
        QCOMPARE(entries.at(0).version, 2);
        QCOMPARE(entries.at(0).versionCount, 2);
        QCOMPARE(entries.at(1).versionCount, 1);

        // Back to the first question, its second answer and the follow-up.
        entries = ConversationPath::entries(messages, {{0, 1}, {1, 3}});
        QCOMPARE(idsOf(entries), (QList<qint64>{1, 3, 4, 6}));
        QCOMPARE(entries.at(1).version, 2);
        QCOMPARE(entries.at(1).versionCount, 3);
        QCOMPARE(entries.at(2).versionCount, 1);

        // Its newest answer when none was chosen.
        entries = ConversationPath::entries(messages, {{0, 1}});
        QCOMPARE(idsOf(entries), (QList<qint64>{1, 5}));
        QCOMPARE(entries.at(1).version, 3);
    }

    void entriesAgreeWithVersionsOfEveryMessage()
    {
        const QList<Message> messages = branchingConversation();
        const QList<QHash<qint64, qint64>> choices{{}, {{0, 1}}, {{0, 1}, {1, 2}}, {{0, 1}, {1, 3}}};
        for (const auto &choice : choices) {
            for (const ChatEntry &entry : ConversationPath::entries(messages, choice)) {
                const QList<qint64> versions = ConversationPath::versionsOf(messages, entry.message.id);
                QCOMPARE(entry.versionCount, versions.size());
                QCOMPARE(entry.version, versions.indexOf(entry.message.id) + 1);
            }
        }
    }

    void aMessageWhoseParentIsGoneStartsTheConversation()
    {
        // The question (1) was deleted; its answer remains and is shown.
        const QList<Message> messages{message(2, 1, Role::Assistant), message(3, 2, Role::User)};
        QCOMPARE(idsOf(ConversationPath::entries(messages)), (QList<qint64>{2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestConversationPath)
#include "TestConversationPath.moc"
