// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "ui/export/ExportFlow.h"

#include "core/io/ExportFileNames.h"
#include "core/io/ExportJob.h"
#include "core/orchestration/Session.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/Prompter.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QWidget>

#include <algorithm>

namespace sotto::ui {

namespace {

constexpr ExportFormat FORMATS[]
    = {ExportFormat::Markdown, ExportFormat::Json, ExportFormat::Html, ExportFormat::Pdf};

} // namespace

ExportFlow::ExportFlow(Session &session, Prompter &prompter, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_prompter(prompter)
    , m_window(window)
{ }

ExportFlow::~ExportFlow() = default;

QStringList ExportFlow::nameFilters()
{
    return {tr("Markdown (*.md)"), tr("JSON, everything kept (*.json)"), tr("HTML, one file (*.html)"),
            tr("PDF (*.pdf)")};
}

QProgressDialog *ExportFlow::progressDialog() const
{
    return m_progress;
}

bool ExportFlow::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ExportFlow::exportConversation(qint64 id, const QString &title)
{
    if (id <= 0 || isRunning())
        return;
    afterWarning([this, id, title] {
        QString path;
        ExportFormat format = ExportFormat::Markdown;
        if (!choose(tr("Export conversation"), ExportFileNames::sanitised(title, id), false, &path, &format))
            return;
        run({id}, format, path, false);
    });
}

void ExportFlow::exportAll()
{
    if (isRunning())
        return;
    afterWarning([this] {
        QString path;
        ExportFormat format = ExportFormat::Json;
        const QString suggested
            = tr("Sotto conversations %1").arg(QDate::currentDate().toString(Qt::ISODate));
        if (!choose(tr("Export all conversations (Markdown, HTML and PDF: a folder of that name)"), suggested,
                    true, &path, &format))
            return;
        run({}, format, path, true);
    });
}

void ExportFlow::afterWarning(std::function<void()> next)
{
    if (m_warned) {
        next();
        return;
    }
    m_session.readSetting(QLatin1String(WARNED_SETTING), {}, this, [this, next](const QString &value) {
        if (value == QLatin1String("1")) {
            m_warned = true;
            next();
            return;
        }
        if (!m_prompter.confirm(m_window, tr("Export: not encrypted"),
                                tr("An exported file is not encrypted: anyone who gets it, or gets into the "
                                   "folder you save it in, can read the conversation, images included. "
                                   "Sotto will not ask again."),
                                tr("Export")))
            return;
        m_warned = true;
        m_session.writeSetting(QLatin1String(WARNED_SETTING), QStringLiteral("1"), this,
                               [](VaultResult<void>) {});
        next();
    });
}

bool ExportFlow::choose(const QString &title, const QString &suggested, bool many, QString *path,
                        ExportFormat *format)
{
    const QStringList filters = nameFilters();
    QString selected = filters.at(many ? 1 : 0);
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QLatin1Char('/') + suggested + QLatin1Char('.')
        + exportFormatSuffix(many ? ExportFormat::Json : ExportFormat::Markdown);
    QString chosen = m_chooseSave
        ? m_chooseSave(title, start, filters, &selected)
        : FileDialogs::saveFileName(m_window, title, start, filters.join(QStringLiteral(";;")), &selected);
    if (chosen.isEmpty())
        return false;
    // The filter chosen decides; a name typed with another format's suffix wins over it.
    *format = FORMATS[std::max<qsizetype>(0, filters.indexOf(selected))];
    const QString suffix = QFileInfo(chosen).suffix().toLower();
    if (const auto typed = exportFormatFromName(suffix))
        *format = *typed;
    else
        chosen += QLatin1Char('.') + exportFormatSuffix(*format);
    // Many, and not JSON: a folder of that name, one file per conversation.
    if (many && *format != ExportFormat::Json)
        chosen = QFileInfo(chosen).dir().filePath(QFileInfo(chosen).completeBaseName());
    *path = chosen;
    return true;
}

void ExportFlow::run(QList<qint64> ids, ExportFormat format, const QString &path, bool many)
{
    auto *job = new ExportJob(m_session.vault(), std::move(ids), format, path, many, this);
    m_job = job;
    if (many) {
        auto *progress = new QProgressDialog(tr("Exporting conversations…"), tr("Cancel"), 0, 0, m_window);
        progress->setObjectName(QStringLiteral("exportProgress"));
        progress->setWindowTitle(tr("Export all"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        m_progress = progress;
        connect(progress, &QProgressDialog::canceled, job, &ExportJob::cancel);
        connect(job, &ExportJob::progress, progress, [progress](int written, int total) {
            progress->setMaximum(total);
            progress->setValue(written);
            progress->setLabelText(
                tr("Exporting conversation %1 of %2…").arg(std::min(written + 1, total)).arg(total));
        });
        progress->show();
    }
    connect(job, &ExportJob::finished, this, [this, job, path](const ExportOutcome &outcome) {
        if (m_progress)
            m_progress->deleteLater();
        job->deleteLater();
        done(outcome, path);
    });
    job->start();
}

void ExportFlow::done(const ExportOutcome &outcome, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    switch (outcome.kind) {
    case ExportOutcome::Kind::Done:
        Q_EMIT finished(tr("Exported %n conversation(s) to %1.", nullptr, outcome.conversations).arg(where),
                        true);
        return;
    case ExportOutcome::Kind::Cancelled:
        Q_EMIT finished(tr("Export cancelled; nothing was written."), true);
        return;
    case ExportOutcome::Kind::Failed:
        Q_EMIT finished(tr("Export failed: %1").arg(outcome.error), false);
        return;
    }
}

} // namespace sotto::ui
