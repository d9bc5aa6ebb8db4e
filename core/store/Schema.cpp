// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/Schema.h"

namespace sotto {

namespace {

// Times are milliseconds since the Unix epoch, UTC. Enumerations are stored by
// their stable lower-case names (modeName(), roleName(), statusName()…).

// Version 1: conversations, messages and their images, settings, providers.
constexpr char V1[] = R"sql(
CREATE TABLE vault_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0,
    provider TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL DEFAULT 'instant',
    local_only INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversations_by_order ON conversations (pinned DESC, updated_at DESC, id DESC);
CREATE INDEX conversations_by_update ON conversations (updated_at);

-- status is never 'streaming' on disk: an answer being streamed is stored as
-- 'partial' until it finishes, so a crash leaves it marked partial.
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,
    turn_id TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content TEXT NOT NULL DEFAULT '',
    thinking TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL DEFAULT 'instant',
    provider TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    input_tokens INTEGER,
    output_tokens INTEGER,
    status TEXT NOT NULL DEFAULT 'complete'
        CHECK (status IN ('complete', 'partial', 'error', 'cancelled')),
    error_text TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
CREATE INDEX messages_by_parent ON messages (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX messages_by_turn ON messages (turn_id) WHERE turn_id <> '';

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    mime_type TEXT NOT NULL,
    byte_size INTEGER NOT NULL,
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    sha256 BLOB NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX attachments_by_message ON attachments (message_id, position);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE providers (
    name TEXT PRIMARY KEY,
    api TEXT NOT NULL,
    base_url TEXT NOT NULL,
    default_model TEXT NOT NULL DEFAULT '',
    api_key BLOB NOT NULL DEFAULT x'',
    api_key_env TEXT NOT NULL DEFAULT '',
    preset TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    allow_http_to_internet INTEGER NOT NULL DEFAULT 0,
    cached_models TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0
);
)sql";

// Version 2: Contemplating's agent lanes, the audit log and request copies.
constexpr char V2[] = R"sql(
CREATE TABLE agent_lanes (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    message_id INTEGER REFERENCES messages (id) ON DELETE CASCADE,
    turn_id TEXT NOT NULL,
    agent_index INTEGER NOT NULL,
    round INTEGER NOT NULL DEFAULT 0,
    provider TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    perspective TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    thinking TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'partial'
        CHECK (status IN ('complete', 'partial', 'error', 'cancelled')),
    error_text TEXT NOT NULL DEFAULT '',
    input_tokens INTEGER,
    output_tokens INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (turn_id, agent_index, round)
);
CREATE INDEX agent_lanes_by_conversation ON agent_lanes (conversation_id);
CREATE INDEX agent_lanes_by_message ON agent_lanes (message_id) WHERE message_id IS NOT NULL;

-- The audit outlives the conversations it served (it records what left the
-- machine), so conversation_id is not a foreign key; a deleted conversation's
-- request copies, which hold its content, are deleted with it.
CREATE TABLE audit_records (
    id INTEGER PRIMARY KEY,
    turn_id TEXT NOT NULL DEFAULT '',
    conversation_id INTEGER,
    time INTEGER NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    api TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT '',
    destination TEXT NOT NULL CHECK (destination IN ('loopback', 'lan', 'internet')),
    status TEXT NOT NULL CHECK (status IN ('blocked', 'sent', 'completed', 'failed', 'cancelled')),
    http_status INTEGER NOT NULL DEFAULT 0,
    body_bytes INTEGER NOT NULL DEFAULT 0,
    header_bytes INTEGER NOT NULL DEFAULT 0,
    response_bytes INTEGER NOT NULL DEFAULT 0,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    text_chars INTEGER NOT NULL DEFAULT 0,
    images INTEGER NOT NULL DEFAULT 0,
    image_bytes INTEGER NOT NULL DEFAULT 0,
    redactions INTEGER NOT NULL DEFAULT 0,
    headers TEXT NOT NULL DEFAULT '[]',
    policy_reason TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_time ON audit_records (time);
CREATE INDEX audit_by_turn ON audit_records (turn_id) WHERE turn_id <> '';
CREATE INDEX audit_by_conversation ON audit_records (conversation_id) WHERE conversation_id IS NOT NULL;

CREATE TABLE audit_request_copies (
    audit_id INTEGER PRIMARY KEY REFERENCES audit_records (id) ON DELETE CASCADE,
    body BLOB NOT NULL
);

CREATE TRIGGER conversations_drop_request_copies AFTER DELETE ON conversations BEGIN
    DELETE FROM audit_request_copies
    WHERE audit_id IN (SELECT id FROM audit_records WHERE conversation_id = old.id);
END;
)sql";

// Version 3: full-text search over titles, message content and thinking, as
// external-content FTS5 indexes kept in step by triggers. Existing rows are
// indexed by the 'rebuild' commands.
constexpr char V3[] = R"sql(
CREATE VIRTUAL TABLE messages_fts USING fts5 (
    content, thinking,
    content = 'messages', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE conversations_fts USING fts5 (
    title,
    content = 'conversations', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, content, thinking) VALUES (new.id, new.content, new.thinking);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, content, thinking)
    VALUES ('delete', old.id, old.content, old.thinking);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, thinking ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, content, thinking)
    VALUES ('delete', old.id, old.content, old.thinking);
    INSERT INTO messages_fts (rowid, content, thinking) VALUES (new.id, new.content, new.thinking);
END;

CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN
    INSERT INTO conversations_fts (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN
    INSERT INTO conversations_fts (conversations_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN
    INSERT INTO conversations_fts (conversations_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO conversations_fts (rowid, title) VALUES (new.id, new.title);
END;

INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');
INSERT INTO conversations_fts (conversations_fts) VALUES ('rebuild');
)sql";

// Version 4: the context window. What of the conversation each request carried
// (DESIGN.md, "Audit record"), and a context budget per provider (0: the
// provider's own figure, else the default).
constexpr char V4[] = R"sql(
ALTER TABLE audit_records ADD COLUMN history_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audit_records ADD COLUMN history_withheld INTEGER NOT NULL DEFAULT 0;
ALTER TABLE providers ADD COLUMN context_tokens INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 5: an answer being streamed is stored as appended chunks, so a commit
// writes only its delta and nothing is re-indexed while it streams; the answer's
// text is joined into messages.content/thinking (and indexed, once) when it
// ends, or at the next open after a crash (MessageChunks). Only a `partial`
// message has chunks.
// And a request copy is kept only for a request of a stored conversation
// (AuditRepository::insert), so an incognito request leaves none: the copies
// earlier versions kept outside any stored conversation are deleted.
constexpr char V5[] = R"sql(
CREATE TABLE message_chunks (
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    thinking TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    PRIMARY KEY (message_id, seq)
) WITHOUT ROWID;

DELETE FROM audit_request_copies WHERE audit_id NOT IN (
    SELECT a.id FROM audit_records AS a JOIN conversations AS c ON c.id = a.conversation_id);
)sql";

// Version 6: the context length each provider reported for its models when they were
// last listed (DESIGN.md, "Context window"), a JSON object of model name → tokens
// beside cached_models. And a conversation's tree (ids, parents, roles) is read from
// an index alone, so a window can open a conversation of tens of thousands of
// messages without reading their text (MessageRepository::tree).
constexpr char V6[] = R"sql(
ALTER TABLE providers ADD COLUMN reported_context_tokens TEXT NOT NULL DEFAULT '{}';
DROP INDEX messages_by_conversation;
CREATE INDEX messages_by_conversation ON messages (conversation_id, id, parent_id, role);
)sql";

// Version 7: redaction (docs/PRIVACY.md). The user's terms, withheld from what is sent
// like e-mail addresses are, and each conversation's placeholder map (RedactionMap's
// JSON), so a conversation keeps its placeholders across questions and sessions.
constexpr char V7[] = R"sql(
CREATE TABLE redaction_terms (
    id INTEGER PRIMARY KEY,
    term TEXT NOT NULL,
    folded TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE redaction_maps (
    conversation_id INTEGER PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    map TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Version 8: a provider may override the global redaction policy (docs/PRIVACY.md):
// '' follows the global policy (every provider until the user chooses otherwise),
// else off, internet or always.
constexpr char V8[] = R"sql(
ALTER TABLE providers ADD COLUMN redaction TEXT NOT NULL DEFAULT ''
    CHECK (redaction IN ('', 'off', 'internet', 'always'));
)sql";

// Version 9: which version of a message the user chose to see (the ‹ 2/3 › under it),
// so the window, exports and imports agree on the visible path. One row per place
// where versions branch: the conversation, the message they follow (0: the
// conversation's first message) and the version chosen. No row: the newest version,
// as before. A row goes with its conversation or its chosen message.
constexpr char V9[] = R"sql(
CREATE TABLE version_choices (
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    parent_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    PRIMARY KEY (conversation_id, parent_id)
) WITHOUT ROWID;
CREATE INDEX version_choices_by_message ON version_choices (message_id);
)sql";

// Version 10: proxies (docs/PRIVACY.md, "Proxies"). The proxy each request went
// through, as its URL (NULL: direct), and a provider's own proxy: NULL follows the
// global one (the policy setting `policy.proxy`), 'direct' goes direct even when a
// global proxy is set, else a proxy URL.
constexpr char V10[] = R"sql(
ALTER TABLE audit_records ADD COLUMN proxy TEXT;
ALTER TABLE providers ADD COLUMN proxy TEXT;
)sql";

