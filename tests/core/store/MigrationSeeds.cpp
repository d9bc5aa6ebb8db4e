// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "tests/core/store/MigrationSeeds.h"

#include <QByteArray>

namespace sotto::test {

namespace {

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

// Version 3 added only the search indexes, which the triggers fill: the same rows.
constexpr const char *SEED_V3 = SEED_V2;

// Version 4 (the context window): the same rows, plus what an incognito
// request left with "keep request copies" on before version 5 — an audit
// record outside any conversation with a copy of its body.
constexpr char SEED_V4_EXTRA[] = R"sql(
INSERT INTO audit_records (id, turn_id, conversation_id, time, provider, api, purpose, model, mode, method, url,
                           host, destination, status, http_status, body_bytes, header_bytes, response_bytes,
                           duration_ms, text_chars, images, image_bytes, redactions, headers, policy_reason, error)
VALUES (4, 'turn-incognito', NULL, 1700000600000, 'local', 'ollama', 'chat', 'llama3', 'instant', 'POST',
        'http://127.0.0.1:11434/api/chat', '127.0.0.1', 'loopback', 'completed', 200, 40, 90, 100, 800, 24, 0,
        0, 0, '[]', '', '');
)sql";
constexpr char SEED_V4_COPY[] = R"sql(
INSERT INTO audit_request_copies (audit_id, body) VALUES (4, CAST('{"prompt":"incognito quokkasecret"}' AS BLOB));
)sql";

// Version 5 (append-only streaming): the same rows without the incognito
// copy (version 5 keeps none), and the partial answer has a chunk that a crash
// left unjoined; opening joins it into the message.
constexpr char SEED_V5_EXTRA[] = R"sql(
INSERT INTO message_chunks (message_id, seq, content, thinking, created_at)
VALUES (12, 1, ' Under the maps.', ' Or the atlas.', 1700000700000);
)sql";

// Version 7 (redaction): the same rows as version 5, plus a term of the user's and
// the seeded conversation's placeholder map.
constexpr char SEED_V7_EXTRA[] = R"sql(
INSERT INTO redaction_terms (id, term, folded, created_at) VALUES (1, 'Project Quokka', 'project quokka', 1700000800000);
INSERT INTO redaction_maps (conversation_id, map, updated_at)
VALUES (7, '{"entries":[{"original":"ada@example.org","placeholder":"⟨EMAIL_1⟩"}],"version":1}', 1700000800000);
)sql";

// Version 11 added a conversation's source id, which every conversation has from then on.
constexpr char SEED_V11_EXTRA[] = R"sql(
UPDATE conversations SET source_id = 'sotto:5eed0000-0000-4000-8000-' || printf('%012d', id);
)sql";

// Version 12 counts what sanitising removed from the images each request sent: a
// request without images removed nothing (the image of record 3 predates the counts).
constexpr char SEED_V12_EXTRA[] = R"sql(
UPDATE audit_records SET metadata_removed = 0 WHERE images = 0;
)sql";

} // namespace

const QList<const char *> &migrationSeeds()
{
    static const QByteArray seedV4 = QByteArray(SEED_V3) + SEED_V4_EXTRA + SEED_V4_COPY;
    static const QByteArray seedV5 = QByteArray(SEED_V3) + SEED_V4_EXTRA + SEED_V5_EXTRA;
    static const QByteArray seedV7 = seedV5 + SEED_V7_EXTRA;
    static const QByteArray seedV11 = seedV7 + SEED_V11_EXTRA;
    static const QByteArray seedV12 = seedV11 + SEED_V12_EXTRA;
    // Version 6 added a column (reported context lengths, empty until the models are
    // listed again) and widened an index: the same rows as version 5.
    static const QList<const char *> seeds = {"", SEED_V1, SEED_V2, SEED_V3, seedV4.constData(),
                                              seedV5.constData(), seedV5.constData(), seedV7.constData(),
                                              // Version 8 added a column (a provider's own redaction
                                              // policy, '' until chosen): the same rows as version 7.
                                              seedV7.constData(),
                                              // Version 9 added the version choices (none until
                                              // chosen): the same rows again.
                                              seedV7.constData(),
                                              // Version 10 added the proxy columns (none set
                                              // until chosen): the same rows again.
                                              seedV7.constData(), seedV11.constData(), seedV12.constData()};
    return seeds;
}

} // namespace sotto::test
