// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// ChatGPT and Claude exports (tests/data/import, made by make-fixtures.py) imported
// into a real vault: ChatGPT's branches kept as versions with current_node's chosen,
// system, hidden, tool and empty nodes dropped with their children re-linked, a null
// create_time tolerated, the image the .zip holds brought in (sanitised) and the one it
// does not a note; Claude's messages with their thinking and attachments, and its
// branches (parent_message_uuid) kept as versions with the current leaf's chosen; importing
// again adds nothing; a zip bomb (in the conversations or in an image), a path that
// leaves the archive and a truncated zip change nothing; a disk that fills up
// mid-import says so, keeps only whole conversations, and importing again finishes.
#include "core/io/ConversationArchive.h"
#include "core/io/ImportJob.h"
#include "core/io/ImportSniffer.h"
#include "core/store/VaultService.h"
#include "tests/core/io/GeneratedExport.h"
#include "tests/core/store/FailingVfs.h"
#include "tests/core/store/VaultDump.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sotto;
using namespace sotto::test;

namespace {

constexpr char PASSPHRASE[] = "provider import passphrase";

QString fixture(const char *name)
{
    return QStringLiteral(SOTTO_IMPORT_FIXTURES "/") + QLatin1String(name);
}

QDateTime epochMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

class TestProviderImport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { FailingVfs::registerOnce(); }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_vault = std::make_unique<VaultService>();
        VaultCreateOptions options;
        options.kdf = fastKdf();
        QVERIFY(m_vault->create(Profile(m_profile->path()), secret(PASSPHRASE), options).result());
    }

    void cleanup()
    {
        FailingVfs::setBudget(-1);
        m_vault.reset();
        m_profile.reset();
    }

    void theFormatIsFoundInsideAZip()
    {
        QCOMPARE(ImportSniffer::sniff(fixture("chatgpt-export.zip")).value(), ImportFormat::ChatGpt);
        QCOMPARE(ImportSniffer::sniff(fixture("claude-export.zip")).value(), ImportFormat::Claude);
        QCOMPARE(ImportSniffer::sniff(fixture("claude-conversations.json")).value(), ImportFormat::Claude);
    }

    void chatgptBranchesBecomeVersions()
    {
        const ImportOutcome outcome = runImport(fixture("chatgpt-conversations.json"));
        QCOMPARE(outcome.kind, ImportOutcome::Kind::Done);
        QCOMPARE(outcome.format, std::optional<ImportFormat>(ImportFormat::ChatGpt));
        QCOMPARE(outcome.conversations, 2);
        QCOMPARE(outcome.messages, 10);

        const ConversationArchive trip
            = bySource(QStringLiteral("chatgpt:6f0e1c2a-8d4b-4c55-9d3e-2b1f7a9c0e11"));
        QCOMPARE(trip.conversation.title, QStringLiteral("Trip to 東京"));
        QCOMPARE(trip.conversation.createdAt, epochMs(1700000000500));
        QCOMPARE(trip.conversation.updatedAt, epochMs(1700000900750));
        QCOMPARE(trip.messages.size(), 8);
        // The current branch (current_node "a5", through the older answer) is the one shown.
        QStringList visible;
        for (const Message &m : trip.visible())
            visible << m.content;
        QCOMPARE(visible.size(), 4);
        QVERIFY(visible.at(0).contains(QStringLiteral("Plan a day in 東京 with this photo")));
        QCOMPARE(visible.at(1), QStringLiteral("Start in **Asakusa** at Sensō-ji."));
        QCOMPARE(visible.at(2), QStringLiteral("Tell me more"));
        QCOMPARE(visible.at(3), QStringLiteral("Nakamise street has snacks 🍡."));

        const Message question = find(trip, QStringLiteral("Plan a day"));
        const Message older = find(trip, QStringLiteral("Start in **Asakusa**"));
        const Message newer = find(trip, QStringLiteral("Start in Shibuya"));
        // The hidden context node between the question and the answers is gone: both
        // answers follow the question, as versions of one message.
        QCOMPARE(older.parentId, question.id);
        QCOMPARE(newer.parentId, question.id);
        QCOMPARE(question.parentId, qint64(0)); // the system node above it is gone too
        // The tool call and its output are gone: the answer after them follows the
        // answer before them; an empty node is gone the same way.
        QCOMPARE(find(trip, QStringLiteral("The sum is 2.")).parentId, newer.id);
        QCOMPARE(find(trip, QStringLiteral("That is Tokyo Tower.")).parentId,
                 find(trip, QStringLiteral("And this one?")).id);
        for (const Message &m : trip.messages) {
            QVERIFY(m.role == Role::User || m.role == Role::Assistant);
            QVERIFY(!m.content.contains(QStringLiteral("custom instructions")));
            QVERIFY(!m.content.contains(QStringLiteral("print(1 + 1)")));
            QVERIFY(!m.content.trimmed().isEmpty());
        }
        // A null create_time takes the time before it (here the conversation's).
        QCOMPARE(question.createdAt, epochMs(1700000000500));
        QCOMPARE(older.createdAt, epochMs(1700000100250));
        QCOMPARE(older.model, QStringLiteral("gpt-4o"));
        // A bare conversations.json holds no images: each becomes a note.
        QVERIFY(question.content.contains(QStringLiteral("[image not included]")));
        QVERIFY(question.attachments.isEmpty());

        const ConversationArchive sums
            = bySource(QStringLiteral("chatgpt:0b7d3e55-1f2a-4e8b-a6c1-5d9e8f7a6b42"));
        QCOMPARE(sums.messages.size(), 2);
        QCOMPARE(sums.messages.at(1).content, QStringLiteral("4"));
        QVERIFY(sums.messages.at(1).thinking.contains(QStringLiteral("Two and two make four.")));
        QCOMPARE(sums.messages.at(1).parentId, sums.messages.at(0).id);
    }

    void chatgptZipBringsItsImages()
    {
        const ImportOutcome outcome = runImport(fixture("chatgpt-export.zip"));
        QCOMPARE(outcome.kind, ImportOutcome::Kind::Done);
        QCOMPARE(outcome.conversations, 2);
        const ConversationArchive trip
            = bySource(QStringLiteral("chatgpt:6f0e1c2a-8d4b-4c55-9d3e-2b1f7a9c0e11"));
        const Message question = find(trip, QStringLiteral("Plan a day"));
        QCOMPARE(question.attachments.size(), 1);
        QCOMPARE(question.attachments.first().pixelSize, QSize(4, 3));
        QVERIFY(!question.content.contains(QStringLiteral("[image not included]")));
        // The zip does not hold the second image: a note, and the import still succeeds.
        const Message other = find(trip, QStringLiteral("And this one?"));
        QVERIFY(other.attachments.isEmpty());
        QVERIFY(other.content.contains(QStringLiteral("[image not included]")));

        // Again: nothing added, both counted as duplicates.
        const QStringList before = dump();
        const ImportOutcome again = runImport(fixture("chatgpt-export.zip"));
        QCOMPARE(again.kind, ImportOutcome::Kind::Done);
        QCOMPARE(again.conversations, 0);
        QCOMPARE(again.duplicates, 2);
        QCOMPARE(dump(), before);
    }

    void claudeMessagesWithThinkingAndAttachments()
    {
        const ImportOutcome outcome = runImport(fixture("claude-export.zip"));
        QCOMPARE(outcome.kind, ImportOutcome::Kind::Done);
        QCOMPARE(outcome.format, std::optional<ImportFormat>(ImportFormat::Claude));
        QCOMPARE(outcome.conversations, 1);
        QCOMPARE(outcome.messages, 3); // the empty message is dropped
        const ConversationArchive recipe
            = bySource(QStringLiteral("claude:c1a0d9e2-7b3f-4a61-8e25-90f1d2c3b4a5"));
        QCOMPARE(recipe.conversation.title, QStringLiteral("Recipe ideas"));
        QCOMPARE(recipe.conversation.createdAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
        const QList<Message> &m = recipe.messages;
        QCOMPARE(m.size(), 3);
        QCOMPARE(m.at(0).role, Role::User);
        QVERIFY(m.at(0).content.startsWith(QStringLiteral("Give me a recipe")));
        QVERIFY(m.at(0).content.contains(QStringLiteral("eggs, flour")));
        QVERIFY(m.at(0).content.contains(QStringLiteral("[image not included]")));
        QCOMPARE(m.at(1).role, Role::Assistant);
        QCOMPARE(m.at(1).content, QStringLiteral("Pancakes 🥞: whisk, rest, fry."));
        QCOMPARE(m.at(1).thinking, QStringLiteral("They have eggs and flour."));
        QCOMPARE(m.at(1).parentId, m.at(0).id);
        QCOMPARE(m.at(1).createdAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 5), Qt::UTC));
        QCOMPARE(m.at(2).content, QStringLiteral("Thanks, مرحبا"));
        QCOMPARE(m.at(2).parentId, m.at(1).id);
        QCOMPARE(m.at(2).createdAt, m.at(1).createdAt); // a null time takes the one before

        QCOMPARE(runImport(fixture("claude-conversations.json")).duplicates, 1);
    }

    void claudeBranchesKeptAsVersions()
    {
        const ImportOutcome outcome = runImport(fixture("claude-branches.json"));
        QCOMPARE(outcome.kind, ImportOutcome::Kind::Done);
        QCOMPARE(outcome.messages, 5); // the tool-only message is dropped
        const ConversationArchive colours
            = bySource(QStringLiteral("claude:c2b0e1f3-8c4d-4b72-9f36-a1e2d3c4b5a6"));
        const Message question = find(colours, QStringLiteral("Name a colour"));
        const Message blue = find(colours, QStringLiteral("Blue."));
        const Message green = find(colours, QStringLiteral("Green."));
        const Message whyBlue = find(colours, QStringLiteral("Why blue?"));
        const Message whyGreen = find(colours, QStringLiteral("Why green?"));
        // Both answers are versions of the one reply to the question.
        QCOMPARE(blue.parentId, question.id);
        QCOMPARE(green.parentId, question.id);
        QCOMPARE(whyBlue.parentId, blue.id);
        QCOMPARE(whyGreen.parentId, green.id); // re-linked over the dropped message
        QCOMPARE(whyGreen.createdAt, QDateTime(QDate(2024, 6, 2), QTime(9, 5), Qt::UTC));
        // The window shows the current leaf's branch, though it is not the newest answer.
        QStringList shown;
        for (const Message &m : colours.visible())
            shown << m.content;
        QCOMPARE(shown,
                 (QStringList{QStringLiteral("Name a colour"), QStringLiteral("Blue."),
                              QStringLiteral("Why blue?")}));
    }

    void aFullDiskKeepsWholeConversationsAndAgainFinishes()
    {
        // Several batches' worth (ConversationImport::BATCH_MESSAGES).
        constexpr int CONVERSATIONS = 600;
        constexpr int MESSAGES = 12;
        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("conversations.json"));
        QVERIFY(writeChatGptExport(path, CONVERSATIONS, MESSAGES));
        const Profile profile(m_profile->path());

        // What the whole import writes, measured on a vault of its own.
        qint64 whole = 0;
        {
            TempProfile scratchProfile;
            VaultService scratch;
            VaultCreateOptions create;
            create.kdf = fastKdf();
            QVERIFY(scratch.create(Profile(scratchProfile.path()), secret(PASSPHRASE), create).result());
            scratch.lock().waitForFinished();
            VaultOpenOptions counted;
            counted.vfs = FailingVfs::NAME;
            QVERIFY(scratch.unlock(Profile(scratchProfile.path()), secret(PASSPHRASE), counted).result());
            FailingVfs::setBudget(-1);
            QCOMPARE(runImport(path, scratch).kind, ImportOutcome::Kind::Done);
            whole = FailingVfs::writtenBytes();
        }

        // The same vault, reopened on a disk with room for about half of it.
        m_vault->lock().waitForFinished();
        VaultOpenOptions options;
        options.vfs = FailingVfs::NAME;
        QVERIFY(m_vault->unlock(profile, secret(PASSPHRASE), options).result());
        FailingVfs::setBudget(whole / 2);
        const ImportOutcome full = runImport(path);
        QCOMPARE(full.kind, ImportOutcome::Kind::Failed);
        QVERIFY2(full.error.contains(QLatin1String("disk is full")), qPrintable(full.error));
        QVERIFY2(full.conversations > 0 && full.conversations < CONVERSATIONS,
                 qPrintable(QString::number(full.conversations)));
        QCOMPARE(full.messages, full.conversations * MESSAGES);

        // Room again: what was stored is there, each conversation whole.
        FailingVfs::setBudget(-1);
        m_vault->lock().waitForFinished();
        QVERIFY(m_vault->unlock(profile, secret(PASSPHRASE)).result());
        QList<int> sizes = storedSizes();
        QCOMPARE(sizes.size(), full.conversations);
        QCOMPARE(sizes.count(MESSAGES), sizes.size());

        const ImportOutcome again = runImport(path);
        QCOMPARE(again.kind, ImportOutcome::Kind::Done);
        QCOMPARE(again.duplicates, full.conversations);
        QCOMPARE(again.conversations, CONVERSATIONS - full.conversations);
        sizes = storedSizes();
        QCOMPARE(sizes.size(), CONVERSATIONS);
        QCOMPARE(sizes.count(MESSAGES), CONVERSATIONS);
    }

    void aHostileZipChangesNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("why");
        QTest::addRow("a zip bomb") << fixture("bomb.zip") << QStringLiteral("bomb");
        QTest::addRow("a bomb among the images") << fixture("image-bomb.zip") << QStringLiteral("larger");
        QTest::addRow("a path leaving the archive") << fixture("traversal.zip") << QStringLiteral("leaves");
        QTest::addRow("a truncated zip") << QStringLiteral("truncated") << QStringLiteral("zip");
    }

    void aHostileZipChangesNothing()
    {
        QFETCH(QString, path);
        QFETCH(QString, why);
        QTemporaryDir files;
        if (path == QLatin1String("truncated")) {
            QFile whole(fixture("chatgpt-export.zip"));
            QVERIFY(whole.open(QIODevice::ReadOnly));
            const QByteArray bytes = whole.readAll();
            path = files.filePath(QStringLiteral("cut.zip"));
            QFile cut(path);
            QVERIFY(cut.open(QIODevice::WriteOnly));
            cut.write(bytes.left(bytes.size() * 2 / 3));
        }
        QCOMPARE(runImport(fixture("claude-conversations.json")).conversations, 1);
        const QStringList before = dump();
        const ImportOutcome outcome = runImport(path);
        QCOMPARE(outcome.kind, ImportOutcome::Kind::BadInput);
        QVERIFY2(outcome.error.contains(why), qPrintable(outcome.error));
        QCOMPARE(dump(), before);
    }

