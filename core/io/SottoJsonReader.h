// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/io/ConversationArchive.h"
#include "core/io/ImportFormat.h"

#include <nlohmann/json_fwd.hpp>

#include <QCoreApplication>

namespace sotto {

/// Reads one conversation of Sotto's JSON export (docs/FORMAT.md) into an archive
/// whose ids are the file's: its messages (parents before children), the version
/// chosen where it is not the newest, its lanes, times and images (their bytes as
/// in the file: the importer sanitises them). Pure and reentrant.
class SottoJsonReader final {
    Q_DECLARE_TR_FUNCTIONS(sotto::SottoJsonReader)

public:
    static constexpr char LIST_KEY[] = "conversations";

    /// Checks a member of the document's top object (format and version).
    static Expected<void, ImportFailure> checkMember(const std::string &key, const nlohmann::json &value);
    static Expected<ConversationArchive, ImportFailure> read(const nlohmann::json &conversation);
};

} // namespace sotto
