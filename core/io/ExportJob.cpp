// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ExportJob.h"

#include "core/io/ConversationArchive.h"
#include "core/io/ExportTarget.h"
#include "core/store/VaultService.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace sotto {

ExportJob::ExportJob(VaultService &vault, QList<qint64> ids, ExportFormat format, QString path, bool many,
                     QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_ids(std::move(ids))
    , m_format(format)
    , m_path(std::move(path))
    , m_many(many)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{ }

ExportJob::~ExportJob()
{
    cancel();
    m_work.waitForFinished(); // at most the conversation being written
}

void ExportJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_work = QtConcurrent::run([this]() {
        const ExportOutcome outcome = work();
        QMetaObject::invokeMethod(
            this,
            [this, outcome]() {
                m_running = false;
                Q_EMIT finished(outcome);
            },
            Qt::QueuedConnection);
    });
}

void ExportJob::cancel()
{
    m_cancelled->store(true);
}

ExportOutcome ExportJob::work()
{
    // Worker thread: waiting here on the vault's queue keeps the GUI thread free.
    ExportOutcome outcome;
    const auto failed = [&outcome](const QString &why) {
        outcome.kind = ExportOutcome::Kind::Failed;
        outcome.error = why;
        return outcome;
    };
    QList<qint64> ids = m_ids;
    if (ids.isEmpty()) {
        auto all = m_vault
                       .run([](Vault &vault) {
                           return ConversationArchive::allIds(vault);
                       })
                       .result();
        if (!all)
            return failed(all.error().message);
        ids = std::move(*all);
    }
    const int total = int(ids.size());
    const auto report = [this, total](int written) {
        QMetaObject::invokeMethod(
            this,
            [this, written, total]() {
                Q_EMIT progress(written, total);
            },
            Qt::QueuedConnection);
    };
    report(0);
    ExportTarget target(m_format, m_path, m_many);
    if (auto begun = target.begin(); !begun)
        return failed(begun.error().message);
    for (int i = 0; i < total; ++i) {
        if (m_cancelled->load()) {
            target.cancel();
            outcome.kind = ExportOutcome::Kind::Cancelled;
            return outcome;
        }
        const qint64 id = ids.at(i);
        auto archive = m_vault
                           .run([id](Vault &vault) {
                               return ConversationArchive::read(vault, id);
                           })
                           .result();
        if (!archive) {
            target.cancel();
            return failed(archive.error().message);
        }
        if (auto added = target.add(*archive); !added) {
            target.cancel();
            return failed(added.error().message);
        }
        ++outcome.conversations;
        report(i + 1);
    }
    if (m_cancelled->load()) {
        target.cancel();
        outcome.kind = ExportOutcome::Kind::Cancelled;
        outcome.conversations = 0;
        return outcome;
    }
    if (auto committed = target.commit(); !committed)
        return failed(committed.error().message);
    return outcome;
}

} // namespace sotto
