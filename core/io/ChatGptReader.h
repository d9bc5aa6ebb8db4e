// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/io/ConversationArchive.h"
#include "core/io/ImportFormat.h"

#include <nlohmann/json_fwd.hpp>

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace sotto {

/// Reads one conversation of ChatGPT's conversations.json (its `mapping` tree of
/// nodes) into an archive: every branch kept, so regenerations and edits become
/// versions, and the branch that ends at `current_node` chosen. System, tool and
/// hidden nodes (metadata.is_visually_hidden_from_conversation), messages sent to
/// a tool (recipient other than "all") and empty nodes are dropped, their children
/// following the nearest message kept; the reasoning of a "thoughts" node becomes
/// the thinking of the answer after it. Times are the nodes' own (a null
/// create_time takes the one before). Images (image_asset_pointer) come from
/// `image(reference)`; one it cannot give becomes "[image not included]".
/// The source id is "chatgpt:" + conversation_id. Pure and reentrant.
class ChatGptReader final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ChatGptReader)

public:
    /// The bytes of the image a reference names, or nothing when it is not there.
    using ImageLookup = std::function<std::optional<QByteArray>(const QString &reference)>;

    static Expected<ConversationArchive, ImportFailure> read(const nlohmann::json &conversation,
                                                             const ImageLookup &image);
};

} // namespace sotto
