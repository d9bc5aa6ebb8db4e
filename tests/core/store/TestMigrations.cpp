// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Every earlier schema version migrates to the current one with its data
// intact, after a backup, in two ways:
// - vaults built by today's code up to each version and seeded (SEEDS: one SQL
//   script per earlier version, written against that version's tables, as a user
//   of that version would have them);
// - the frozen vault files of tests/data/vaults, made once by the code of each
//   version (FrozenVaults.h), among them one killed mid-stream. Each must come
//   out with the schema of a new vault, and each names the digests of the
//   migrations that made it, so editing a shipped migration fails here.
// A new schema version fails the *CoverEveryEarlierVersion() tests until its
// predecessor has a seed and a frozen vault, so every future version is covered.
#include "core/store/Vault.h"

#include "core/store/AgentLaneRepository.h"
#include "core/store/AuditRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/ProviderRepository.h"
#include "core/store/RedactionRepository.h"
#include "core/store/Schema.h"
#include "core/store/SearchRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/VaultBackups.h"
#include "tests/core/store/FrozenVaults.h"
#include "tests/core/store/MigrationSeeds.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

const QList<const char *> &SEEDS = migrationSeeds();

/// The seeded rows (MigrationSeeds.h) of a vault that started at `version`,
/// read back through today's repositories.
void verifySeededContent(Vault &vault, int version)
{
    if (version >= 1) {
        auto conversation = ConversationRepository(vault).get(7);
        QVERIFY(conversation);
        QCOMPARE(conversation->title, QStringLiteral("Seeded conversation"));
        QVERIFY(conversation->pinned);
        QVERIFY(conversation->localOnly);
        QCOMPARE(conversation->mode, Mode::Thinking);
        // Version 11 gives every conversation kept from before a stable source id (a UUID).
        QVERIFY2(
            QRegularExpression(
                QStringLiteral("^sotto:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                .match(conversation->sourceId)
                .hasMatch(),
            qPrintable(conversation->sourceId));
        QCOMPARE(ConversationRepository(vault).findBySource(conversation->sourceId).value(), qint64(7));

        auto messages = MessageRepository(vault).list(7);
        QVERIFY(messages);
        QVERIFY(messages->size() >= 2);
        QCOMPARE(messages->at(0).content, QStringLiteral("Where did I put my résumé?"));
        QCOMPARE(messages->at(0).attachments.size(), 1);
        QCOMPARE(messages->at(0).attachments.first().data, QByteArray("\x89PNG"));
        QCOMPARE(messages->at(0).attachments.first().pixelSize, QSize(2, 3));
        // Version 12 keeps what sanitising removed from each image: not known for one stored before.
        QCOMPARE(messages->at(0).attachments.first().removedMetadata, std::nullopt);
        QCOMPARE(messages->at(1).parentId, qint64(11));
        QCOMPARE(messages->at(1).status, MessageStatus::Partial);
        // From version 5 the partial answer also has a chunk a crash left unjoined:
        // opening joins it onto the message.
        QCOMPARE(messages->at(1).content,
                 version >= 5 ? QStringLiteral("In the top drawer. Under the maps.")
                              : QStringLiteral("In the top drawer."));
        QCOMPARE(messages->at(1).thinking,
                 version >= 5 ? QStringLiteral("Drawers are where papers go. Or the atlas.")
                              : QStringLiteral("Drawers are where papers go."));
        QCOMPARE(messages->at(1).usage, std::optional<Usage>(Usage{12, 34}));

        auto provider = ProviderRepository(vault).get(QStringLiteral("local"));
        QVERIFY(provider);
        QCOMPARE(provider->apiKey, QByteArray("sk-key"));
        QCOMPARE(provider->cachedModels, QStringList({QStringLiteral("llama3"), QStringLiteral("qwen3")}));
        // Version 6 adds the reported context lengths: none until the models are listed again.
        QVERIFY(provider->reportedContextTokens.isEmpty());
        // Version 8 adds a provider's redaction override: a provider kept from before
        // follows the global policy, and says so in the row itself.
        QVERIFY(ProviderRepository(vault).redactionOverrides().value().isEmpty());
        auto stored = vault.prepare("SELECT redaction FROM providers WHERE name = 'local'");
        QVERIFY(stored);
        QCOMPARE(stored->step().value(), true);
        QCOMPARE(stored->text(0), QString());
        QCOMPARE(SettingsRepository(vault).value(QStringLiteral("theme"), {}), QStringLiteral("dusk"));

        // Rows that predate the search index are indexed by the migration.
        auto hits = SearchRepository(vault).search(QStringLiteral("resume"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().messageId, qint64(11));
        hits = SearchRepository(vault).search(QStringLiteral("seeded"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().messageId, qint64(0));
    }
    if (version >= 2) {
        auto lanes = AgentLaneRepository(vault).listForTurn(QStringLiteral("turn-a"));
        QVERIFY(lanes);
        QCOMPARE(lanes->size(), 1);
        QCOMPARE(lanes->first().perspective, QStringLiteral("sceptic"));
        auto record = AuditRepository(vault).get(3);
        QVERIFY(record);
        QCOMPARE(record->bodyBytes, qint64(512));
        QCOMPARE(record->requestCopy, QByteArray("{}"));
        // It sent an image before version 12 counted what sanitising removed: not known.
        QCOMPARE(record->metadataRemoved, std::nullopt);
    }
    if (version >= 4) {
        // An incognito request's copy, kept by versions before 5, is gone; its
        // record (which holds no words) stays.
        auto record = AuditRepository(vault).get(4);
        QVERIFY(record);
        QCOMPARE(record->bodyBytes, qint64(40));
        QCOMPARE(record->requestCopy, QByteArray());
        // No image, so nothing was removed.
        QCOMPARE(record->metadataRemoved, std::optional<int>(0));
    }
    // Version 7 adds redaction's terms and maps: none yet after its migration; a
    // version-7 vault keeps its own.
    if (version >= 7) {
        QCOMPARE(RedactionRepository(vault).terms().value(), QStringList{QStringLiteral("Project Quokka")});
        QVERIFY(RedactionRepository(vault).map(7).value().contains("ada@example.org"));
    } else {
        QCOMPARE(RedactionRepository(vault).terms().value(), QStringList());
        if (version >= 1)
            QCOMPARE(RedactionRepository(vault).map(7).value(), QByteArray());
    }
    // Version 10 adds proxies: an earlier provider follows the global one (none),
    // and an earlier request went direct.
    if (version >= 1)
        QCOMPARE(ProviderRepository(vault).get(QStringLiteral("local")).value().proxy, QString());
    if (version >= 2)
        QCOMPARE(AuditRepository(vault).get(3).value().proxy, QString());
    // The tree of the conversation, read from the index alone.
    if (version >= 1) {
        auto tree = MessageRepository(vault).tree(7);
        QVERIFY(tree);
        auto messages = MessageRepository(vault).list(7);
        QVERIFY(messages);
        QCOMPARE(tree->size(), messages->size());
        for (qsizetype i = 0; i < tree->size(); ++i)
            QCOMPARE(tree->at(i),
                     (MessageNode{messages->at(i).id, messages->at(i).parentId, messages->at(i).role}));
        QCOMPARE(tree->at(1), (MessageNode{12, 11, Role::Assistant}));
    }
}

/// The answer a vN-partial vault was streaming when it was killed: exactly the
/// committed deltas, marked partial, searchable; the buffered delta is nowhere.
void verifyPartialAnswer(Vault &vault)
{
    auto messages = MessageRepository(vault).list(7);
    QVERIFY(messages);
    QCOMPARE(messages->size(), 4);
    const Message &question = messages->at(2);
    const Message &answer = messages->at(3);
    QCOMPARE(question.content, QString::fromUtf8(frozen::PARTIAL_QUESTION));
    QCOMPARE(answer.turnId, QString::fromLatin1(frozen::PARTIAL_TURN_ID));
    QCOMPARE(answer.parentId, question.id);
    QCOMPARE(answer.status, MessageStatus::Partial);
    QString content;
    QString thinking;
    for (int i = 0; i < frozen::COMMITTED_DELTAS; ++i) {
        content += frozen::contentDelta(i);
        thinking += frozen::thinkingDelta(i);
    }
    QCOMPARE(answer.content, content);
    QCOMPARE(answer.thinking, thinking);
    auto same = MessageRepository(vault).get(answer.id);
    QVERIFY(same);
    QCOMPARE(same->content, content);

    auto hits = SearchRepository(vault).search(QStringLiteral("frozen answer"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().messageId, answer.id);
    hits = SearchRepository(vault).search(QStringLiteral("pondering"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    hits = SearchRepository(vault).search(QString::fromLatin1(frozen::LOST_DELTA));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 0);
}

/// Every table, index, trigger and view as SQLite records it: a migrated vault
/// must be indistinguishable from a new one.
QStringList schemaOf(Vault &vault)
{
    QStringList objects;
    auto select
        = vault.prepare("SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_master ORDER BY name");
    if (!select)
        return {QStringLiteral("<cannot read the schema>")};
    while (true) {
        auto row = select->step();
        if (!row || !*row)
            break;
        objects << select->text(0) + QLatin1Char(' ') + select->text(1) + QStringLiteral(" on ")
                + select->text(2) + QStringLiteral(": ") + select->text(3);
    }
    return objects;
}

QStringList frozenFolders()
{
    return QDir(frozen::directory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestMigrations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedsCoverEveryEarlierVersion()
    {
        QVERIFY2(
            SEEDS.size() >= Schema::currentVersion(),
            qPrintable(QStringLiteral("Schema version %1 exists: add SEEDS[%2] (the data of a version-%2 "
                                      "vault) to MigrationSeeds.cpp")
                           .arg(Schema::currentVersion())
                           .arg(Schema::currentVersion() - 1)));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 0; version < Schema::currentVersion(); ++version)
            QTest::addRow("from version %d", version) << version;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        QVERIFY(version < SEEDS.size());
        TempProfile temp;
        const Profile profile(temp.path());
        {
            auto vault = createVault(profile, "correct horse", version);
            QVERIFY(vault);
            QCOMPARE(vault->schemaVersion(), version);
            QVERIFY(vault->exec(SEEDS.at(version)));
        }
        auto vault = openVault(profile);
        QVERIFY(vault);
        QCOMPARE(vault->openReport().schemaVersionBefore, version);
        QCOMPARE(vault->schemaVersion(), Schema::currentVersion());
        const auto backups = VaultBackups::list(profile);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().id, vault->openReport().backupId);
        QCOMPARE(backups.first().schemaVersion, version);
        auto check = vault->checkIntegrity();
        QVERIFY(check);
        QVERIFY2(check->ok, qPrintable(check->problems.join(QLatin1Char('\n'))));

        verifySeededContent(*vault, version);
        if (QTest::currentTestFailed())
            return;
        if (version >= 1) {
            auto conversation = ConversationRepository(*vault).get(7);
            QVERIFY(conversation);
            QCOMPARE(conversation->updatedAt.toMSecsSinceEpoch(), qint64(1700000500000));
            auto messages = MessageRepository(*vault).list(7);
            QVERIFY(messages);
            QCOMPARE(messages->size(), 2);
        }

        // The migrated vault takes new data like a new one.
        Conversation draft;
        draft.title = QStringLiteral("after the migration");
        auto created = ConversationRepository(*vault).create(draft);
        QVERIFY(created);
        Message message;
        message.conversationId = created->id;
        message.content = QStringLiteral("fresh words");
        QVERIFY(MessageRepository(*vault).append(message));
        auto hits = SearchRepository(*vault).search(QStringLiteral("fresh"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
    }

    void frozenVaultsCoverEveryEarlierVersion()
    {
        const QStringList folders = frozenFolders();
        for (int version = 1; version < Schema::currentVersion(); ++version) {
            QVERIFY2(folders.contains(QStringLiteral("v%1").arg(version)),
                     qPrintable(QStringLiteral("Schema version %1 exists: freeze a version-%2 vault before "
                                               "changing the schema (tests/data/vaults/README.md)")
                                    .arg(Schema::currentVersion())
                                    .arg(version)));
        }
    }

    void frozenVaultMigrates_data()
    {
        QTest::addColumn<QString>("folder");
        for (const QString &folder : frozenFolders())
            QTest::addRow("%s", qPrintable(folder)) << folder;
    }

    void frozenVaultMigrates()
    {
        QFETCH(QString, folder);
        const QDir frozenDir(QDir(frozen::directory()).filePath(folder));
        const int version = folder.mid(1).section(QLatin1Char('-'), 0, 0).toInt();
        QVERIFY(version >= 1);

        // The migrations that made it are still the ones shipped.
        QFile digestFile(frozenDir.filePath(QStringLiteral("migrations.sha256")));
        QVERIFY(digestFile.open(QIODevice::ReadOnly));
        const QMap<int, QByteArray> madeBy = frozen::parseMigrationDigests(digestFile.readAll());
        const QMap<int, QByteArray> today = frozen::parseMigrationDigests(frozen::migrationDigests(version));
        QCOMPARE(madeBy.size(), version);
        for (auto it = madeBy.cbegin(); it != madeBy.cend(); ++it) {
            QVERIFY2(
                today.value(it.key()) == it.value(),
                qPrintable(QStringLiteral("Migration %1 is not the one that made %2: a shipped migration "
                                          "must never change; add a new migration instead.")
                               .arg(it.key())
                               .arg(folder)));
        }

        TempProfile temp;
        const Profile profile(temp.path());
        QVERIFY(profile.ensureExists());
        for (const QString &file : frozenDir.entryList(QDir::Files)) {
            if (file != QLatin1String("migrations.sha256"))
                QVERIFY(QFile::copy(frozenDir.filePath(file), QDir(profile.directory()).filePath(file)));
        }
        auto vault = openVault(profile, frozen::PASSPHRASE);
        QVERIFY(vault);
        QCOMPARE(vault->openReport().schemaVersionBefore, version);
        QCOMPARE(vault->schemaVersion(), Schema::currentVersion());
        auto check = vault->checkIntegrity();
        QVERIFY(check);
        QVERIFY2(check->ok, qPrintable(check->problems.join(QLatin1Char('\n'))));

        verifySeededContent(*vault, version);
        if (QTest::currentTestFailed())
            return;
        if (folder.endsWith(QLatin1String("-partial"))) {
            verifyPartialAnswer(*vault);
            if (QTest::currentTestFailed())
                return;
        }

        TempProfile freshTemp;
        auto fresh = createVault(Profile(freshTemp.path()));
        QVERIFY(fresh);
        QCOMPARE(schemaOf(*vault), schemaOf(*fresh));
    }

    void aFailingMigrationLeavesTheVaultAsItWas()
    {
        // A version-1 vault whose data breaks migration 2 (a table it creates
        // already exists): the migration rolls back and the error says so.
        TempProfile temp;
        const Profile profile(temp.path());
        {
            auto vault = createVault(profile, "correct horse", 1);
            QVERIFY(vault);
            QVERIFY(vault->exec(SEEDS.at(1)));
            QVERIFY(vault->exec("CREATE TABLE agent_lanes (x)"));
        }
        auto failed = Vault::open(profile, secret("correct horse"));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, VaultError::MigrationFailed);
        QVERIFY(failed.error().message.contains(QLatin1String("backups")));
        // The database is exactly the copy taken before the attempt.
        const auto backups = VaultBackups::list(profile);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().schemaVersion, 1);
        const auto current = hashTree(profile.directory());
        const auto copy = hashTree(backups.first().directory);
        QCOMPARE(current.value(QStringLiteral("vault.db")), copy.value(QStringLiteral("vault.db")));
        QCOMPARE(current.value(QStringLiteral("vault.header")), copy.value(QStringLiteral("vault.header")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
