// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/io/ExportFormat.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace sotto {

class VaultService;

/// How an export ended.
struct ExportOutcome {
    enum class Kind {
        Done,
        Cancelled, // nothing of it is left (ExportTarget::cancel())
        Failed, // `error` says why; nothing of it is left either
    };
    Kind kind = Kind::Done;
    int conversations = 0; // exported
    QString error;
};

/// One export for the GUI: conversation `ids` (empty: every stored conversation)
/// to `path` in `format` (ExportTarget says where what goes; `many` as there). A
/// worker thread reads each conversation through the vault's job queue
/// (ConversationArchive::read in VaultService::run) and writes it, so the calling
/// thread never waits on the vault or the disk. progress() and finished() come
/// on the thread that made the job; cancel() stops before the next conversation
/// and removes what was written.
///
/// GUI thread. Does not own the VaultService, which must outlive it; destroying
/// the job cancels it and waits for the conversation being written.
class ExportJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    ExportJob(VaultService &vault, QList<qint64> ids, ExportFormat format, QString path, bool many,
              QObject *parent = nullptr);
    ~ExportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// `done` of `total` conversations written (total known once listed).
    void progress(int done, int total);
    void finished(const sotto::ExportOutcome &outcome);

private:
    ExportOutcome work();

    VaultService &m_vault;
    QList<qint64> m_ids;
    ExportFormat m_format;
    QString m_path;
    bool m_many;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFuture<void> m_work;
    bool m_running = false;
};

} // namespace sotto
Q_DECLARE_METATYPE(sotto::ExportOutcome)
