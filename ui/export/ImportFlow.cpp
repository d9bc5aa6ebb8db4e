// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/export/ImportFlow.h"

#include "core/io/ImportJob.h"
#include "core/orchestration/Session.h"
#include "ui/widgets/FileDialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QWidget>

namespace sotto::ui {

ImportFlow::ImportFlow(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

ImportFlow::~ImportFlow() = default;

QStringList ImportFlow::nameFilters()
{
    return {tr("Exports of Sotto, ChatGPT or Claude (*.json *.zip)"), tr("All files (*)")};
}

bool ImportFlow::isRunning() const
{
    return m_job && m_job->isRunning();
}

QProgressDialog *ImportFlow::progressDialog() const
{
    return m_progress;
}

void ImportFlow::chooseAndImport()
{
    if (isRunning())
        return;
    const QString title = tr("Import conversations");
    QString path;
    if (m_chooseOpen) {
        path = m_chooseOpen(title, nameFilters());
    } else {
        const QStringList chosen
            = FileDialogs::openFileNames(m_window, title, nameFilters().join(QStringLiteral(";;")));
        path = chosen.value(0);
    }
    if (!path.isEmpty())
        importFile(path);
}

void ImportFlow::importFile(const QString &path)
{
    if (isRunning() || path.isEmpty())
        return;
    auto *job = new ImportJob(m_session.vault(), path, std::nullopt, this);
    m_job = job;
    auto *progress = new QProgressDialog(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                                         1000, m_window);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowTitle(tr("Import"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, job, &ImportJob::cancel);
    connect(job, &ImportJob::progress, progress, [progress](qint64 done, qint64 total) {
        if (total > 0)
            progress->setValue(int(done * 1000 / total));
    });
    connect(job, &ImportJob::finished, this, [this, job, path](const ImportOutcome &outcome) {
        if (m_progress)
            m_progress->deleteLater();
        job->deleteLater();
        done(outcome, path);
    });
    progress->show();
    job->start();
}

void ImportFlow::done(const ImportOutcome &outcome, const QString &path)
{
    const QString file = QDir::toNativeSeparators(QFileInfo(path).fileName());
    switch (outcome.kind) {
    case ImportOutcome::Kind::Done: {
        QString text = tr("Imported %n conversation(s) from %1", nullptr, outcome.conversations).arg(file);
        if (outcome.duplicates > 0)
            text
                += QStringLiteral("; ") + tr("%n already in the vault, skipped", nullptr, outcome.duplicates);
        Q_EMIT finished(text + QLatin1Char('.'), true);
        return;
    }
    case ImportOutcome::Kind::Cancelled:
        Q_EMIT finished(tr("Import cancelled: %n conversation(s) were imported before it; none half-way.",
                           nullptr, outcome.conversations),
                        true);
        return;
    case ImportOutcome::Kind::BadInput:
        Q_EMIT finished(tr("%1 was not imported, nothing changed: %2").arg(file, outcome.error), false);
        return;
    case ImportOutcome::Kind::Failed:
        Q_EMIT finished(tr("Import failed: %1").arg(outcome.error), false);
        return;
    }
}

} // namespace sotto::ui
