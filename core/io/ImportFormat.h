// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"

#include <QString>

#include <optional>

namespace sotto {

/// The exports an import reads (`sotto import --format`).
enum class ImportFormat {
    Sotto, // Sotto's own JSON (docs/FORMAT.md)
    ChatGpt, // ChatGPT's conversations.json, or its export .zip
    Claude, // Claude's conversations.json, or its export .zip
};

/// Why an import file was refused or could not be read.
enum class ImportError {
    Unreadable, // cannot be opened or read
    NotAnExport, // valid, but none of the formats (or not the one asked for)
    Malformed, // corrupt, truncated, or not what its format says
    Hostile, // nesting too deep, a string too long, a zip bomb, a path leaving the archive
    Vault, // the vault refused a write
};

using ImportFailure = Error<ImportError>;

/// The name `--format` takes: sotto, chatgpt, claude.
QString importFormatName(ImportFormat format);
std::optional<ImportFormat> importFormatFromName(const QString &name);
/// As a person reads it: "Sotto JSON", "ChatGPT export", "Claude export".
QString importFormatLabel(ImportFormat format);

} // namespace sotto