// Version 11: a conversation's stable source id (docs/FORMAT.md), so importing the same
// export twice adds nothing: 'sotto:<uuid>' for a conversation made in Sotto (given at
// creation; the conversations kept from before get one here), 'chatgpt:<id>' or
// 'claude:<uuid>' for one imported from there. NULL only for rows no code writes.
constexpr char V11[] = R"sql(
ALTER TABLE conversations ADD COLUMN source_id TEXT;
UPDATE conversations SET source_id = 'sotto:' || lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2)))
    || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
    || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX conversations_by_source ON conversations (source_id) WHERE source_id IS NOT NULL;
)sql";

// Version 12: what sanitising removed from each image (docs/PRIVACY.md, "Images"):
// the attachment's report as JSON (RemovedMetadata; NULL for an image stored before
// reports were kept), and the audit's count per request (NULL: not known, because an
// image it sent predates the reports). A request without images removed nothing.
// And the models a provider reported as taking text only, when they were last listed
// (a JSON array of names; NULL until they are listed again).
constexpr char V12[] = R"sql(
ALTER TABLE attachments ADD COLUMN metadata_removed TEXT;
ALTER TABLE providers ADD COLUMN text_only_models TEXT;
ALTER TABLE audit_records ADD COLUMN metadata_removed INTEGER;
UPDATE audit_records SET metadata_removed = 0 WHERE images = 0;
)sql";

