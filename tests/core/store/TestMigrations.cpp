// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
//
// Every earlier schema version migrates to the current one with its data
// intact, after a backup. The rows come from SEEDS: one SQL script per earlier
// version, written against that version's tables, as a user of that version
// would have them. A new schema version fails seedsCoverEveryEarlierVersion()
// until its predecessor has a seed, so every future version is covered.
#include "core/store/Vault.h"

#include "core/store/AgentLaneRepository.h"
#include "core/store/AuditRepository.h"
#include "core/store/ConversationRepository.h"
#include "core/store/MessageRepository.h"
#include "core/store/ProviderRepository.h"
#include "core/store/Schema.h"
#include "core/store/SearchRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/VaultBackups.h"
#include "tests/core/store/VaultTestSupport.h"
#include "tests/support/TempProfile.h"

#include <QTest>

using namespace sotto;
using namespace sotto::test;

namespace {

// What version 1 and 2 users have: a pinned, local-only conversation with a
// question (with an image) and a partial answer, a provider with its key, a
// setting. Version 2 adds an agent lane and an audit record with a request copy.
constexpr char SEED_V1[] = R"sql(
INSERT INTO conversations (id, title, created_at, updated_at, pinned, provider, model, mode, local_only)
VALUES (7, 'Seeded conversation', 1700000000000, 1700000500000, 1, 'local', 'llama3', 'thinking', 1);
INSERT INTO messages (id, conversation_id, parent_id, turn_id, role, content, thinking, mode, provider, model,
                      input_tokens, output_tokens, status, error_text, created_at, updated_at)
VALUES (11, 7, NULL, 'turn-a', 'user', 'Where did I put my résumé?', '', 'thinking', '', '', NULL, NULL,
        'complete', '', 1700000000000, 1700000000000),
       (12, 7, 11, 'turn-a', 'assistant', 'In the top drawer.', 'Drawers are where papers go.', 'thinking',
        'local', 'llama3', 12, 34, 'partial', '', 1700000400000, 1700000500000);
INSERT INTO attachments (message_id, position, mime_type, byte_size, width, height, sha256, data)
VALUES (11, 0, 'image/png', 4, 2, 3, x'0102', x'89504e47');
INSERT INTO providers (name, api, base_url, default_model, api_key, api_key_env, preset, enabled,
                       allow_http_to_internet, cached_models, position)
VALUES ('local', 'ollama', 'http://127.0.0.1:11434', 'llama3', x'736b2d6b6579', '', 'ollama', 1, 0,
        '["llama3","qwen3"]', 1);
INSERT INTO settings (key, value) VALUES ('theme', 'dusk');
)sql";

constexpr char SEED_V2[] = R"sql(
INSERT INTO conversations (id, title, created_at, updated_at, pinned, provider, model, mode, local_only)
VALUES (7, 'Seeded conversation', 1700000000000, 1700000500000, 1, 'local', 'llama3', 'thinking', 1);
INSERT INTO messages (id, conversation_id, parent_id, turn_id, role, content, thinking, mode, provider, model,
                      input_tokens, output_tokens, status, error_text, created_at, updated_at)
VALUES (11, 7, NULL, 'turn-a', 'user', 'Where did I put my résumé?', '', 'thinking', '', '', NULL, NULL,
        'complete', '', 1700000000000, 1700000000000),
       (12, 7, 11, 'turn-a', 'assistant', 'In the top drawer.', 'Drawers are where papers go.', 'thinking',
        'local', 'llama3', 12, 34, 'partial', '', 1700000400000, 1700000500000);
INSERT INTO attachments (message_id, position, mime_type, byte_size, width, height, sha256, data)
VALUES (11, 0, 'image/png', 4, 2, 3, x'0102', x'89504e47');
INSERT INTO providers (name, api, base_url, default_model, api_key, api_key_env, preset, enabled,
                       allow_http_to_internet, cached_models, position)
VALUES ('local', 'ollama', 'http://127.0.0.1:11434', 'llama3', x'736b2d6b6579', '', 'ollama', 1, 0,
        '["llama3","qwen3"]', 1);
INSERT INTO settings (key, value) VALUES ('theme', 'dusk');
INSERT INTO agent_lanes (conversation_id, message_id, turn_id, agent_index, round, provider, model, perspective,
                         text, thinking, status, error_text, input_tokens, output_tokens, created_at, updated_at)
VALUES (7, 12, 'turn-a', 1, 0, 'local', 'qwen3', 'sceptic', 'Check the drawer.', 'Hmm.', 'complete', '',
        5, 6, 1700000300000, 1700000300000);
