// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/io/ExportFileNames.h"
#include "core/io/ExportFormat.h"
#include "core/store/VaultError.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QSaveFile;

namespace sotto {

struct ConversationArchive;

/// Where an export goes, and in which format. One conversation: `path` is the
/// file. Many: JSON goes into the one file `path` holding them all; Markdown, HTML
/// and PDF into the folder `path` (made if needed), one file per conversation
/// named from its title (ExportFileNames; names already in the folder are left
/// alone). A Markdown file's images go beside it, in NAME-images/. Every file is
/// written whole or not at all (QSaveFile); cancel(), or destroying the target
/// before commit(), removes what it wrote, so an interrupted export leaves nothing.
///
/// Call begin(), add() per conversation, then commit(). One thread at a time
/// (the export's worker or the CLI's).
class ExportTarget final {
    Q_DECLARE_TR_FUNCTIONS(sotto::ExportTarget)
    Q_DISABLE_COPY_MOVE(ExportTarget)

public:
    ExportTarget(ExportFormat format, const QString &path, bool many);
    ~ExportTarget();

    VaultResult<void> begin();
    VaultResult<void> add(const ConversationArchive &archive);
    VaultResult<void> commit();
    void cancel();

    /// The files written so far (the JSON file once committed).
    const QStringList &writtenFiles() const { return m_written; }

private:
    VaultResult<void> writeFile(const QString &path, const QByteArray &bytes);
    VaultResult<void> writeConversation(const QString &path, const ConversationArchive &archive);
    VaultResult<void> ioError(const QString &path, const QString &why) const;

    ExportFormat m_format;
    QString m_path;
    bool m_many;
    std::unique_ptr<QSaveFile> m_json; // JSON: the one file, written as conversations come
    qsizetype m_jsonCount = 0;
    ExportFileNames m_names;
    QStringList m_written;
    QStringList m_madeFolders; // made by this export, removed again by cancel() when empty
    bool m_done = false;
};

} // namespace sotto
