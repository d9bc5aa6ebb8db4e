// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QMap>
#include <QString>

namespace sotto::test::frozen {

/// The vault files of earlier schema versions kept in tests/data/vaults/ (made
/// once by tests/tools/MakeFrozenVaults.cpp, never regenerated): vN/ holds a
/// vault made by migrations 1..N, seeded with migrationSeeds()[N]; vN-partial/
/// also holds an answer that was streaming when its process was killed (its
/// -wal included, as the kill left it). Each folder's migrations.sha256 lists
/// the SHA-256 of every migration's SQL as it was when the files were made.

/// The passphrase of every frozen vault (Argon2id at the interactive limits).
inline constexpr char PASSPHRASE[] = "frozen vault passphrase";

/// The partial answer: a question, then an answer of which COMMITTED_DELTAS
/// deltas were committed before the kill and LOST_DELTA was still buffered.
inline constexpr char PARTIAL_TURN_ID[] = "frozen-stream";
inline constexpr char PARTIAL_QUESTION[] = "Tell me about the wombat archive.";
inline constexpr int COMMITTED_DELTAS = 6;
QString contentDelta(int index);
QString thinkingDelta(int index);
/// Buffered, never committed: a kill must lose it, and it must appear nowhere.
inline constexpr char LOST_DELTA[] = "unflushedmarmoset ";

/// tests/data/vaults in the source tree.
QString directory();
/// "1 <hex>\n2 <hex>\n…": the migrations 1..version of today's Schema.
QByteArray migrationDigests(int version);
/// Parses a migrations.sha256 file: version → hex digest.
QMap<int, QByteArray> parseMigrationDigests(const QByteArray &text);

} // namespace sotto::test::frozen
