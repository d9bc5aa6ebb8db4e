// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/io/ImportFormat.h"
#include "core/io/JsonByteSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <memory>
#include <optional>

struct zip;

namespace sotto {

/// The file an import reads: a JSON document, or a provider's export .zip holding
/// conversations.json (and the images it points to). A zip is checked when opened:
/// an entry whose path leaves the archive (`..`, an absolute path) refuses the
/// whole file, and a truncated or damaged one does not open. Everything read from
/// it is counted as it is inflated (never trusting the sizes it declares): at most
/// MAX_ENTRY_BYTES from one entry, MAX_TOTAL_BYTES in all, and no more than
/// MAX_RATIO times an entry's compressed size once past RATIO_FLOOR bytes (a zip bomb).
///
/// document() reads the conversations from their start each time (an import reads
/// them twice: once to check, once to store). One thread at a time.
class ImportSource final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ImportSource)

public:
    static constexpr qint64 MAX_DOCUMENT_BYTES = 4LL * 1024 * 1024 * 1024;
    static constexpr qint64 MAX_STRING_BYTES = 96LL * 1024 * 1024;
    static constexpr int MAX_DEPTH = 512;
    static constexpr qint64 MAX_ENTRY_BYTES = 2LL * 1024 * 1024 * 1024;
    static constexpr qint64 MAX_TOTAL_BYTES = 8LL * 1024 * 1024 * 1024;
    static constexpr qint64 MAX_RATIO = 200;
    static constexpr qint64 RATIO_FLOOR = 16LL * 1024 * 1024;

    ~ImportSource();
    ImportSource(const ImportSource &) = delete;
    ImportSource &operator=(const ImportSource &) = delete;

    static Expected<std::unique_ptr<ImportSource>, ImportFailure> open(const QString &path);

    bool isZip() const { return m_zip != nullptr; }
    /// The document's size in bytes (for progress; a zip's as it declares it).
    qint64 documentSize() const { return m_documentSize; }
    /// A reader of the document from its start, within the limits above.
    std::unique_ptr<JsonByteSource> document();

    /// The archive's entry that a ChatGPT file reference names ("file-service://file-AbC",
    /// "sediment://file_00…"): the entry whose file name starts with the id. Empty when
    /// there is none (or the source is not a zip).
    QString entryFor(const QString &reference) const;
    /// The entry's bytes, at most `maxBytes` (checked while inflating); an error when
    /// larger, a bomb, or unreadable.
    Expected<QByteArray, ImportFailure> readEntry(const QString &name, qint64 maxBytes);

private:
    explicit ImportSource(const QString &path);
    std::optional<ImportFailure> openZip();
    ImportFailure bad(ImportError code, const QString &why) const;

    QString m_path;
    QFile m_file;
    zip *m_zip = nullptr;
    qint64 m_documentSize = 0;
    qint64 m_documentIndex = -1;
    qint64 m_inflated = 0; // bytes read from every entry so far
    QHash<QString, QString> m_entryByName; // file name (no folder) → the entry's full name
    struct Open;
    std::unique_ptr<Open> m_open; // the document's entry while being read
};

} // namespace sotto
