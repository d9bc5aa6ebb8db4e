// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/io/ConversationArchive.h"
#include "core/io/ImportFormat.h"

#include <nlohmann/json_fwd.hpp>

#include <QCoreApplication>

#include <optional>

namespace sotto {

/// Reads one conversation of Claude's conversations.json: its `chat_messages`, each
/// under the message its `parent_message_uuid` names, or, in an export without
/// them, under the one before. Where the conversation branched (an edited question,
/// a retried answer) every branch is kept as versions, and the one that leads to
/// `current_leaf_message_uuid` (else to the last message) is chosen. A
/// message's text is its `content` blocks of type "text" (else its `text`); blocks
/// of type "thinking" become its thinking; tool blocks are dropped, as are
/// messages left empty. An attached document's extracted text is kept under the
/// message; a file the export does not hold (an uploaded image) becomes a note.
/// The source id is "claude:" + uuid. Pure and reentrant.
class ClaudeReader final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ClaudeReader)

public:
    static Expected<ConversationArchive, ImportFailure> read(const nlohmann::json &conversation);

private:
    /// One message as Sotto keeps it (its text, thinking and notes for what is not
    /// included), or nothing for a sender Sotto does not show or a message left empty.
    static std::optional<Message> readMessage(const nlohmann::json &message);
};

} // namespace sotto