private:
    ImportOutcome runImport(const QString &path) { return runImport(path, *m_vault); }

    static ImportOutcome runImport(const QString &path, VaultService &vault)
    {
        ImportJob job(vault, path);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        if (!finished.wait(120000))
            return {ImportOutcome::Kind::Failed, std::nullopt, 0, 0, 0, QStringLiteral("no end")};
        return finished.first().first().value<ImportOutcome>();
    }

    /// How many messages each stored conversation has.
    QList<int> storedSizes()
    {
        auto sizes = m_vault
                         ->run([](Vault &vault) {
                             return conversationSizes(vault);
                         })
                         .result();
        return sizes ? *sizes : QList<int>{-1};
    }

    ConversationArchive bySource(const QString &sourceId)
    {
        auto archive = m_vault
                           ->run([sourceId](Vault &vault) -> VaultResult<ConversationArchive> {
                               auto ids = ConversationArchive::allIds(vault);
                               if (!ids)
                                   return Unexpected(ids.error());
                               for (qint64 id : std::as_const(*ids)) {
                                   auto read = ConversationArchive::read(vault, id);
                                   if (read && read->conversation.sourceId == sourceId)
                                       return read;
                               }
                               return vaultError(VaultError::NotFound, QStringLiteral("no ") + sourceId);
                           })
                           .result();
        return archive ? *archive : ConversationArchive();
    }

    static Message find(const ConversationArchive &archive, const QString &start)
    {
        for (const Message &m : archive.messages) {
            if (m.content.startsWith(start))
                return m;
        }
        return {};
    }

    QStringList dump()
    {
        auto lines = m_vault
                         ->run([](Vault &vault) {
                             return dumpVault(vault);
                         })
                         .result();
        return lines ? *lines : QStringList{QStringLiteral("dump failed")};
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<VaultService> m_vault;
};

QTEST_GUILESS_MAIN(TestProviderImport)
#include "TestProviderImport.moc"
