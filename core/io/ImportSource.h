// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/io/ImportFormat.h"
#include "core/io/JsonByteSource.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace sotto {

/// The file an import reads: a JSON document. documentReader() reads the
/// conversations' document from its start each time it is called (an import
/// reads it twice: once to check it, once to store it). One thread at a time.
class ImportSource final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ImportSource)

public:
    /// Limits against hostile files.
    static constexpr qint64 MAX_DOCUMENT_BYTES = 4LL * 1024 * 1024 * 1024;
    static constexpr qint64 MAX_STRING_BYTES = 96LL * 1024 * 1024;
    static constexpr int MAX_DEPTH = 512;

    static Expected<std::unique_ptr<ImportSource>, ImportFailure> open(const QString &path);

    /// The document's size in bytes (for progress).
    qint64 documentSize() const { return m_file.size(); }
    /// A reader of the document from its start, within the limits above.
    std::unique_ptr<JsonByteSource> document();

private:
    explicit ImportSource(const QString &path);

    QFile m_file;
};

} // namespace sotto
