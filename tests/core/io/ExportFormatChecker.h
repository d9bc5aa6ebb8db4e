// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QByteArray>
#include <QStringList>

namespace sotto::test {

/// Checks a JSON export against what docs/FORMAT.md ("Conversation export (JSON)")
/// documents: the format's name and version, every field of a conversation, a
/// message, an image and an agent lane with its type, times in ISO 8601 UTC, parent
/// links to messages of the same conversation, images whose data matches their
/// SHA-256, exactly one chosen version among siblings. Returns the problems found.
QStringList checkJsonExport(const QByteArray &bytes);

} // namespace sotto::test
