// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QString>

namespace sotto::test {

/// Writes a ChatGPT export (conversations.json) of `conversations` linear
/// conversations of `messages` messages each, every text about `textLength`
/// characters, for the import tests that need many conversations. Conversation
/// `c`'s id is "generated-<c>", its title "Conversation <c>", and message `m`'s
/// text begins "Message <m> of conversation <c>." Returns false if it could not
/// be written.
bool writeChatGptExport(const QString &path, int conversations, int messages, int textLength = 400);

} // namespace sotto::test
