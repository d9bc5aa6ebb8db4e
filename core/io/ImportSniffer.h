// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/io/ImportFormat.h"

#include <QCoreApplication>

namespace sotto {

class ImportSource;

/// Which export a file is, judged by its content (never its name): Sotto's JSON
/// (the top object's "format"), ChatGPT's (conversations with a "mapping") or
/// Claude's (conversations with "chat_messages"). Reads only as far as it must
/// (the start of the first conversation). Synchronous; any thread.
class ImportSniffer final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ImportSniffer)

public:
    ImportSniffer() = delete;

    /// A NotAnExport error when it is none of them; Unreadable or Malformed when
    /// it cannot be read as JSON.
    static Expected<ImportFormat, ImportFailure> sniff(const QString &path);
    static Expected<ImportFormat, ImportFailure> sniff(ImportSource &source);
};

} // namespace sotto
