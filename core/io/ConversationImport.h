// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/io/ConversationArchive.h"
#include "core/io/ImportFormat.h"
#include "core/io/ImportWriter.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace sotto {

/// How an import ended.
struct ImportOutcome {
    enum class Kind {
        Done,
        Cancelled, // the conversations stored before the cancel stay; those still being read are not stored
        BadInput, // the file was refused before anything was stored (`error` says why)
        Failed, // the vault refused a write (`error`); what was stored before stays
    };
    Kind kind = Kind::Done;
    std::optional<ImportFormat> format;
    int conversations = 0; // stored
    int messages = 0; // stored
    int duplicates = 0; // skipped: their source id was already stored
    QString error;
};

/// One import of an export file, the work both `sotto import` and the window's
/// ImportJob run: detects (or checks) the format, then reads the file twice with
/// a streaming parse (JsonElementStream; one conversation in memory at a time).
/// The first pass reads every conversation without storing anything, so a
/// corrupt, truncated, wrong or hostile file leaves the vault as it was; the
/// second hands the conversations, images sanitised, to `write` in batches of
/// whole conversations (at most BATCH_MESSAGES messages or BATCH_BYTES of text
/// and images, so each is a short vault job that other work can go between) and
/// reads the next batch while the vault stores the last.
///
/// Synchronous: run it on a worker thread. `write` is called on that thread and
/// returns the vault job's future; `progress` reports bytes of both passes.
class ConversationImport final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ConversationImport)

public:
    static constexpr int BATCH_MESSAGES = 2000;
    static constexpr qint64 BATCH_BYTES = 8 * 1024 * 1024;

    /// Stores a batch whole or not at all (ImportWriter::write).
    using Writer
        = std::function<QFuture<VaultResult<QList<ImportWritten>>>(QList<ConversationArchive> batch)>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// `expected`: the format the user named (another one is refused), or detect it.
    ConversationImport(QString path, std::optional<ImportFormat> expected);

    ImportOutcome run(const Writer &write, const Progress &progress, const std::atomic_bool &cancelled);

private:
    QString m_path;
    std::optional<ImportFormat> m_expected;
};

} // namespace sotto
Q_DECLARE_METATYPE(sotto::ImportOutcome)
