// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/io/ConversationArchive.h"
#include "core/io/ImportFormat.h"

#include <nlohmann/json_fwd.hpp>

#include <QCoreApplication>

namespace sotto {

/// Reads one conversation of Claude's conversations.json: its `chat_messages`, in
/// order, each following the one before (the export holds the branch shown). A
/// message's text is its `content` blocks of type "text" (else its `text`); blocks
/// of type "thinking" become its thinking; tool blocks are dropped, as are
/// messages left empty. An attached document's extracted text is kept under the
/// message; a file the export does not hold (an uploaded image) becomes a note.
/// The source id is "claude:" + uuid. Pure and reentrant.
class ClaudeReader final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ClaudeReader)

public:
    static Expected<ConversationArchive, ImportFailure> read(const nlohmann::json &conversation);
};

} // namespace sotto