INSERT INTO audit_records (id, turn_id, conversation_id, time, provider, api, purpose, model, mode, method, url,
                           host, destination, status, http_status, body_bytes, header_bytes, response_bytes,
                           duration_ms, text_chars, images, image_bytes, redactions, headers, policy_reason, error)
VALUES (3, 'turn-a', 7, 1700000300000, 'local', 'ollama', 'chat', 'llama3', 'thinking', 'POST',
        'http://127.0.0.1:11434/api/chat', '127.0.0.1', 'loopback', 'completed', 200, 512, 90, 2048, 1500, 26, 1,
        4, 0, '[["Content-Type","application/json"]]', '', '');
INSERT INTO audit_request_copies (audit_id, body) VALUES (3, x'7b7d');
)sql";

// SEEDS[v]: the data of a version-v vault (v = 0 is an empty database).
const QList<const char *> SEEDS = {"", SEED_V1, SEED_V2};

} // namespace

class TestMigrations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedsCoverEveryEarlierVersion()
    {
        QVERIFY2(
            SEEDS.size() == Schema::currentVersion(),
            qPrintable(QStringLiteral("Schema version %1 exists: add SEEDS[%2] (the data of a version-%2 "
                                      "vault) to TestMigrations.cpp")
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

        if (version >= 1) {
            auto conversation = ConversationRepository(*vault).get(7);
            QVERIFY(conversation);
            QCOMPARE(conversation->title, QStringLiteral("Seeded conversation"));
            QVERIFY(conversation->pinned);
            QVERIFY(conversation->localOnly);
            QCOMPARE(conversation->mode, Mode::Thinking);
            QCOMPARE(conversation->updatedAt.toMSecsSinceEpoch(), qint64(1700000500000));

            auto messages = MessageRepository(*vault).list(7);
            QVERIFY(messages);
            QCOMPARE(messages->size(), 2);
            QCOMPARE(messages->at(0).content, QStringLiteral("Where did I put my résumé?"));
            QCOMPARE(messages->at(0).attachments.size(), 1);
            QCOMPARE(messages->at(0).attachments.first().data, QByteArray("\x89PNG"));
            QCOMPARE(messages->at(0).attachments.first().pixelSize, QSize(2, 3));
            QCOMPARE(messages->at(1).parentId, qint64(11));
            QCOMPARE(messages->at(1).status, MessageStatus::Partial);
            QCOMPARE(messages->at(1).thinking, QStringLiteral("Drawers are where papers go."));
            QCOMPARE(messages->at(1).usage, std::optional<Usage>(Usage{12, 34}));

            auto provider = ProviderRepository(*vault).get(QStringLiteral("local"));
            QVERIFY(provider);
            QCOMPARE(provider->apiKey, QByteArray("sk-key"));
            QCOMPARE(provider->cachedModels,
                     QStringList({QStringLiteral("llama3"), QStringLiteral("qwen3")}));
            QCOMPARE(SettingsRepository(*vault).value(QStringLiteral("theme"), {}), QStringLiteral("dusk"));

            // Rows that predate the search index are indexed by the migration.
            auto hits = SearchRepository(*vault).search(QStringLiteral("resume"));
            QVERIFY(hits);
            QCOMPARE(hits->size(), 1);
            QCOMPARE(hits->first().messageId, qint64(11));
            hits = SearchRepository(*vault).search(QStringLiteral("seeded"));
            QVERIFY(hits);
            QCOMPARE(hits->size(), 1);
            QCOMPARE(hits->first().messageId, qint64(0));
        }
        if (version >= 2) {
            auto lanes = AgentLaneRepository(*vault).listForTurn(QStringLiteral("turn-a"));
            QVERIFY(lanes);
            QCOMPARE(lanes->size(), 1);
            QCOMPARE(lanes->first().perspective, QStringLiteral("sceptic"));
            auto record = AuditRepository(*vault).get(3);
            QVERIFY(record);
            QCOMPARE(record->bodyBytes, qint64(512));
            QCOMPARE(record->requestCopy, QByteArray("{}"));
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

    void aFailingMigrationLeavesTheVaultAsItWas()
    {
        // A version-1 vault whose data breaks migration 2 (a table it creates
        // already exists): the migration rolls back and the error says so.
        TempProfile temp;
        const Profile profile(temp.path());
        {
            auto vault = createVault(profile, "correct horse", 1);
            QVERIFY(vault);
            QVERIFY(vault->exec(SEED_V1));
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
