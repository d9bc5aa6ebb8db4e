// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QList>

namespace sotto::test {

/// migrationSeeds()[v]: SQL that fills a version-v vault (v = 0 is an empty
/// database) the way a user of that version would have it, written against that
/// version's tables: a pinned, local-only conversation (id 7) with a question
/// (id 11, with an image) and a partial answer (id 12), a provider with its key,
/// a setting; from version 2 an agent lane and an audit record (id 3) with a
/// request copy; from version 4 also an incognito request's record (id 4, no
/// conversation) with the copy that versions before 5 kept. TestMigrations seeds vaults built up to each
/// version with it, and sotto-make-frozen-vaults seeded the frozen files of tests/data/vaults.
const QList<const char *> &migrationSeeds();

} // namespace sotto::test