// Version 13: an answer longer than MessageChunks::SegmentedAbove is not joined into
// its row when it ends but kept in segments of about MessageChunks::SegmentBytes, each
// indexed on its own, so neither storing nor indexing it ever holds it whole. Its row
// keeps what it held before the chunks (usually nothing) and says `segmented`; the
// readers give its text as the row's text, then its segments in order. A segment is
// written once and goes with its message.
constexpr char V13[] = R"sql(
ALTER TABLE messages ADD COLUMN segmented INTEGER NOT NULL DEFAULT 0;

CREATE TABLE message_segments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    thinking TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX message_segments_in_order ON message_segments (message_id, seq);

CREATE VIRTUAL TABLE message_segments_fts USING fts5 (
    content, thinking,
    content = 'message_segments', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER message_segments_fts_insert AFTER INSERT ON message_segments BEGIN
    INSERT INTO message_segments_fts (rowid, content, thinking) VALUES (new.id, new.content, new.thinking);
END;
CREATE TRIGGER message_segments_fts_delete AFTER DELETE ON message_segments BEGIN
    INSERT INTO message_segments_fts (message_segments_fts, rowid, content, thinking)
    VALUES ('delete', old.id, old.content, old.thinking);
END;
CREATE TRIGGER message_segments_fts_update AFTER UPDATE OF content, thinking ON message_segments BEGIN
    INSERT INTO message_segments_fts (message_segments_fts, rowid, content, thinking)
    VALUES ('delete', old.id, old.content, old.thinking);
    INSERT INTO message_segments_fts (rowid, content, thinking) VALUES (new.id, new.content, new.thinking);
END;
-- FTS5 holds the terms of what it indexes in memory until the transaction ends or they
-- pass this many bytes (1 MiB by default): a long answer's settle holds a quarter of that.
INSERT INTO message_segments_fts (message_segments_fts, rank) VALUES ('hashsize', 262144);
)sql";

} // namespace

int Schema::currentVersion()
{
    return static_cast<int>(migrations().size());
}

const QList<Schema::Migration> &Schema::migrations()
{
    static const QList<Migration> list = {
        {1, V1}, {2, V2}, {3, V3},   {4, V4},   {5, V5},   {6, V6},   {7, V7},
        {8, V8}, {9, V9}, {10, V10}, {11, V11}, {12, V12}, {13, V13},
    };
    return list;
}

} // namespace sotto
