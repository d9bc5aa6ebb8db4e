// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/io/ConversationImport.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace sotto {

class VaultService;

/// One import for the GUI and the CLI: ConversationImport on a worker thread, the
/// conversations stored in short batches through the vault's job queue
/// (ImportWriter in VaultService::run), so a live answer keeps streaming between
/// them. progress() and finished() come on the thread that made the job; cancel()
/// stops before the next batch is stored (the conversations being read are not).
///
/// Does not own the VaultService, which must outlive it; destroying the job
/// cancels it and waits for the conversation being stored.
class ImportJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    ImportJob(VaultService &vault, QString path, std::optional<ImportFormat> format = std::nullopt,
              QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// Bytes read of both passes over the file.
    void progress(qint64 done, qint64 total);
    void finished(const sotto::ImportOutcome &outcome);

private:
    VaultService &m_vault;
    QString m_path;
    std::optional<ImportFormat> m_format;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFuture<void> m_work;
    bool m_running = false;
};

} // namespace sotto
