// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/ConversationRepository.h"

#include "core/store/MessageRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Vault.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

Conversation draft(const QString &title, qint64 updatedMs = 0)
{
    Conversation conversation;
    conversation.title = title;
    if (updatedMs) {
        conversation.createdAt = QDateTime::fromMSecsSinceEpoch(updatedMs, Qt::UTC);
        conversation.updatedAt = conversation.createdAt;
    }
    return conversation;
}

QStringList titles(const QList<Conversation> &conversations)
{
    QStringList result;
    for (const Conversation &conversation : conversations)
        result << conversation.title;
    return result;
}

} // namespace

class TestConversationRepository final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempProfile>();
        m_vault = createVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
    }
    void cleanup()
    {
        m_vault.reset();
        m_temp.reset();
    }

    void createAndGetRoundTrip()
    {
        ConversationRepository repository(*m_vault);
        Conversation conversation = draft(QStringLiteral("Trip to Lisbon"));
        conversation.pinned = true;
        conversation.provider = QStringLiteral("local");
        conversation.model = QStringLiteral("qwen3");
        conversation.mode = Mode::Contemplating;
        conversation.localOnly = true;
        auto created = repository.create(conversation);
        QVERIFY(created);
        QVERIFY(created->id > 0);
        QVERIFY(created->createdAt.isValid());
        auto got = repository.get(created->id);
        QVERIFY(got);
        QCOMPARE(got->title, conversation.title);
        QVERIFY(got->pinned);
        QCOMPARE(got->provider, conversation.provider);
        QCOMPARE(got->model, conversation.model);
        QCOMPARE(got->mode, Mode::Contemplating);
        QVERIFY(got->localOnly);
        QCOMPARE(got->createdAt, created->createdAt);
        QVERIFY(m_vault->takeChanges().conversations);
    }

    void eachConversationHasAStableSourceId()
    {
        ConversationRepository repository(*m_vault);
        auto first = repository.create(draft(QStringLiteral("one")));
        auto second = repository.create(draft(QStringLiteral("two")));
        QVERIFY(first && second);
        QVERIFY(first->sourceId.startsWith(QLatin1String("sotto:")));
        QCOMPARE(first->sourceId.size(), 6 + 36);
        QVERIFY(first->sourceId != second->sourceId);
        QCOMPARE(repository.get(first->id)->sourceId, first->sourceId);
        QCOMPARE(repository.findBySource(first->sourceId).value(), first->id);
        QCOMPARE(repository.findBySource(QStringLiteral("chatgpt:none")).value(), qint64(0));
        // An imported conversation keeps where it came from; the same one twice is refused.
        Conversation imported = draft(QStringLiteral("from ChatGPT"));
        imported.sourceId = QStringLiteral("chatgpt:abc");
        auto stored = repository.create(imported);
        QVERIFY(stored);
        QCOMPARE(repository.get(stored->id)->sourceId, QStringLiteral("chatgpt:abc"));
        QVERIFY(!repository.create(imported));
    }

    void incognitoIsRefused()
    {
        Conversation conversation = draft(QStringLiteral("secret"));
        conversation.incognito = true;
        auto created = ConversationRepository(*m_vault).create(conversation);
        QVERIFY(!created);
        QCOMPARE(created.error().code, VaultError::InvalidArgument);
        QCOMPARE(*ConversationRepository(*m_vault).count(), qint64(0));
    }

    void listIsPinnedThenNewestFirstAndPaged()
    {
        ConversationRepository repository(*m_vault);
        QVERIFY(repository.create(draft(QStringLiteral("old"), 1000)));
        auto pinned = repository.create(draft(QStringLiteral("pinned but oldest"), 500));
        QVERIFY(pinned);
        QVERIFY(repository.setPinned(pinned->id, true));
        QVERIFY(repository.create(draft(QStringLiteral("newest"), 3000)));
        QVERIFY(repository.create(draft(QStringLiteral("middle"), 2000)));
        auto all = repository.list();
        QVERIFY(all);
        QCOMPARE(titles(*all),
                 QStringList({QStringLiteral("pinned but oldest"), QStringLiteral("newest"),
                              QStringLiteral("middle"), QStringLiteral("old")}));
        auto page = repository.list(1, 2);
        QVERIFY(page);
        QCOMPARE(titles(*page), QStringList({QStringLiteral("newest"), QStringLiteral("middle")}));
        QCOMPARE(*repository.count(), qint64(4));
    }

    void appendingAMessageMovesItToTheTop()
    {
        ConversationRepository repository(*m_vault);
        auto older = repository.create(draft(QStringLiteral("older"), 1000));
        QVERIFY(repository.create(draft(QStringLiteral("newer"), 2000)));
        QVERIFY(older);
        Message message;
        message.conversationId = older->id;
        message.content = QStringLiteral("hello again");
        QVERIFY(MessageRepository(*m_vault).append(message));
        auto all = repository.list();
        QVERIFY(all);
        QCOMPARE(all->first().title, QStringLiteral("older"));
    }

    void settersChangeOneThing()
    {
        ConversationRepository repository(*m_vault);
        auto created = repository.create(draft(QStringLiteral("before")));
        QVERIFY(created);
        const qint64 id = created->id;
        QVERIFY(repository.rename(id, QStringLiteral("after")));
        QVERIFY(repository.setLocalOnly(id, true));
        QVERIFY(repository.setMode(id, Mode::Thinking));
        QVERIFY(repository.setProvider(id, QStringLiteral("anthropic")));
        QVERIFY(repository.setModel(id, QStringLiteral("claude")));
        auto got = repository.get(id);
        QVERIFY(got);
        QCOMPARE(got->title, QStringLiteral("after"));
        QVERIFY(got->localOnly);
        QCOMPARE(got->mode, Mode::Thinking);
        QCOMPARE(got->provider, QStringLiteral("anthropic"));
        QCOMPARE(got->model, QStringLiteral("claude"));
        QCOMPARE(got->updatedAt, created->updatedAt); // renaming does not reorder
        QCOMPARE(repository.rename(9999, QStringLiteral("x")).error().code, VaultError::NotFound);
        QCOMPARE(repository.get(9999).error().code, VaultError::NotFound);
    }

    void removeCascadesToMessagesAndImages()
    {
        ConversationRepository repository(*m_vault);
        MessageRepository messages(*m_vault);
        auto created = repository.create(draft(QStringLiteral("doomed")));
        QVERIFY(created);
        Message message;
        message.conversationId = created->id;
        message.content = QStringLiteral("with a picture");
        message.attachments.append(
            Attachment{0, QStringLiteral("image/png"), QByteArray(100, 'p'), {}, {}, {}});
        auto stored = messages.append(message);
        QVERIFY(stored);
        QVERIFY(repository.remove(created->id));
        QCOMPARE(repository.get(created->id).error().code, VaultError::NotFound);
        QCOMPARE(messages.get(stored->id).error().code, VaultError::NotFound);
        QCOMPARE(messages.attachmentData(stored->attachments.first().id).error().code, VaultError::NotFound);
        QCOMPARE(repository.remove(created->id).error().code, VaultError::NotFound);
    }

    void retentionRemovesOnlyOldUnpinned()
    {
        ConversationRepository repository(*m_vault);
        const qint64 day = 24 * 3600 * 1000LL;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(repository.create(draft(QStringLiteral("recent"), now - 2 * day)));
        QVERIFY(repository.create(draft(QStringLiteral("ancient"), now - 40 * day)));
        auto kept = repository.create(draft(QStringLiteral("ancient but pinned"), now - 40 * day));
        QVERIFY(kept);
        QVERIFY(repository.setPinned(kept->id, true));
        auto removed = repository.removeOlderThan(QDateTime::currentDateTimeUtc().addDays(-30));
        QVERIFY(removed);
        QCOMPARE(*removed, 1);
        auto all = repository.list();
        QVERIFY(all);
        QCOMPARE(titles(*all), QStringList({QStringLiteral("ancient but pinned"), QStringLiteral("recent")}));
    }

    void retentionSettingIsAppliedAtUnlock()
    {
        const qint64 day = 24 * 3600 * 1000LL;
        ConversationRepository repository(*m_vault);
        QVERIFY(repository.create(
            draft(QStringLiteral("ancient"), QDateTime::currentMSecsSinceEpoch() - 10 * day)));
        QVERIFY(repository.create(draft(QStringLiteral("fresh"))));
        QVERIFY(SettingsRepository(*m_vault).setValue(QString::fromLatin1(SettingsRepository::RETENTION_DAYS),
                                                      QStringLiteral("7")));
        m_vault.reset();
        m_vault = openVault(Profile(m_temp->path()));
        QVERIFY(m_vault);
        QCOMPARE(m_vault->openReport().expiredConversations, 1);
        auto all = ConversationRepository(*m_vault).list();
        QVERIFY(all);
        QCOMPARE(titles(*all), QStringList({QStringLiteral("fresh")}));
    }

private:
    std::unique_ptr<TempProfile> m_temp;
    std::unique_ptr<Vault> m_vault;
};

QTEST_GUILESS_MAIN(TestConversationRepository)
#include "TestConversationRepository.moc"
