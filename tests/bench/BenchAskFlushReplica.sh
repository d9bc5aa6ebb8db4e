#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Sotto developers
#
# Usage: tests/bench/BenchAskFlushReplica.sh [FLUSHES...]      (default: 400 1600 4000)
# What storing a stream costs at a model's pace, which bench_ask cannot show (its fake
# server sends a whole answer in under a second). StreamingAppender commits at most every
# 250 ms with `UPDATE messages SET content = <the whole answer so far>`, and the FTS5
# trigger deletes and re-indexes all of it. This replays that SQL with the sqlcipher shell:
# the vault's pragmas and FTS5 definition, a raw key, one transaction per flush, each
# flush adding the same 80 bytes. It prints CPU, wall time and bytes written per run;
# docs/PERFORMANCE.md ("a stream at a model's pace") has the figures. About 1–2 minutes.
set -euo pipefail
command -v sqlcipher >/dev/null || { echo "needs the sqlcipher shell (apt-get install sqlcipher)" >&2; exit 1; }
work=$(mktemp -d /tmp/sotto-flush-replica.XXXXXX)
trap 'rm -rf "$work"' EXIT
delta=' The quick brown fox jumps over the lazy dog, and then some più più 🙂 words'

generate() {
  local flushes=$1 i
  printf 'PRAGMA key = "x'"'"'%064d'"'"'";\n' 7
  cat <<'SQL'
PRAGMA cipher_log = '/dev/null';
PRAGMA cipher_page_size = 4096;
PRAGMA page_size = 4096;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA secure_delete = ON;
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -32768;
CREATE TABLE messages (id INTEGER PRIMARY KEY, content TEXT NOT NULL DEFAULT '',
                       thinking TEXT NOT NULL DEFAULT '', updated_at INTEGER);
CREATE VIRTUAL TABLE messages_fts USING fts5 (
    content, thinking,
    content = 'messages', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, content, thinking) VALUES (new.id, new.content, new.thinking);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, thinking ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, content, thinking)
    VALUES ('delete', old.id, old.content, old.thinking);
    INSERT INTO messages_fts (rowid, content, thinking) VALUES (new.id, new.content, new.thinking);
END;
INSERT INTO messages (id, content) VALUES (1, '');
SQL
  for ((i = 0; i < flushes; i++)); do
    printf "BEGIN; UPDATE messages SET content = content || '%s', updated_at = %d WHERE id = 1; COMMIT;\n" \
      "$delta" "$i"
  done
}

echo "| flushes | final text | CPU s (user + sys) | wall s | written |"
echo "| --- | --- | --- | --- | --- |"
[ $# -gt 0 ] || set -- 400 1600 4000
for n in "$@"; do
  generate "$n" >"$work/replay.sql"
  rm -f "$work/vault.db"*
  # %O: file-system outputs in 512-byte blocks.
  /usr/bin/time -f '%U %S %e %O' -o "$work/time" sqlcipher "$work/vault.db" <"$work/replay.sql" >/dev/null
  if head -c 16 "$work/vault.db" | grep -q 'SQLite format 3'; then
    echo "the replica database is not encrypted: is sqlcipher the SQLCipher shell?" >&2
    exit 1
  fi
  read -r user sys wall blocks <"$work/time"
  text=$((n * $(printf '%s' "$delta" | wc -c)))
  awk -v n="$n" -v t="$text" -v u="$user" -v s="$sys" -v w="$wall" -v b="$blocks" 'BEGIN {
    printf "| %d | %.0f KB | %.2f | %.1f | %.2f GB |\n", n, t / 1000, u + s, w, b * 512 / 1e9 }'
done
