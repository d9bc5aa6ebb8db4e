// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/io/ImportJob.h"

#include "core/io/ConversationArchive.h"
#include "core/store/VaultService.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace sotto {

ImportJob::ImportJob(VaultService &vault, QString path, std::optional<ImportFormat> format, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_path(std::move(path))
    , m_format(format)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{ }

ImportJob::~ImportJob()
{
    cancel();
    m_work.waitForFinished(); // at most the batch being stored
}

void ImportJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_work = QtConcurrent::run([this]() {
        ConversationImport import(m_path, m_format);
        const auto write = [this](QList<ConversationArchive> batch) {
            // One job on the vault's queue, where other work goes in between.
            return m_vault.run([batch = std::move(batch)](Vault &vault) {
                return ImportWriter::write(vault, batch);
            });
        };
        const auto report = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total]() {
                    Q_EMIT progress(done, total);
                },
                Qt::QueuedConnection);
        };
        const ImportOutcome outcome = import.run(write, report, *m_cancelled);
        QMetaObject::invokeMethod(
            this,
            [this, outcome]() {
                m_running = false;
                Q_EMIT finished(outcome);
            },
            Qt::QueuedConnection);
    });
}

void ImportJob::cancel()
{
    m_cancelled->store(true);
}

} // namespace sotto
